"""Saving imported references: duplicates linked, nothing stored changed, articles given them."""

from pathlib import Path

import pytest
from django.db import IntegrityError
from django.forms.models import model_to_dict

from articles.models import ArticleReference
from references.importers import parse_references
from references.imports import import_references, preview_references
from references.models import Source
from tests.factories import ArticleFactory, SourceFactory, attach, cite

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


def entries(name):
    return parse_references((FIXTURES / name).read_bytes()).entries


def pasted(text):
    return parse_references(text).entries


def snapshot():
    return {source.pk: model_to_dict(source) for source in Source.objects.all()}


def test_valid_entries_become_sources_and_bad_ones_are_skipped():
    outcomes = import_references(entries=entries("zotero.ris"))

    assert len(outcomes) == 5
    assert all(outcome.is_new for outcome in outcomes)
    assert Source.objects.count() == 5
    chapter = Source.objects.get(title="Atopic dermatitis")
    assert chapter.editor_list[0].family == "Kang"
    assert chapter.title_key == "atopic dermatitis"


@pytest.mark.parametrize(
    "existing",
    [
        {"doi": "10.1517/14712598.2016.1135898".upper()},  # DOIs compare without case
        {"pmid": "26694856"},
        # Same title once case and punctuation are ignored, same year.
        {
            "title": "RECENT CONSIDERATIONS in the use of recombinant interferon-gamma for "
            "biological therapy of atopic dermatitis",
            "year": 2016,
        },
    ],
)
def test_duplicates_are_linked_to_the_stored_source_which_is_left_unchanged(existing):
    stored = SourceFactory(**existing)
    before = snapshot()

    outcomes = import_references(entries=entries("pubmed.nbib")[1:2])

    (outcome,) = outcomes
    assert (outcome.source, outcome.is_new) == (stored, False)
    assert snapshot() == before


def test_same_title_in_another_year_is_not_a_duplicate():
    SourceFactory(title="Eczema", year=2019, container_title="StatPearls", kind="chapter")
    (outcome,) = import_references(entries=entries("pubmed.nbib")[2:3])
    assert outcome.is_new


def test_importing_the_same_file_twice_creates_nothing_the_second_time():
    import_references(entries=entries("library.bib"))
    count = Source.objects.count()
    before = snapshot()

    outcomes = import_references(entries=entries("library.bib"))

    assert not any(outcome.is_new for outcome in outcomes)
    assert Source.objects.count() == count
    assert snapshot() == before


def test_duplicates_within_one_import_create_one_source():
    text = "10.1016/j.jaci.2015.01.020\nhttps://doi.org/10.1016/J.JACI.2015.01.020\n"

    first, second = import_references(entries=pasted(text))

    assert first.is_new and not second.is_new
    assert second.source == first.source
    assert Source.objects.count() == 1


def test_identifier_lines_create_placeholders_marked_as_needing_details():
    (outcome,) = import_references(entries=pasted("PMID: 26694856"))
    source = outcome.source
    assert source.pmid == "26694856"
    assert source.title == "PMID 26694856 — details to be filled in"
    assert source.needs_details
    assert outcome.entry.note.startswith("Only the PMID is known")


def test_import_into_an_article_attaches_new_and_existing_sources_once():
    stored = SourceFactory(pmid="26694856")
    already = SourceFactory(doi="10.1016/j.jaci.2015.01.020")
    article = attach(ArticleFactory(), sources=[already])

    outcomes = import_references(entries=entries("pubmed.nbib"), article=article)

    assert [(o.is_attached, o.was_attached) for o in outcomes] == [
        (False, True),  # Czarnowicki: already in the list
        (True, False),  # Brar: stored, newly attached
        (True, False),
        (True, False),
    ]
    assert outcomes[1].source == stored
    assert ArticleReference.objects.filter(article=article).count() == 4


def test_attaching_resolves_a_citation_the_body_already_had():
    source = SourceFactory(doi="10.1517/14712598.2016.1135898")
    article = attach(ArticleFactory(body=f"<p>Claim{cite(source)}</p>"))
    assert article.unresolved_citations == [source.pk]

    import_references(entries=entries("pubmed.nbib")[1:2], article=article)

    article.refresh_from_db()
    assert article.unresolved_citations == []
    assert article.citation_order == [source.pk]


def test_preview_saves_nothing_and_marks_duplicates():
    stored = SourceFactory(pmid="25748064")
    parsed = entries("pubmed.nbib") + pasted("26694856")

    outcomes = preview_references(entries=parsed)

    assert Source.objects.count() == 1
    assert outcomes[0].source == stored and outcomes[0].is_duplicate
    assert [o.is_new for o in outcomes] == [False, True, True, True, False]
    assert outcomes[4].repeats is parsed[1]  # the PMID line repeats the second record


def test_a_failure_midway_leaves_the_database_as_it_was():
    """import_references is atomic: all entries are saved, or none."""
    parsed = entries("zotero.ris")
    parsed[2].fields["title"] = None  # the database refuses a source without a title
    with pytest.raises(IntegrityError):
        import_references(entries=parsed)
    assert Source.objects.count() == 0


def test_matching_finds_sources_by_doi_in_any_case_pmid_or_title_and_year():
    by_doi = SourceFactory(doi="10.1016/S0140-6736(19)31999-X")
    by_pmid = SourceFactory(pmid="123")
    by_title = SourceFactory(title="Eczema: a review.", year=2019)
    SourceFactory(title="Eczema — a review", year=2020)

    assert list(Source.objects.matching(doi="10.1016/s0140-6736(19)31999-x")) == [by_doi]
    assert list(Source.objects.matching(pmid="123")) == [by_pmid]
    assert list(Source.objects.matching(title="ECZEMA, A REVIEW", year=2019)) == [by_title]
    assert not Source.objects.matching(title="Eczema: a review.").exists()  # undated: no match
    assert not Source.objects.matching().exists()
