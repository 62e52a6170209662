from django.conf import settings
from django.db import models


class NotificationPreference(models.Model):
    """Which workflow emails one person gets. Without a row, every kind is on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="notification_preference",
    )
    # One field per kind of email (newsroom.notifications.KINDS); the help text says who gets it.
    submitted = models.BooleanField(
        "an article is submitted for medical review",
        default=True,
        help_text="Sent to medical reviewers.",
    )
    sent_back = models.BooleanField(
        "my article is sent back",
        default=True,
        help_text="Sent to the article's writers, with the reviewer's note.",
    )
    approved = models.BooleanField(
        "my article is approved",
        default=True,
        help_text="Sent to the article's writers.",
    )
    ready_to_publish = models.BooleanField(
        "an article is approved and ready to publish",
        default=True,
        help_text="Sent to editors.",
    )
    published = models.BooleanField(
        "my article is published or scheduled",
        default=True,
        help_text="Sent to the article's writers.",
    )
    error_reported = models.BooleanField(
        "a reader reports an error in my article",
        default=True,
        help_text="Sent to the article's writers.",
    )

    class Meta:
        verbose_name = "my notifications"
        verbose_name_plural = "my notifications"

    def __str__(self):
        return f"Email notifications for {self.user.get_username()}"
