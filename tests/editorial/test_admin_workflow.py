"""The workflow through the admin, as each role would use it, including forbidden direct POSTs."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db
S = Article.Status


def workflow_url(article):
    return f"/admin/articles/article/{article.pk}/workflow/"


def change_url(article):
    return f"/admin/articles/article/{article.pk}/change/"


def post_action(client, article, action, **extra):
    return client.post(workflow_url(article), {"action": action, **extra})


def test_each_role_sees_only_its_buttons(draft, writer, reviewer, editor, login):
    assertContains(login(writer).get(change_url(draft)), 'value="submit"')
    post_action(login(writer), draft, "submit")

    reviewer_page = login(reviewer).get(change_url(draft))
    assertContains(reviewer_page, 'value="approve"')
    assertContains(reviewer_page, 'value="send_back"')
    assertNotContains(reviewer_page, 'value="publish"')

    post_action(login(reviewer), draft, "approve")
    editor_page = login(editor).get(change_url(draft))
    assertContains(editor_page, 'value="publish"')
    assertContains(editor_page, 'value="archive"')


@pytest.mark.parametrize("action", ["approve", "publish", "archive", "unpublish"])
def test_a_writer_cannot_force_a_move_with_a_direct_post(draft, writer, login, action):
    client = login(writer)
    post_action(client, draft, "submit")

    response = post_action(client, draft, action)

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == S.IN_REVIEW
    assert not draft.transitions.filter(to_status__in=[S.APPROVED, S.PUBLISHED]).exists()


def test_a_reviewer_cannot_publish_with_a_direct_post(draft, writer, reviewer, login):
    post_action(login(writer), draft, "submit")
    post_action(login(reviewer), draft, "approve")

    post_action(login(reviewer), draft, "publish")

    draft.refresh_from_db()
    assert draft.status == S.APPROVED


def test_status_cannot_be_changed_by_editing_the_form(draft, writer, login):
    client = login(writer)
    page = client.get(change_url(draft))
    assert "status" not in page.context["adminform"].form.fields

    response = client.post(change_url(draft), {"status": S.PUBLISHED})

    draft.refresh_from_db()
    assert response.status_code == 200  # the incomplete form is refused as a whole
    assert draft.status == S.DRAFT


def test_writers_cannot_edit_a_submitted_article_or_see_other_writers_drafts(
    draft, writer, login, django_user_model
):
    client = login(writer)
    post_action(client, draft, "submit")

    response = client.post(change_url(draft), {"title": "Sneaky change"})

    assert response.status_code == 403
    draft.refresh_from_db()
    assert draft.title != "Sneaky change"
    others = ArticleFactory(status=S.DRAFT, published_at=None)
    assert client.get(change_url(others)).status_code == 302  # "doesn't exist" redirect
    changelist = client.get("/admin/articles/article/")
    assertNotContains(changelist, others.title)


def test_refused_publication_shows_each_problem_next_to_its_field(
    draft, writer, reviewer, editor, login
):
    post_action(login(writer), draft, "submit")
    post_action(login(reviewer), draft, "approve")
    Article.objects.filter(pk=draft.pk).update(seo_description="")
    client = login(editor)

    response = post_action(client, draft, "publish")

    assert response.status_code == 302
    assert response.url.endswith("?check=publish")
    page = client.get(response.url)
    form = page.context["adminform"].form
    assert "Write an SEO description" in form.errors["seo_description"][0]
    assertContains(page, "Not published: 1 thing(s) must be fixed first")
    draft.refresh_from_db()
    assert draft.status == S.APPROVED


def test_transition_history_is_shown_on_the_article_page(draft, writer, reviewer, login):
    post_action(login(writer), draft, "submit", note="Ready for you")
    post_action(login(reviewer), draft, "send_back", note="Please cite NICE")

    page = login(writer).get(change_url(draft))

    assertContains(page, "Workflow history")
    assertContains(page, "Please cite NICE")
    assertContains(page, "Ready for you")


def test_due_for_review_list(draft, writer, reviewer, editor, login):
    post_action(login(writer), draft, "submit")
    post_action(login(reviewer), draft, "approve")
    post_action(login(editor), draft, "publish")
    Article.objects.filter(pk=draft.pk).update(review_due_on="2000-01-01")

    page = login(editor).get("/admin/editorial/dueforreview/")

    assertContains(page, draft.title)
    assertContains(page, "Overdue by")
