from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class ImportedItem(models.Model):
    """What a WordPress record became here: the key that makes re-running an import update it.

    A WordPress id is unique only within its site, so the key is the site's address with the
    record's kind and id (an author's id is their login).
    """

    class Kind(models.TextChoices):
        POST = "post", "Post"
        PAGE = "page", "Page"
        ATTACHMENT = "attachment", "Attachment"
        COMMENT = "comment", "Comment"
        AUTHOR = "author", "Author"

    site_url = models.CharField("site address", max_length=300)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    wp_id = models.CharField("WordPress id", max_length=100)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    details = models.JSONField(
        default=dict,
        blank=True,
        help_text="What WordPress said that has no field here (e.g. email).",
    )
    imported_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["site_url", "kind", "wp_id"], name="unique_wordpress_record"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.get_kind_display()} {self.wp_id} of {self.site_url}"


class ImportRun(models.Model):
    """One WordPress import, with the report editors read afterwards."""

    file_name = models.CharField(max_length=255)
    site_url = models.CharField("site address", max_length=300, blank=True)
    is_dry_run = models.BooleanField("dry run", default=False)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    summary = models.CharField(max_length=300, blank=True)
    report = models.TextField(blank=True)
    error = models.TextField(blank=True, help_text="Why nothing was imported.")

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "WordPress import"

    def __str__(self):
        return f"{self.file_name} ({self.created_at:%d %b %Y %H:%M})"
