from django.conf import settings
from django.db import models

from articles.models import Article

COMMENT_MAX_LENGTH = 1000
REPORT_MAX_LENGTH = 2000


class FeedbackQuerySet(models.QuerySet):
    def genuine(self):
        """Everything the spam checks let through (what counts and what editors triage)."""
        return self.filter(is_spam=False)


class PageFeedback(models.Model):
    """One reader's answer to “Was this page helpful?”."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="page_feedback")
    article_version = models.PositiveIntegerField(
        help_text="The revision of the article the reader saw."
    )
    is_helpful = models.BooleanField("helpful")
    comment = models.TextField("what was wrong", blank=True)
    is_spam = models.BooleanField(default=False, db_index=True)
    spam_reasons = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "“was this helpful?” answer"

    def __str__(self):
        return f"{'Yes' if self.is_helpful else 'No'} on “{self.article}”"


class ErrorReport(models.Model):
    """A reader's report of a mistake in an article: the editors' triage queue."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_PROGRESS = "in_progress", "In progress"
        FIXED = "fixed", "Fixed"
        DECLINED = "declined", "Declined"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="error_reports")
    article_version = models.PositiveIntegerField(
        help_text="The revision of the article the reader saw."
    )
    description = models.TextField("what is wrong")
    email = models.EmailField(
        blank=True, help_text="Given by the reader to hear back. Never shown on the site."
    )
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.NEW, db_index=True
    )
    editor_notes = models.TextField(
        blank=True, help_text="What was done or why it was declined. Not shown to readers."
    )
    is_spam = models.BooleanField(default=False, db_index=True)
    spam_reasons = models.JSONField(default=list, blank=True)
    ip_address = models.GenericIPAddressField("IP address", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = FeedbackQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Report on “{self.article}” ({self.get_status_display()})"

    @property
    def is_about_an_older_revision(self):
        return self.article_version < self.article.version


class ArticleFeedback(Article):
    """Articles seen through their feedback, for the per-article counts in the admin."""

    class Meta:
        proxy = True
        verbose_name = "feedback per article"
        verbose_name_plural = "feedback per article"
