"""A comment's life: submitted by a reader (always held), then approved, rejected or marked spam
by an editor. Nothing is published without a person deciding."""

from django.db import transaction
from django.utils import timezone

from comments.models import Comment
from pagecache import tags
from pagecache.invalidation import invalidate


def comments_open(article, site_settings):
    """Readers may comment when both the site and the article allow it."""
    return bool(site_settings.comments_enabled and article.comments_enabled)


@transaction.atomic
def submit_comment(
    *,
    article,
    name,
    email,
    text,
    website="",
    parent=None,
    spam_reasons=(),
    ip_address=None,
    user_agent="",
):
    """Store a reader's comment for moderation; one that failed a spam check goes to spam."""
    return Comment.objects.create(
        article=article,
        parent=parent,
        name=name,
        email=email,
        website=website,
        text=text,
        status=Comment.Status.SPAM if spam_reasons else Comment.Status.PENDING,
        spam_reasons=list(spam_reasons),
        ip_address=ip_address,
        user_agent=user_agent[:300],
    )


@transaction.atomic
def moderate(*, comments, status, moderator):
    """Set ``status`` on every comment in the ``comments`` queryset; return how many changed."""
    if status not in Comment.Status.values:
        raise ValueError(f"Unknown comment status {status!r}")
    changing = comments.exclude(status=status)
    # update() sends no signals: drop the pages whose approved comments change ourselves.
    shown = changing if status == Comment.Status.APPROVED else changing.approved()
    articles = set(shown.values_list("article_id", flat=True))
    count = changing.update(status=status, moderated_at=timezone.now(), moderated_by=moderator)
    invalidate(tags.article(pk) for pk in articles)
    return count
