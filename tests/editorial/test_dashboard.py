"""The admin home page is each person's newsroom: their queues, with counts and links."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from comments.models import Comment
from editorial.dashboard import panels_for
from editorial.models import Transition
from tests.factories import ArticleFactory, CommentFactory, ErrorReportFactory

pytestmark = pytest.mark.django_db
S = Article.Status


def move(client, article, action, note=""):
    client.post(f"/admin/articles/article/{article.pk}/workflow/", {"action": action, "note": note})


def test_a_writer_sees_their_drafts_and_what_was_sent_back_with_the_note(
    draft, writer, reviewer, login
):
    other = ArticleFactory(title="Another writer's draft", status=S.DRAFT, published_at=None)
    move(login(writer), draft, "submit")
    move(login(reviewer), draft, "send_back", "Cite the 2023 guideline for the dose.")

    page = login(writer).get("/admin/")

    assertContains(page, "Sent back to me")
    assertContains(page, "Note: Cite the 2023 guideline for the dose.")
    assertContains(page, f'href="/admin/articles/article/{draft.pk}/change/"')
    assertNotContains(page, other.title)
    assertNotContains(page, "Awaiting medical review")
    assertNotContains(page, "Comments awaiting moderation")


def test_a_reviewer_sees_what_awaits_review(draft, writer, reviewer, login):
    move(login(writer), draft, "submit")

    page = login(reviewer).get("/admin/")

    panel = page.content.decode().split('id="panel-awaiting-review"')[1].split("</section>")[0]
    assert draft.title in panel
    assert '<span class="dashboard-panel__count">1</span>' in panel
    assertNotContains(page, "Approved, waiting to publish")


def test_an_editor_sees_the_publishing_and_reader_queues(editor, login):
    ArticleFactory(title="Approved one", status=S.APPROVED)
    ArticleFactory(
        title="Tomorrow's article", published_at=timezone.now() + datetime.timedelta(days=1)
    )
    live = ArticleFactory(title="Old review", reviewed_on=datetime.date(2020, 1, 1))
    ErrorReportFactory(article=live, description="The dose in table 2 is wrong.")
    CommentFactory(article=live, name="Pat", status=Comment.Status.PENDING)

    page = login(editor).get("/admin/")

    for text in [
        "Approved one",
        "Tomorrow&#x27;s article",
        "Old review",
        "The dose in table 2 is wrong.",
        "Pat on Old review",
    ]:
        assertContains(page, text)


def test_each_panel_costs_the_same_queries_however_long_its_queue(
    editor, writer, django_user_model
):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            panels_for(django_user_model.objects.get(pk=editor.pk))
        return len(captured)

    def fill(n):
        for i in range(n):
            article = ArticleFactory(status=S.APPROVED, title=f"Approved {i}")
            ArticleFactory(published_at=timezone.now() + datetime.timedelta(days=i + 1))
            ErrorReportFactory(article=article)
            CommentFactory(article=article, status=Comment.Status.PENDING)
            Transition.objects.create(article=article, from_status=S.IN_REVIEW, to_status=S.DRAFT)

    fill(6)  # every queue is longer than the five items a panel shows
    some = queries()
    fill(20)

    assert queries() == some
    assert some <= 2 * len(panels_for(editor))  # a list and a count per panel
