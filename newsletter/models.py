from django.db import models


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def held(self):
        """Sign-ups that failed a spam check: no email was sent until an editor says so."""
        return self.filter(status=Subscriber.Status.PENDING).exclude(held_reasons=[])


class Subscriber(models.Model):
    """An address that asked for the newsletter. Only confirmed addresses are ever mailed it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    class Placement(models.TextChoices):
        ARTICLE = "article", "Article page"
        FOOTER = "footer", "Page footer"
        PAGE = "page", "Sign-up page"

    email = models.EmailField(unique=True)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    # The consent record: what the reader agreed to, when and where.
    consent_text = models.TextField(help_text="The exact wording shown next to the tick box.")
    consented_at = models.DateTimeField(help_text="When the reader sent the sign-up form.")
    consent_page = models.CharField(
        max_length=300, blank=True, help_text="The page the form was on."
    )
    consent_form = models.CharField(max_length=10, choices=Placement.choices, blank=True)
    ip_address = models.GenericIPAddressField("IP address", null=True, blank=True)
    held_reasons = models.JSONField(
        default=list,
        blank=True,
        help_text="Spam checks this sign-up failed; no confirmation email was sent.",
    )
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.email
