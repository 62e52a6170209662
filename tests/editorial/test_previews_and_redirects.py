import datetime

import pytest
import time_machine
from django.core import signing
from django.urls import reverse
from pytest_django.asserts import assertContains
from reversion.models import Version

from articles.models import Article
from editorial.previews import preview_link
from tests.editorial.test_lost_edits import form_data
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_staff_with_a_role_preview_drafts_and_anonymous_readers_get_404(
    draft, writer, reviewer, editor, client, login
):
    url = reverse("editorial:preview", args=[draft.pk])

    assert client.get(url).status_code == 404
    for user in (writer, reviewer, editor):
        response = login(user).get(url)
        assertContains(response, draft.title)
        assertContains(response, "not visible to readers")
        assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_another_writer_cannot_preview_someone_elses_draft(draft, django_user_model, login):
    from django.contrib.auth.models import Group

    stranger = django_user_model.objects.create_user(
        "sam", password="pw-long-enough-9", is_staff=True
    )
    stranger.groups.add(Group.objects.get(name="Writer"))

    assert login(stranger).get(reverse("editorial:preview", args=[draft.pk])).status_code == 404


def test_signed_preview_link_works_for_outsiders_and_expires(draft, client):
    url = preview_link(draft)

    assertContains(client.get(url), draft.title)
    with time_machine.travel(datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=8)):
        assert client.get(url).status_code == 404


def test_tampered_preview_link_is_refused(draft, client):
    url = preview_link(draft)
    other = ArticleFactory(status=Article.Status.DRAFT, published_at=None)

    token = url.rstrip("/").rsplit("/", 1)[1]
    payload, signature = token.rsplit(":", 1)
    assert client.get(url.replace(signature, signature[::-1])).status_code == 404
    # A link for another article signed with a key or salt of the attacker's choosing.
    forged = signing.dumps({"article": other.pk}, salt="not-the-preview-salt", compress=True)
    assert client.get(f"/preview/shared/{forged}/").status_code == 404


def test_preview_of_an_older_revision_shows_it_as_it_was(draft, editor, login):
    url = f"/admin/articles/article/{draft.pk}/change/"
    client = login(editor)
    for title in ["Old headline", "New headline"]:
        assert client.post(url, form_data(client.get(url)) | {"title": title}).status_code == 302
    old = Version.objects.get_for_object(draft).last()

    page = client.get(reverse("editorial:preview_revision", args=[draft.pk, old.pk]))

    assertContains(page, "Old headline")
    assert "New headline" not in page.content.decode().split("<main", 1)[1]


def test_changing_a_published_slug_redirects_the_old_address(client):
    article = ArticleFactory(slug="old-name")
    old_url = article.get_absolute_url()

    article.slug = "new-name"
    article.save()

    response = client.get(old_url)
    assert response.status_code == 301
    assert response.url == "/articles/new-name/"
    assert client.get(response.url).status_code == 200


def test_renaming_twice_keeps_both_old_addresses_and_never_shadows_the_current_one(client):
    article = ArticleFactory(slug="first")
    for slug in ["second", "third", "first"]:
        article.slug = slug
        article.save()

    assert client.get("/articles/first/").status_code == 200
    assert client.get("/articles/second/").url == "/articles/first/"
    assert client.get("/articles/third/").url == "/articles/first/"


def test_old_address_of_an_unpublished_article_is_404(client):
    article = ArticleFactory(slug="was-here")
    article.slug = "moved"
    article.status = Article.Status.UNPUBLISHED
    article.save()

    assert client.get("/articles/was-here/").status_code == 404


def test_correction_notes_show_on_the_page_with_the_updated_date(client):
    from editorial.models import CorrectionNote

    article = ArticleFactory(published_at=datetime.datetime(2024, 3, 5, tzinfo=datetime.UTC))
    CorrectionNote.objects.create(
        article=article, noted_on=datetime.date(2025, 1, 20), note="We corrected the dose of IFN-γ."
    )
    CorrectionNote.objects.create(
        article=article, noted_on=datetime.date(2025, 2, 1), note="Internal only", is_public=False
    )

    page = client.get(article.get_absolute_url())

    assertContains(page, "We corrected the dose of IFN-γ.")
    assertContains(page, '<time datetime="2025-01-20">20 January 2025</time>', html=True)
    assert "Internal only" not in page.content.decode()
