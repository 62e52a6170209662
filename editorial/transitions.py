"""Moving an article through draft → in review → approved → published, and back.

Every move is checked on the server (permission, current state, the publishing gate), happens
completely or not at all, is recorded as a Transition and as a revision.
"""

from dataclasses import dataclass
from functools import partial

import reversion
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from articles.models import Article
from editorial import notifications
from editorial.checks import problems_for
from editorial.models import MedicalReview, Transition
from evidence.claims import checked_claims, record_checks

S = Article.Status


class TransitionError(Exception):
    """A move that cannot happen; the message says why, in plain words."""


class PublishingBlocked(TransitionError):
    def __init__(self, problems):
        self.problems = problems
        super().__init__(
            "This article cannot be published yet: " + " ".join(p.message for p in problems)
        )


@dataclass(frozen=True)
class Action:
    label: str
    sources: tuple
    target: str
    permission: str
    needs_note: bool = False


ACTIONS = {
    "submit": Action("Submit for review", (S.DRAFT,), S.IN_REVIEW, "articles.submit_article"),
    "approve": Action("Approve", (S.IN_REVIEW,), S.APPROVED, "articles.review_article"),
    "send_back": Action(
        "Send back to the writer",
        (S.IN_REVIEW, S.APPROVED),
        S.DRAFT,
        "articles.review_article",
        needs_note=True,
    ),
    "publish": Action(
        "Publish or schedule", (S.APPROVED, S.UNPUBLISHED), S.PUBLISHED, "articles.publish_article"
    ),
    "unpublish": Action("Unpublish", (S.PUBLISHED,), S.UNPUBLISHED, "articles.publish_article"),
    "archive": Action(
        "Archive",
        (S.DRAFT, S.IN_REVIEW, S.APPROVED, S.PUBLISHED, S.UNPUBLISHED),
        S.ARCHIVED,
        "articles.publish_article",
    ),
    "reopen": Action(
        "Reopen as a draft", (S.UNPUBLISHED, S.ARCHIVED), S.DRAFT, "articles.publish_article"
    ),
}


def available_actions(article, user):
    """The moves this user can complete on this article now, for the admin's buttons.

    Approving records a medical review, so it is offered only to a login linked to a medical
    reviewer's profile, whatever the permissions say.
    """
    return {
        name: action
        for name, action in ACTIONS.items()
        if article.status in action.sources
        and user.has_perm(action.permission)
        and (name != "approve" or is_medical_reviewer(user))
    }


def is_medical_reviewer(user):
    profile = getattr(user, "author_profile", None)
    return profile is not None and profile.is_medical_reviewer


def reviewer_profile(user):
    if not is_medical_reviewer(user):
        raise TransitionError(
            "Only a medical reviewer can approve or record a review, and your login is not "
            "linked to a medical reviewer's profile. An editor can link it: Authors › the "
            "reviewer's name › Login."
        )
    return user.author_profile


def record_review(*, article, user, notes="", reviewed_on=None):
    """Record a medical review: the only thing that moves the article's review date."""
    reviewer = reviewer_profile(user)
    review = MedicalReview.objects.create(
        article=article,
        reviewer=reviewer,
        reviewed_on=reviewed_on or timezone.localdate(),
        notes=notes,
        recorded_by=user,
    )
    # The claims the reviewer ticked on the evidence review page are recorded with the review.
    record_checks(review=review, claims=checked_claims(article))
    article.medical_reviewer = reviewer
    article.reviewed_on = review.reviewed_on
    return review


def transition(article, *, action, user, note="", publish_at=None, unpublish_at=None):
    """Make ``action`` happen to ``article`` as ``user``, or raise with the reason."""
    spec = ACTIONS.get(action)
    if spec is None:
        raise TransitionError(f"Unknown action “{action}”.")
    if not user.has_perm(spec.permission):
        raise PermissionDenied(f"You may not {spec.label.lower()} articles.")
    with transaction.atomic(), reversion.create_revision():
        # Lock the row: two editors pressing buttons at once cannot both move it.
        article = Article.objects.select_for_update().get(pk=article.pk)
        if article.status not in spec.sources:
            raise TransitionError(
                f"An article that is {article.get_status_display().lower()} cannot be moved "
                f"with “{spec.label}”."
            )
        if spec.needs_note and not note.strip():
            raise TransitionError("Say what needs to change, so the writer knows what to do.")
        if action == "approve":
            record_review(article=article, user=user, notes=note)
        if spec.target == S.PUBLISHED:
            _prepare_publication(article, publish_at=publish_at, unpublish_at=unpublish_at)
        previous = article.status
        article.status = spec.target
        article.save()
        record = Transition.objects.create(
            article=article, from_status=previous, to_status=spec.target, user=user, note=note
        )
        # Emails go out once the move is committed: a rolled-back move tells nobody.
        transaction.on_commit(
            partial(notifications.workflow_moved, transition_id=record.pk, action=action)
        )
        reversion.set_user(user)
        reversion.set_comment(
            f"{S(previous).label} → {S(spec.target).label}" + (f": {note}" if note else "")
        )
    return article


def rereview(article, *, user, notes=""):
    """Record a fresh medical review of an article without changing its state."""
    if not user.has_perm("articles.review_article"):
        raise PermissionDenied("You may not record medical reviews.")
    with transaction.atomic(), reversion.create_revision():
        article = Article.objects.select_for_update().get(pk=article.pk)
        record_review(article=article, user=user, notes=notes)
        article.save()
        reversion.set_user(user)
        reversion.set_comment("Medical review recorded" + (f": {notes}" if notes else ""))
    return article


def _prepare_publication(article, *, publish_at, unpublish_at):
    problems = problems_for(article)
    if problems:
        raise PublishingBlocked(problems)
    now = timezone.now()
    if unpublish_at and unpublish_at <= (publish_at or now):
        raise TransitionError("The unpublish time must be after the publish time.")
    if publish_at:
        article.published_at = publish_at
    elif not article.published_at or article.published_at > now:
        article.published_at = now
    article.unpublish_at = unpublish_at
