"""Reverting and recovering go through the workflow: they never change an article's state behind
the editors' backs, and only the people the workflow allows can do them."""

import pytest
import reversion
from pytest_django.asserts import assertContains, assertNotContains
from reversion.models import Version

from articles.models import Article
from editorial.models import Transition
from editorial.roles import WRITER
from tests.editorial.test_lost_edits import form_data
from tests.factories import ArticleFactory, make_user

pytestmark = pytest.mark.django_db
S = Article.Status


def save_revision(article, **changes):
    """Change the article and save it as a revision, as an admin save would."""
    for name, value in changes.items():
        setattr(article, name, value)
    with reversion.create_revision():
        article.save()
    return Version.objects.get_for_object(article).first()


def revert_url(article, version):
    return f"/admin/articles/article/{article.pk}/history/{version.pk}/"


def revision_form(client, editor, article, version):
    """What the old revision page's form submits: the whole change form with the old values."""
    client.force_login(editor)
    data = form_data(client.get(f"/admin/articles/article/{article.pk}/change/"))
    data |= {name: version.field_dict[name] for name in ("title", "standfirst", "body")}
    data["edit_token"] = version.field_dict["modified_at"].isoformat()
    return data


@pytest.fixture
def unpublished_for_harm(draft, editor):
    """Published once, then unpublished by an editor (e.g. for a harmful error)."""
    published = save_revision(draft, status=S.PUBLISHED, title="Live version")
    save_revision(draft, status=S.UNPUBLISHED, title="Pulled version")
    return draft, published


@pytest.fixture
def other_writer(django_user_model):
    return make_user(django_user_model, "oscar", WRITER)


def test_a_writer_cannot_revert_an_unpublished_article_back_to_published(
    unpublished_for_harm, other_writer, editor, client, login
):
    article, published = unpublished_for_harm
    data = revision_form(client, editor, article, published)

    response = login(other_writer).post(revert_url(article, published), data)

    assert response.status_code == 404
    article.refresh_from_db()
    assert article.status == S.UNPUBLISHED
    assert article.title == "Pulled version"


def test_a_writer_cannot_revert_another_writers_draft(draft, other_writer, editor, client, login):
    old = save_revision(draft, title="First words")
    save_revision(draft, title="Second words")
    data = revision_form(client, editor, draft, old)

    response = login(other_writer).post(revert_url(draft, old), data)

    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.title == "Second words"


def test_a_writer_cannot_revert_a_published_article(writer, editor, client, login):
    article = ArticleFactory(title="Published text")
    old = save_revision(article, title="Older text")
    save_revision(article, title="Published text")
    data = revision_form(client, editor, article, old)

    response = login(writer).post(revert_url(article, old), data)

    assert response.status_code == 404
    article.refresh_from_db()
    assert article.title == "Published text"


def test_a_writer_cannot_revert_their_own_article_once_unpublished(
    unpublished_for_harm, writer, login
):
    article, published = unpublished_for_harm

    assert login(writer).post(revert_url(article, published)).status_code == 403
    article.refresh_from_db()
    assert article.status == S.UNPUBLISHED


def test_reverting_keeps_the_state_and_is_recorded_as_a_move(unpublished_for_harm, editor, login):
    article, published = unpublished_for_harm
    client = login(editor)
    assertContains(client.get(revert_url(article, published)), "Live version")

    response = client.post(revert_url(article, published))

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Live version"
    assert article.status == S.UNPUBLISHED
    move = Transition.objects.filter(article=article).first()
    assert (move.from_status, move.to_status, move.user) == (S.UNPUBLISHED, S.UNPUBLISHED, editor)
    assert "Reverted" in move.note
    newest = Version.objects.get_for_object(article).first()
    assert newest.field_dict["status"] == S.UNPUBLISHED
    assert "Reverted" in newest.revision.get_comment()


def test_reverting_a_published_article_passes_the_publishing_gate(draft, editor, login):
    bare = save_revision(draft, seo_description="")  # the gate needs an SEO description
    save_revision(draft, seo_description="Good description", status=S.PUBLISHED)

    response = login(editor).post(revert_url(draft, bare), follow=True)

    assertContains(response, "Not reverted")
    draft.refresh_from_db()
    assert draft.seo_description == "Good description"
    assert draft.status == S.PUBLISHED
    assert not Transition.objects.filter(article=draft).exists()


def test_a_writer_reverts_their_own_draft(draft, writer, login):
    old = save_revision(draft, title="First words")
    save_revision(draft, title="Second words")

    response = login(writer).post(revert_url(draft, old))

    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.title, draft.status) == ("First words", S.DRAFT)


def test_a_revision_of_another_article_cannot_be_used(draft, editor, login):
    other = ArticleFactory(title="Someone else's")
    foreign = save_revision(other, title="Foreign")

    response = login(editor).post(f"/admin/articles/article/{draft.pk}/history/{foreign.pk}/")

    assert response.status_code == 404


@pytest.fixture
def deleted_live_article(editor):
    article = ArticleFactory(title="Deleted while live")
    version = save_revision(article, status=S.PUBLISHED)
    with reversion.create_revision():
        article.delete()
    return version


def test_a_writer_cannot_list_or_recover_deleted_articles(deleted_live_article, writer, login):
    client = login(writer)

    assert client.get("/admin/articles/article/recover/").status_code == 403
    response = client.post(
        f"/admin/articles/article/recover/{deleted_live_article.pk}/",
        {"title": "Deleted while live", "slug": "back", "standfirst": "x", "body": "<p>x</p>"},
    )

    assert response.status_code == 403
    assert not Article.objects.filter(title="Deleted while live").exists()
    assertNotContains(client.get("/admin/articles/article/"), "Recover deleted")


def test_an_editor_recovers_a_deleted_article_off_the_site(deleted_live_article, editor, login):
    client = login(editor)
    assertContains(client.get("/admin/articles/article/"), "Recover deleted articles")
    assertContains(client.get("/admin/articles/article/recover/"), "Deleted while live")

    response = client.post(f"/admin/articles/article/recover/{deleted_live_article.pk}/")

    assert response.status_code == 302
    article = Article.objects.get(title="Deleted while live")
    assert article.status == S.UNPUBLISHED
    assert not Article.objects.published().filter(pk=article.pk).exists()
    move = Transition.objects.get(article=article)
    assert (move.from_status, move.to_status) == (S.PUBLISHED, S.UNPUBLISHED)
    assert "Recovered" in Version.objects.get_for_object(article).first().revision.get_comment()
    # Recovering twice is refused with a message, not an error page.
    again = client.post(f"/admin/articles/article/recover/{deleted_live_article.pk}/")
    assert again.status_code == 404
