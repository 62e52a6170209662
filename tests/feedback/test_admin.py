"""The triage queue and the per-article counts editors use to show they act on feedback."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from feedback.models import ErrorReport, PageFeedback
from tests.factories import ArticleFactory, ErrorReportFactory

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:feedback_errorreport_changelist")
COUNTS = reverse("admin:feedback_articlefeedback_changelist")


@pytest.mark.parametrize(
    ("action", "status"),
    [("mark_in_progress", "in_progress"), ("mark_fixed", "fixed"), ("mark_declined", "declined")],
)
def test_editors_move_reports_through_triage(admin_client, admin_user, action, status):
    reports = ErrorReportFactory.create_batch(2)

    admin_client.post(QUEUE, {"action": action, "_selected_action": [r.pk for r in reports]})

    for filed in ErrorReport.objects.all():
        assert filed.status == status
        assert filed.handled_by == admin_user


def test_the_queue_shows_article_revision_and_filters_by_status(admin_client):
    article = ArticleFactory(title="Interferons explained")
    ErrorReportFactory(article=article, article_version=1, description="Old typo")
    article.save()
    ErrorReportFactory(article=article, status="fixed", description="Already fixed")

    new = admin_client.get(QUEUE, {"status__exact": "new"})

    assertContains(new, "Interferons explained")
    assertContains(new, "Old typo")
    assertContains(new, "1 (now 2)")
    assertNotContains(new, "Already fixed")


def test_editors_record_notes_and_status_on_a_report(admin_client, admin_user):
    filed = ErrorReportFactory()

    admin_client.post(
        reverse("admin:feedback_errorreport_change", args=[filed.pk]),
        {"status": "declined", "editor_notes": "The source supports the text."},
    )

    filed.refresh_from_db()
    assert filed.status == "declined"
    assert filed.editor_notes == "The source supports the text."
    assert filed.handled_by == admin_user


def test_counts_per_article_leave_out_spam(admin_client):
    article = ArticleFactory(title="Eczema and sleep")
    for helpful, spam in [(True, False), (True, False), (False, False), (True, True)]:
        PageFeedback.objects.create(
            article=article, article_version=1, is_helpful=helpful, is_spam=spam
        )
    ErrorReportFactory(article=article)
    ErrorReportFactory(article=article, status="fixed")
    ErrorReportFactory(article=article, is_spam=True)

    response = admin_client.get(COUNTS)

    row = next(r for r in response.context["cl"].result_list if r.pk == article.pk)
    assert (row.yes, row.no, row.open, row.reports) == (2, 1, 1, 2)
    assertContains(response, "Eczema and sleep")
    assertContains(response, f"article__id__exact={article.pk}")


def test_readers_feedback_cannot_be_invented_in_the_admin(admin_client):
    assert admin_client.get(reverse("admin:feedback_errorreport_add")).status_code == 403
    assert admin_client.get(reverse("admin:feedback_pagefeedback_add")).status_code == 403
