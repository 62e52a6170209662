import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from articles.models import Article
from editorial.models import MedicalReview, Transition
from editorial.transitions import PublishingBlocked, TransitionError, transition
from sitewide.models import SiteSettings

pytestmark = pytest.mark.django_db
S = Article.Status


def test_the_whole_journey_draft_to_published_is_recorded(draft, writer, reviewer, editor):
    transition(draft, action="submit", user=writer)
    transition(draft, action="send_back", user=reviewer, note="Cite the NICE guidance.")
    transition(draft, action="submit", user=writer, note="Added NICE.")
    transition(draft, action="approve", user=reviewer, note="Accurate.")
    article = transition(draft, action="publish", user=editor)

    assert article.status == S.PUBLISHED
    assert article.is_published()
    moves = list(
        article.transitions.order_by("created_at", "pk").values_list(
            "from_status", "to_status", "user__username", "note"
        )
    )
    assert moves == [
        ("draft", "in_review", "wendy", ""),
        ("in_review", "draft", "rita", "Cite the NICE guidance."),
        ("draft", "in_review", "wendy", "Added NICE."),
        ("in_review", "approved", "rita", "Accurate."),
        ("approved", "published", "eddie", ""),
    ]


def test_approval_records_the_medical_review(draft, writer, reviewer):
    transition(draft, action="submit", user=writer)
    article = transition(draft, action="approve", user=reviewer, note="Checked doses.")

    review = MedicalReview.objects.get(article=article)
    assert review.reviewer == reviewer.author_profile
    assert review.notes == "Checked doses."
    assert article.medical_reviewer == reviewer.author_profile
    assert article.reviewed_on == timezone.localdate()


@pytest.mark.parametrize(
    ("role", "action"),
    [
        ("writer", "approve"),
        ("writer", "publish"),
        ("reviewer", "publish"),
        ("reviewer", "archive"),
        ("reviewer", "submit"),
        ("editor", "approve_without_profile"),
    ],
)
def test_roles_cannot_make_moves_that_are_not_theirs(
    draft, writer, reviewer, editor, role, action, request
):
    user = {"writer": writer, "reviewer": reviewer, "editor": editor}[role]
    transition(draft, action="submit", user=writer)
    if action == "approve_without_profile":
        with pytest.raises(TransitionError, match="Only a medical reviewer can approve"):
            transition(draft, action="approve", user=editor)
        return
    with pytest.raises(PermissionDenied):
        transition(draft, action=action, user=user)
    draft.refresh_from_db()
    assert draft.status == S.IN_REVIEW


def test_a_move_from_the_wrong_state_is_refused(draft, editor):
    with pytest.raises(TransitionError, match="draft cannot be moved"):
        transition(draft, action="publish", user=editor)
    assert not Transition.objects.exists()


def test_sending_back_needs_a_note(draft, writer, reviewer):
    transition(draft, action="submit", user=writer)
    with pytest.raises(TransitionError, match="Say what needs to change"):
        transition(draft, action="send_back", user=reviewer, note="  ")


def test_publishing_is_blocked_until_the_gate_passes_and_never_half_happens(
    draft, writer, reviewer, editor
):
    transition(draft, action="submit", user=writer)
    transition(draft, action="approve", user=reviewer)
    Article.objects.filter(pk=draft.pk).update(seo_description="")

    with pytest.raises(PublishingBlocked) as blocked:
        transition(draft, action="publish", user=editor)

    assert [p.field for p in blocked.value.problems] == ["seo_description"]
    draft.refresh_from_db()
    assert draft.status == S.APPROVED
    assert draft.transitions.filter(to_status=S.PUBLISHED).count() == 0


def test_scheduled_article_appears_and_disappears_on_time(draft, writer, reviewer, editor, client):
    transition(draft, action="submit", user=writer)
    transition(draft, action="approve", user=reviewer)
    start = timezone.now() + datetime.timedelta(days=1)
    end = start + datetime.timedelta(days=7)

    article = transition(draft, action="publish", user=editor, publish_at=start, unpublish_at=end)

    assert article.is_scheduled()
    assert client.get(article.get_absolute_url()).status_code == 404
    assert not Article.objects.published().filter(pk=article.pk).exists()
    with time_machine.travel(start + datetime.timedelta(minutes=1)):
        assert client.get(article.get_absolute_url()).status_code == 200
        assert Article.objects.published().filter(pk=article.pk).exists()
    with time_machine.travel(end + datetime.timedelta(minutes=1)):
        assert client.get(article.get_absolute_url()).status_code == 404


def test_unpublish_time_must_follow_publish_time(draft, writer, reviewer, editor):
    transition(draft, action="submit", user=writer)
    transition(draft, action="approve", user=reviewer)
    soon = timezone.now() + datetime.timedelta(days=1)

    with pytest.raises(TransitionError, match="unpublish time must be after"):
        transition(draft, action="publish", user=editor, publish_at=soon, unpublish_at=soon)


def test_unpublish_archive_and_reopen(draft, writer, reviewer, editor, client):
    transition(draft, action="submit", user=writer)
    transition(draft, action="approve", user=reviewer)
    transition(draft, action="publish", user=editor)

    article = transition(draft, action="unpublish", user=editor)
    assert client.get(article.get_absolute_url()).status_code == 404
    article = transition(article, action="archive", user=editor)
    assert article.status == S.ARCHIVED
    article = transition(article, action="reopen", user=editor)
    assert article.status == S.DRAFT


def test_editing_text_never_moves_the_review_date(draft, writer, reviewer):
    transition(draft, action="submit", user=writer)
    with time_machine.travel(datetime.datetime(2025, 1, 15, 12, tzinfo=datetime.UTC)):
        article = transition(draft, action="approve", user=reviewer)
    reviewed, due = article.reviewed_on, article.review_due_on

    article.body += "<p>Typo fixed.</p>"
    article.save()

    article.refresh_from_db()
    assert (article.reviewed_on, article.review_due_on) == (reviewed, due)
    assert due == datetime.date(2026, 1, 15)


def test_next_review_uses_the_article_cadence_over_the_site_default(draft, writer, reviewer):
    SiteSettings.objects.create(site_id=1, review_cadence_months=6)
    draft.review_cadence_months = 3
    draft.save()
    transition(draft, action="submit", user=writer)
    with time_machine.travel(datetime.datetime(2025, 11, 30, 12, tzinfo=datetime.UTC)):
        article = transition(draft, action="approve", user=reviewer)

    assert article.review_due_on == datetime.date(2026, 2, 28)  # end of a shorter month
    article.review_cadence_months = None
    article.save()
    assert article.review_due_on == datetime.date(2026, 5, 30)


def test_due_for_review_lists_overdue_and_soon_due_articles(draft, writer, reviewer, editor):
    transition(draft, action="submit", user=writer)
    with time_machine.travel(datetime.datetime(2025, 1, 10, 12, tzinfo=datetime.UTC)):
        transition(draft, action="approve", user=reviewer)
        transition(draft, action="publish", user=editor)

    with time_machine.travel(datetime.datetime(2025, 12, 1, 12, tzinfo=datetime.UTC)):
        assert list(Article.objects.due_for_review()) == []
    with time_machine.travel(datetime.datetime(2025, 12, 20, 12, tzinfo=datetime.UTC)):
        assert list(Article.objects.due_for_review()) == [draft]
    with time_machine.travel(datetime.datetime(2026, 3, 1, 12, tzinfo=datetime.UTC)):
        assert list(Article.objects.due_for_review()) == [draft]
