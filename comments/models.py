import re

from django.conf import settings
from django.db import models
from django.utils.html import Urlizer, format_html_join
from django.utils.safestring import mark_safe

from articles.models import Article

NAME_MAX_LENGTH = 80
TEXT_MAX_LENGTH = 3000


class CommentUrlizer(Urlizer):
    """Django's urlize, with links marked as user content and email addresses left as text."""

    url_template = '<a href="{href}" rel="nofollow ugc">{url}</a>'

    def is_email_simple(self, value):
        # Linking addresses would hand them to scrapers; readers can still copy them.
        return False


linkify = CommentUrlizer()


def render_plain_text(text):
    """Plain text as escaped paragraphs, line breaks kept and web addresses linked."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    return format_html_join(
        "",
        "<p>{}</p>",
        (
            # linkify escapes everything it does not turn into a link (autoescape=True).
            (mark_safe(linkify(p, trim_url_limit=60, autoescape=True).replace("\n", "<br>")),)
            for p in paragraphs
            if p
        ),
    )


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def awaiting_moderation(self):
        return self.filter(status=Comment.Status.PENDING)

    def for_page(self):
        """Only what readers see: the email address and network details are never loaded."""
        return self.only("pk", "article_id", "parent_id", "name", "website", "text", "created_at")


def approved_thread(article):
    """The approved comments of ``article``, oldest first, each with its approved replies.

    One query: replies are grouped in Python, and a reply whose parent is not approved is left
    out with it.
    """
    comments = list(
        Comment.objects.approved().filter(article=article).for_page().order_by("created_at", "pk")
    )
    replies = {}
    for comment in comments:
        if comment.parent_id:
            replies.setdefault(comment.parent_id, []).append(comment)
    top_level = [comment for comment in comments if not comment.parent_id]
    for comment in top_level:
        comment.approved_replies = replies.get(comment.pk, [])
    return top_level


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Awaiting moderation"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        SPAM = "spam", "Spam"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        help_text="The comment this one replies to. Replies go one level deep.",
    )
    name = models.CharField(max_length=NAME_MAX_LENGTH)
    email = models.EmailField(help_text="Never shown to readers.")
    website = models.URLField(blank=True)
    text = models.TextField(help_text="Plain text; web addresses become links for readers.")
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    spam_reasons = models.JSONField(
        default=list,
        blank=True,
        help_text="Why the spam checks held this comment. A person may trip them: check.",
    )
    ip_address = models.GenericIPAddressField("IP address", null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    moderated_at = models.DateTimeField(null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["article", "status", "created_at"])]
        permissions = [
            ("moderate_comment", "Can approve, reject or mark comments as spam"),
        ]

    def __str__(self):
        return f"{self.name} on “{self.article}”"

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#comment-{self.pk}"

    @property
    def text_html(self):
        return render_plain_text(self.text)

    @property
    def is_reply(self):
        return self.parent_id is not None
