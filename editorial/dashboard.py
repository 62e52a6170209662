"""The admin home page as a newsroom: what is waiting for the person logged in.

Each panel is one role's queue: a count, the first few items and a link to the whole list, in
two queries whatever the size of the site. Panels a person has no part in are not shown.

Apps built on the newsroom add their own queues with ``register`` (``feedback/dashboard.py``:
new error reports), so the newsroom does not import them.
"""

from dataclasses import dataclass, field

from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from comments.models import Comment
from editorial.models import Transition

S = Article.Status
SHOWN = 5


@dataclass
class Item:
    title: str
    url: str
    detail: str = ""


@dataclass
class Panel:
    key: str
    title: str
    count: int
    url: str
    empty: str
    items: list = field(default_factory=list)


REGISTERED = []


def register(panel_for):
    """Add ``panel_for(user) -> Panel or None`` to every dashboard, after the newsroom's own."""
    REGISTERED.append(panel_for)
    return panel_for


def panels_for(user):
    """The panels for ``user``, in the order their work usually flows."""
    panels = []
    articles = Article.objects.editable_by(user).for_cards()
    changelist = reverse("admin:articles_article_changelist")
    is_writer = user.has_perm("articles.submit_article")
    is_reviewer = user.has_perm("articles.review_article")
    is_editor = user.has_perm("articles.publish_article")
    if is_writer:
        mine = Article.objects.filter(Q(created_by=user) | Q(authors__user=user)).values("pk")
        drafts = articles.filter(pk__in=mine, status=S.DRAFT)
        sent_back = drafts.annotate(
            back_note=Subquery(_last_move(S.DRAFT).values("note")[:1])
        ).exclude(back_note=None)
        panels.append(
            panel(
                "sent-back",
                "Sent back to me",
                sent_back,
                f"{changelist}?status__exact=draft",
                "Nothing sent back to you.",
                detail=lambda a: f"Note: {a.back_note}",
            )
        )
        panels.append(
            panel(
                "my-drafts",
                "My drafts",
                drafts.order_by("-modified_at"),
                f"{changelist}?status__exact=draft",
                "No drafts. Add an article to start one.",
            )
        )
    if is_reviewer:
        panels.append(
            panel(
                "awaiting-review",
                "Awaiting medical review",
                articles.filter(status=S.IN_REVIEW).order_by("modified_at"),
                f"{changelist}?status__exact=in_review",
                "No article is waiting for review.",
            )
        )
    if is_editor:
        now = timezone.now()
        panels.append(
            panel(
                "approved",
                "Approved, waiting to publish",
                articles.filter(status=S.APPROVED).order_by("modified_at"),
                f"{changelist}?status__exact=approved",
                "No approved article is waiting.",
            )
        )
        panels.append(
            panel(
                "scheduled",
                "Scheduled",
                articles.filter(status=S.PUBLISHED, published_at__gt=now).order_by("published_at"),
                f"{changelist}?status__exact=published",
                "Nothing scheduled.",
                detail=lambda a: f"Goes live {timezone.localtime(a.published_at):%d %b %Y, %H:%M}",
            )
        )
    if is_reviewer or is_editor:
        panels.append(
            panel(
                "due-for-review",
                "Due or overdue for medical review",
                articles.due_for_review().order_by("review_due_on"),
                reverse("admin:editorial_dueforreview_changelist"),
                "No published article is due for review in the next 30 days.",
                detail=_due,
            )
        )
    if user.has_perm("comments.change_comment"):
        comments = Comment.objects.awaiting_moderation().select_related("article")
        panels.append(
            panel(
                "comments",
                "Comments awaiting moderation",
                comments.order_by("created_at"),
                reverse("admin:comments_comment_changelist") + "?status__exact=pending",
                "No comment is waiting.",
                title_of=lambda c: f"{c.name} on {c.article.title}",
                url_of=lambda c: reverse("admin:comments_comment_change", args=[c.pk]),
                detail=lambda c: c.text[:100],
            )
        )
    panels.extend(extra for add in REGISTERED if (extra := add(user)) is not None)
    return panels


def _due(article):
    return f"Due {article.review_due_on:%d %b %Y}" if article.review_due_on else "Never reviewed"


def _last_move(to_status):
    """The newest move of the outer article into ``to_status`` that sent it back."""
    return Transition.objects.filter(
        article=OuterRef("pk"),
        to_status=to_status,
        from_status__in=[S.IN_REVIEW, S.APPROVED],
    ).order_by("-created_at", "-pk")


def panel(key, title, queryset, url, empty, *, title_of=None, url_of=None, detail=None):
    """A panel of ``queryset``'s first rows and its count; rows link to their article by default."""
    rows = list(queryset[:SHOWN])
    count = len(rows) if len(rows) < SHOWN else queryset.count()
    return Panel(
        key=key,
        title=title,
        count=count,
        url=url,
        empty=empty,
        items=[
            Item(
                title=title_of(row) if title_of else row.title,
                url=url_of(row)
                if url_of
                else reverse("admin:articles_article_change", args=[row.pk]),
                detail=detail(row) if detail else "",
            )
            for row in rows
        ],
    )
