"""Who may add references to which article, and change which shared source: the article change
page's rule (writers their own drafts, editors anything), on every path."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article, ArticleReference
from editorial.roles import WRITER
from references.models import Source
from tests.factories import ArticleFactory, SourceFactory, attach, make_user

pytestmark = pytest.mark.django_db
IMPORT_URL = "/admin/references/source/import/"
RIS = "TY  - JOUR\nTI  - A new trial\nT2  - Trials\nPY  - 2020\nDO  - 10.1000/new.1\nER  - \n"


@pytest.fixture
def mallory(django_user_model):
    return make_user(django_user_model, "mallory", WRITER)


@pytest.fixture
def secret_draft(writer):
    return ArticleFactory(
        title="Wendy's unannounced draft", status=Article.Status.DRAFT, created_by=writer
    )


def confirm(client, article):
    return client.post(IMPORT_URL, {"text": RIS, "article": article.pk, "confirm": "1"})


@pytest.mark.parametrize(
    "state", [Article.Status.PUBLISHED, Article.Status.IN_REVIEW, Article.Status.APPROVED]
)
def test_a_writer_cannot_import_into_their_own_article_once_submitted(writer, client, state, login):
    article = ArticleFactory(status=state, created_by=writer)

    response = confirm(login(writer), article)

    assert not ArticleReference.objects.filter(article=article).exists()
    assert response.status_code == 200
    assertContains(response, "You may not add references to that article")


def test_a_writer_cannot_import_into_another_writers_draft(secret_draft, mallory, login):
    client = login(mallory)

    page = client.get(IMPORT_URL, {"article": secret_draft.pk})
    confirm(client, secret_draft)
    client.post(IMPORT_URL, {"text": RIS, "article": secret_draft.pk})

    assertNotContains(page, "unannounced")
    assertContains(page, "You may not add references to that article")
    assert not ArticleReference.objects.filter(article=secret_draft).exists()


def test_a_writer_imports_into_their_own_draft_and_an_editor_into_a_published_article(
    secret_draft, writer, editor, login
):
    assertContains(login(writer).get(IMPORT_URL, {"article": secret_draft.pk}), "unannounced")
    assert confirm(login(writer), secret_draft).status_code == 302
    assert ArticleReference.objects.filter(article=secret_draft).count() == 1

    live = ArticleFactory()
    assert confirm(login(editor), live).status_code == 302
    assert ArticleReference.objects.filter(article=live).count() == 1


@pytest.fixture
def cited_by_live_page():
    source = SourceFactory(url="https://www.nhs.uk/conditions/eczema/")
    attach(ArticleFactory(title="Eczema explained"), sources=[source])
    return source


def source_form(source, **changes):
    fields = ["kind", "authors", "title", "container_title", "year", "volume", "issue", "pages"]
    fields += ["edition", "editors", "publisher", "place", "url", "cited_on", "doi", "pmid"]
    data = {name: getattr(source, name) or "" for name in fields}
    return data | changes


def test_a_writer_cannot_change_a_source_a_published_article_cites(
    cited_by_live_page, writer, login
):
    url = f"/admin/references/source/{cited_by_live_page.pk}/change/"
    client = login(writer)

    page = client.get(url)
    response = client.post(url, source_form(cited_by_live_page, url="https://phish.example/"))

    assertContains(page, "Only editors can change this source")
    assertContains(page, "Eczema explained")
    assert response.status_code == 403
    cited_by_live_page.refresh_from_db()
    assert cited_by_live_page.url == "https://www.nhs.uk/conditions/eczema/"


def test_sources_of_other_writers_drafts_are_not_named(secret_draft, mallory, login):
    source = SourceFactory()
    attach(secret_draft, sources=[source])

    page = login(mallory).get(f"/admin/references/source/{source.pk}/change/")

    assertContains(page, "an article that is not your draft")
    assertNotContains(page, "unannounced")


def test_a_writer_changes_a_source_only_their_drafts_cite_and_an_editor_any(
    cited_by_live_page, secret_draft, writer, editor, login
):
    own = SourceFactory(url="https://example.org/old")
    attach(secret_draft, sources=[own])
    url = f"/admin/references/source/{own.pk}/change/"
    response = login(writer).post(url, source_form(own, url="https://example.org/new"))
    assert response.status_code == 302
    assert Source.objects.get(pk=own.pk).url == "https://example.org/new"

    url = f"/admin/references/source/{cited_by_live_page.pk}/change/"
    changed = source_form(cited_by_live_page, url="https://www.nhs.uk/conditions/atopic-eczema/")
    assert login(editor).post(url, changed).status_code == 302
    cited_by_live_page.refresh_from_db()
    assert cited_by_live_page.url.endswith("atopic-eczema/")
