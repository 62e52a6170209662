"""The import page in the admin: paste or upload, check the table, confirm."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from articles.models import Article, ArticleReference
from references.models import Source
from tests.factories import ArticleFactory, SourceFactory

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"
IMPORT_URL = "/admin/references/source/import/"


def login(client, django_user_model, *codenames):
    user = django_user_model.objects.create_user(
        "writer", password="pw-long-enough-1", is_staff=True
    )
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    client.force_login(user)
    return client


@pytest.fixture
def writer(client, django_user_model):
    return login(
        client, django_user_model, "view_source", "add_source", "change_source", "change_article"
    )


def fixture_text(name):
    return (FIXTURES / name).read_text(encoding="utf-8-sig")


def test_the_url_name_is_stable_for_links_from_the_article_page():
    assert reverse("admin:references_source_import") == IMPORT_URL


def test_source_list_has_an_import_button(writer):
    response = writer.get("/admin/references/source/")
    assertContains(
        response, f'<a href="{IMPORT_URL}" class="addlink">Import references</a>', html=True
    )


def test_staff_without_add_permission_cannot_import(client, django_user_model):
    reader = login(client, django_user_model, "view_source")
    assert reader.get(IMPORT_URL).status_code == 403
    assert reader.post(IMPORT_URL, {"text": "10.1000/xyz123"}).status_code == 403
    assertNotContains(reader.get("/admin/references/source/"), "Import references")


def test_paste_shows_a_confirmation_table_and_saves_nothing(writer):
    stored = SourceFactory(pmid="26694856", title="Stored Brar record")

    response = writer.post(IMPORT_URL, {"text": fixture_text("zotero.ris")})

    assert response.status_code == 200
    assertContains(response, "Read as <strong>RIS</strong>: 5 of 6 references can be imported.")
    assertContains(response, "Nothing has been saved yet.")
    # Formatted in the site's style (Vancouver by default), duplicates and errors marked.
    assertContains(response, "Leung D. Atopic dermatitis. In: Kang S, Amagai M, editors.")
    assertContains(
        response, f'Duplicate of <a href="/admin/references/source/{stored.pk}/change/">'
    )
    assertContains(response, "Cannot be imported: Journal / book / website: A journal article")
    assertContains(response, 'name="skip" value="5"')
    assertNotContains(response, 'name="skip" value="6"')  # the broken entry has no checkbox
    assert Source.objects.count() == 1


def test_confirm_imports_what_was_not_left_out_and_leaves_stored_sources_alone(writer):
    stored = SourceFactory(pmid="26694856", title="Stored Brar record")
    before = model_to_dict(stored)
    text = fixture_text("zotero.ris")

    response = writer.post(IMPORT_URL, {"text": text, "confirm": "Import", "skip": ["4"]})

    assertRedirects(response, "/admin/references/source/")
    titles = set(Source.objects.values_list("title", flat=True))
    assert titles == {
        "Stored Brar record",
        "Handbook of skin care",
        "Atopic dermatitis",
        "Filaggrin mutations in Ødegaard's cohort: Ærø and Åland",
    }  # entry 1 linked to the stored record, 4 left out, 6 broken
    stored.refresh_from_db()
    assert model_to_dict(stored) == before
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [
        "Imported 4 references: 3 new, 1 already in the library (linked to it, left unchanged)."
    ]


def test_confirm_reads_the_text_again_rather_than_trusting_the_browser(writer):
    """Whatever comes back is parsed and checked anew: a broken entry cannot be forced in."""
    text = "TY  - JOUR\nTI  - No journal here\nER  - \n"
    writer.post(IMPORT_URL, {"text": text, "confirm": "Import"})
    assert not Source.objects.exists()


def test_upload_of_an_endnote_file(writer):
    upload = SimpleUploadedFile("export.ris", (FIXTURES / "endnote.ris").read_bytes())

    response = writer.post(IMPORT_URL, {"text": "", "file": upload})

    assertContains(response, "4 of 5 references can be imported")
    assertContains(response, "No end-of-record line (ER  -): the file may be cut short.")
    # The decoded text goes back for confirmation, not the file.
    assertContains(response, "TY  - RPRT")


def test_text_and_file_together_or_neither_are_refused(writer):
    upload = SimpleUploadedFile("export.ris", b"10.1000/xyz123")
    assertContains(
        writer.post(IMPORT_URL, {"text": "10.1000/abc123", "file": upload}),
        "Paste the references or choose a file, not both.",
    )
    assertContains(writer.post(IMPORT_URL, {"text": " "}), "Paste references or choose a file.")


def test_unrecognised_text_is_shown_again_with_the_reason(writer):
    response = writer.post(IMPORT_URL, {"text": "Smith J. Some paper. 2019."})
    assertContains(response, "No references were recognised.")
    assertContains(response, "Smith J. Some paper. 2019.</textarea>")


def test_import_into_an_article_attaches_and_returns_to_the_article(writer, django_user_model):
    own_draft = {"status": Article.Status.DRAFT, "published_at": None}
    article = ArticleFactory(
        created_by=django_user_model.objects.get(username="writer"), **own_draft
    )
    already = SourceFactory(doi="10.1016/j.jaci.2015.01.020")
    ArticleReference.objects.create(article=article, source=already)

    page = writer.get(f"{IMPORT_URL}?article={article.pk}")
    assertContains(page, f"added to the reference list of <strong>{article.title}</strong>")
    assertContains(page, f'name="article" value="{article.pk}"')

    preview = writer.post(IMPORT_URL, {"text": fixture_text("pubmed.nbib"), "article": article.pk})
    assertContains(preview, "Already in this article's reference list.")

    response = writer.post(
        IMPORT_URL,
        {"text": fixture_text("pubmed.nbib"), "article": article.pk, "confirm": "Import"},
    )

    assertRedirects(
        response, f"/admin/articles/article/{article.pk}/change/", fetch_redirect_response=False
    )
    assert article.article_references.count() == 4
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages[0] == (
        f"Imported 4 references: 3 new, 1 already in the library (linked to it, left unchanged). "
        f"3 added to the reference list of “{article.title}” (1 already in it)."
    )


def test_attaching_needs_permission_to_change_articles(client, django_user_model):
    librarian = login(client, django_user_model, "view_source", "add_source")
    article = ArticleFactory()

    response = librarian.post(
        IMPORT_URL, {"text": "10.1000/xyz123", "article": article.pk, "confirm": "Import"}
    )

    assertContains(response, "You may not add references to that article")
    assert not Source.objects.exists()


def test_identifier_only_sources_are_listed_for_completion(writer):
    response = writer.post(
        IMPORT_URL, {"text": "10.1000/xyz123\nPMID: 123456", "confirm": "Import"}, follow=True
    )
    source = Source.objects.get(doi="10.1000/xyz123")
    assertContains(response, "2 sources known only by DOI or PMID, to be filled in:")
    assertContains(response, f'href="/admin/references/source/{source.pk}/change/"')


def test_a_large_import_is_confirmed_within_the_request_limits(writer):
    """2,000 references: one text field and a few ticked boxes, not one field per entry."""
    text = "\n".join(f"10.1000/bench.{n}" for n in range(2000))

    preview = writer.post(IMPORT_URL, {"text": text})
    assertContains(preview, "2000 of 2000 references can be imported")
    assertContains(preview, 'enctype="multipart/form-data"', count=1)

    writer.post(IMPORT_URL, {"text": text, "confirm": "Import", "skip": ["1", "2"]})
    assert Source.objects.count() == 1998
