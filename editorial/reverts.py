"""Going back to a saved revision, or bringing back a deleted article, through the workflow.

django-reversion restores every field it saved, the workflow state included: left to itself, a
revert could put an unpublished article back on the site and a recovery could make a deleted one
live again. Here a revert changes the content only (the article keeps its state, its publication
dates and its recorded review); reverting a published article passes the publishing gate; a
recovered article comes back off the site. Each is a Transition and a revision, like any move.
"""

import reversion
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.formats import localize
from reversion.errors import RevertError
from reversion.models import Version

from articles.models import Article, ArticleAuthor, ArticleReference, FAQItem
from editorial.checks import problems_for
from editorial.models import CorrectionNote, Transition
from editorial.transitions import PublishingBlocked, TransitionError

S = Article.Status

# What the workflow owns: a revert never brings back an older value of these.
WORKFLOW_FIELDS = (
    "status",
    "published_at",
    "unpublish_at",
    "medical_reviewer_id",
    "reviewed_on",
    "is_featured",
    "created_by_id",
)
INLINE_MODELS = (ArticleAuthor, ArticleReference, FAQItem, CorrectionNote)


def may_revert(user, article):
    """Writers revert their own drafts; anything past draft is for editors."""
    if user.has_perm("articles.publish_article"):
        return True
    if article.status != S.DRAFT or not user.has_perm("articles.change_article"):
        return False
    return Article.objects.editable_by(user).filter(pk=article.pk).exists()


def may_recover(user):
    return user.has_perm("articles.publish_article") and user.has_perm("articles.add_article")


def revert(article, *, version, user):
    """Bring back the text, inlines and other content of ``version``; keep the workflow state."""
    if not may_revert(user, article):
        raise PermissionDenied("Only editors can revert an article that is not your own draft.")
    _check_belongs_to(version, article.pk)
    saved_at = localize(timezone.localtime(version.revision.date_created))
    with transaction.atomic(), reversion.create_revision():
        current = Article.objects.select_for_update().get(pk=article.pk)
        kept = {name: getattr(current, name) for name in WORKFLOW_FIELDS}
        _restore(version)
        reverted = Article.objects.get(pk=article.pk)
        for name, value in kept.items():
            setattr(reverted, name, value)
        reverted.save()  # recomputes the body's HTML, citation numbers and search entry
        if reverted.status == S.PUBLISHED:
            problems = problems_for(reverted)
            if problems:
                raise PublishingBlocked(problems)  # rolls the whole revert back
        note = f"Reverted to the revision saved on {saved_at}."
        Transition.objects.create(
            article=reverted,
            from_status=current.status,
            to_status=reverted.status,
            user=user,
            note=note,
        )
        reversion.set_user(user)
        reversion.set_comment(note)
    return reverted


def recover(version, *, user):
    """Bring back a deleted article, off the site: a draft, or unpublished if it had been out."""
    if not may_recover(user):
        raise PermissionDenied("Only editors can recover deleted articles.")
    if not Version.objects.get_deleted(Article).filter(pk=version.pk).exists():
        raise TransitionError("This is not a deleted article, or it has been recovered already.")
    _check_belongs_to(version, int(version.object_id))
    with transaction.atomic(), reversion.create_revision():
        _restore(version)
        article = Article.objects.get(pk=version.object_id)
        previous = article.status
        article.status = S.UNPUBLISHED if article.published_at else S.DRAFT
        article.save()
        note = "Recovered after deletion; publish it again through the workflow."
        Transition.objects.create(
            article=article, from_status=previous, to_status=article.status, user=user, note=note
        )
        reversion.set_user(user)
        reversion.set_comment(note)
    return article


def _restore(version):
    try:
        version.revision.revert(delete=True)
    except RevertError as error:
        raise TransitionError(f"This revision cannot be restored: {error}") from error


def _check_belongs_to(version, article_pk):
    """Refuse a revision that holds anything but this article and its own inline rows."""
    for other in version.revision.version_set.all():
        model = other.content_type.model_class()
        if model is Article and int(other.object_id) == article_pk:
            continue
        if model in INLINE_MODELS and other.field_dict.get("article_id") == article_pk:
            continue
        raise TransitionError("This revision holds other content too and cannot be restored here.")
