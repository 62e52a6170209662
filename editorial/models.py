from django.conf import settings
from django.db import models
from django.utils import timezone

from articles.models import Article
from authors.models import Author


class Transition(models.Model):
    """One move of an article between workflow states: who, when, from, to, and why."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=12, choices=Article.Status.choices)
    to_status = models.CharField(max_length=12, choices=Article.Status.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class MedicalReview(models.Model):
    """A recorded medical review. Only these move an article's review date."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        Author, on_delete=models.PROTECT, limit_choices_to={"is_medical_reviewer": True}
    )
    reviewed_on = models.DateField(default=timezone.localdate)
    notes = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-reviewed_on", "-pk"]

    def __str__(self):
        return f"{self.reviewer} on {self.reviewed_on:%d %b %Y}"


class CorrectionNote(models.Model):
    """A public change-log entry: what changed in a published article, shown to readers."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="corrections")
    noted_on = models.DateField("date", default=timezone.localdate)
    note = models.TextField(help_text="Plain words for readers, e.g. “We corrected the dose …”.")
    is_public = models.BooleanField("shown to readers", default=True)

    class Meta:
        ordering = ["-noted_on", "-pk"]
        verbose_name = "correction or update note"

    def __str__(self):
        return f"{self.noted_on:%d %b %Y}: {self.note[:60]}"


class StashedEdit(models.Model):
    """A save refused because someone else changed the article first, kept so nothing is lost."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="stashed_edits")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    based_on_version = models.PositiveIntegerField()
    data = models.JSONField(help_text="The submitted form, field by field.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Unsaved edit by {self.user} at {self.created_at:%d %b %Y %H:%M}"


class NotificationPreference(models.Model):
    """Which workflow emails one person gets. Without a row, every kind is on."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="notification_preference",
    )
    # One field per kind of email (editorial/notifications.py); the help text says who gets it.
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
