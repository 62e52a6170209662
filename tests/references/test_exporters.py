"""Reference lists as RIS and BibTeX files, the download views, and import → export → import."""

import datetime
from pathlib import Path

import pytest
from django.contrib.sites.models import Site
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from references.exporters import to_bibtex, to_ris
from references.importers import parse_references
from references.imports import import_references
from references.models import Source
from sitewide.models import SiteSettings
from tests.factories import ArticleFactory, SourceFactory, attach, cite

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_FILES = ["pubmed.nbib", "zotero.ris", "endnote.ris", "library.bib", "zotero.json"]


def brar():
    return Source(
        kind="journal",
        authors="Brar, Kanwaljit\nLeung, Donald Y M",
        title="Recent considerations in the use of recombinant interferon gamma",
        container_title="Expert Opin Biol Ther",
        year=2016,
        volume="16",
        issue="4",
        pages="507-14",
        doi="10.1517/14712598.2016.1135898",
        pmid="26694856",
        cited_on=datetime.date(2024, 2, 27),
    )


def test_ris_record_as_reference_managers_read_it():
    assert to_ris([brar()]) == (
        "TY  - JOUR\r\n"
        "AU  - Brar, Kanwaljit\r\n"
        "AU  - Leung, Donald Y M\r\n"
        "TI  - Recent considerations in the use of recombinant interferon gamma\r\n"
        "T2  - Expert Opin Biol Ther\r\n"
        "PY  - 2016\r\n"
        "VL  - 16\r\n"
        "IS  - 4\r\n"
        "SP  - 507-14\r\n"
        "DO  - 10.1517/14712598.2016.1135898\r\n"
        "Y2  - 2024/02/27\r\n"
        "AN  - 26694856\r\n"
        "DB  - PubMed\r\n"
        "ER  - \r\n"
    )


def test_bibtex_entry_escapes_latex_and_keeps_identifiers_verbatim():
    source = Source(
        kind="chapter",
        authors="Østergaard, Åse\nBritish Association of Dermatologists",
        more_authors=True,
        editors="Kang, Sewon",
        title="IL-4 & IL-13 in 50% of cases",
        container_title="Fitzpatrick's Dermatology",
        year=2019,
        pages="363–84",
        url="https://example.org/a_b?c=%20",
    )

    assert to_bibtex([source]) == (
        "@incollection{ostergaard2019,\n"
        "\tauthor = {Østergaard, Åse and {British Association of Dermatologists} and others},\n"
        "\ttitle = {{IL-4 \\& IL-13 in 50\\% of cases}},\n"
        "\tbooktitle = {Fitzpatrick's Dermatology},\n"
        "\teditor = {Kang, Sewon},\n"
        "\tyear = {2019},\n"
        "\tpages = {363--84},\n"
        "\turl = {https://example.org/a_b?c=%20}\n"
        "}\n"
    )


def test_bibtex_keys_are_unique_within_a_file():
    text = to_bibtex([brar(), brar(), brar()])
    assert "{brar2016," in text and "{brar2016a," in text and "{brar2016b," in text


@pytest.mark.django_db
@pytest.mark.parametrize("name", FIXTURE_FILES)
@pytest.mark.parametrize("write", [to_ris, to_bibtex], ids=["ris", "bibtex"])
def test_import_export_import_gives_the_same_records(name, write):
    first = parse_references((FIXTURES / name).read_bytes())
    outcomes = import_references(entries=first.entries)
    sources = [outcome.source for outcome in outcomes]

    again = parse_references(write(sources))

    assert again.failed == []
    assert [entry.fields for entry in again.entries] == [entry.fields for entry in first.valid]


@pytest.mark.django_db
def test_identifier_placeholders_survive_the_round_trip():
    (outcome,) = import_references(entries=parse_references("10.1016/j.jaci.2015.01.020").entries)
    for write in (to_ris, to_bibtex):
        (entry,) = parse_references(write([outcome.source])).entries
        assert entry.fields["title"] == outcome.source.title
        assert entry.fields["doi"] == "10.1016/j.jaci.2015.01.020"


# Views


@pytest.fixture
def article_with_references(db):
    first, second = SourceFactory(title="Cited second"), SourceFactory(title="Cited first")
    article = ArticleFactory(slug="eczema", body=f"<p>A{cite(second)} B{cite(first)}</p>")
    return attach(article, sources=[first, second])


@pytest.mark.parametrize(
    ("suffix", "content_type"),
    [("ris", "application/x-research-info-systems"), ("bib", "application/x-bibtex")],
)
def test_published_article_offers_its_references_as_a_file(
    client, article_with_references, suffix, content_type
):
    response = client.get(f"/articles/eczema/references.{suffix}")

    assert response.status_code == 200
    assert response["Content-Type"] == f"{content_type}; charset=utf-8"
    assert response["Content-Disposition"] == (f'attachment; filename="eczema-references.{suffix}"')
    body = response.content.decode()
    # In the order of the page's numbering, which follows first citation.
    assert body.index("Cited first") < body.index("Cited second")


@pytest.mark.django_db
@pytest.mark.parametrize("suffix", ["ris", "bib"])
def test_reference_files_of_drafts_and_unknown_articles_are_404(client, suffix):
    ArticleFactory(slug="draft", status=Article.Status.DRAFT)
    assert client.get(f"/articles/draft/references.{suffix}").status_code == 404
    assert client.get(f"/articles/missing/references.{suffix}").status_code == 404


def test_article_page_links_the_downloads_and_prints_the_site_style(
    client, article_with_references
):
    SiteSettings.objects.create(site=Site.objects.get(pk=1), citation_style="apa")

    response = client.get(article_with_references.get_absolute_url())

    assertContains(response, 'href="/articles/eczema/references.ris"')
    assertContains(response, 'href="/articles/eczema/references.bib"')
    # APA: initials with full stops, "&" before the last author, italic journal.
    assertContains(response, "Brar, K., &amp; Leung, D. Y. M. (2016). Cited first.")
    assertContains(response, "<i>Expert Opin Biol Ther</i>")


def test_article_page_prints_vancouver_by_default(client, article_with_references):
    response = client.get(article_with_references.get_absolute_url())
    assertContains(response, "Brar K, Leung DYM. Cited first. Expert Opin Biol Ther. 2016;")
    assertNotContains(response, "<i>Expert Opin Biol Ther</i>")
