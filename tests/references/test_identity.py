"""Which imported records are the same work: never merge two works, never store one twice.

Issue 13, items 1–3: an identifier that differs means a different work; title and year match only
when no identifier conflicts, and then the first author and the journal must agree too; a record
without DOI, PMID or year imports once however often it is imported; only PubMed fields give a PMID.
"""

import pytest

from references.importers import parse_references
from references.imports import import_references, preview_references
from references.models import Source, same_work

pytestmark = pytest.mark.django_db

TWO_CORRECTIONS = """\
PMID- 90000004
TI  - Correction.
DP  - 2020
LID - 10.9999/test.corr.1 [doi]
TA  - Test J
VI  - 3

PMID- 90000005
TI  - Correction.
DP  - 2020
LID - 10.9999/test.corr.2 [doi]
TA  - Other J
VI  - 7
"""


def imported(text):
    return import_references(entries=parse_references(text).entries)


def test_two_corrections_with_the_same_title_and_year_but_other_identifiers_stay_two():
    """Item 1: different DOIs and PMIDs are different works, whatever the title says."""
    outcomes = imported(TWO_CORRECTIONS)

    assert [outcome.is_new for outcome in outcomes] == [True, True]
    assert Source.objects.count() == 2


def test_a_stored_correction_is_not_taken_for_another_journals_correction():
    imported(TWO_CORRECTIONS.split("\n\n")[0])

    (outcome,) = preview_references(
        entries=parse_references(TWO_CORRECTIONS.split("\n\n")[1]).entries
    )

    assert outcome.is_new
    assert outcome.source is None


def test_four_errata_from_four_journals_without_identifiers_stay_four():
    """Item 1: title and year alone are not enough; the journals differ."""
    text = "\n".join(
        f"TY  - JOUR\nTI  - Erratum\nT2  - Journal {name}\nPY  - 2019\nER  - \n"
        for name in ("Alpha", "Beta", "Gamma", "Delta")
    )

    outcomes = imported(text)

    assert [outcome.is_new for outcome in outcomes] == [True] * 4
    assert Source.objects.count() == 4


def test_preprint_and_published_version_are_different_works():
    preprint = (
        "TY  - JOUR\nTI  - Dupilumab in adolescents\nAU  - Smith, Anne\nT2  - medRxiv\n"
        "PY  - 2021\nDO  - 10.1101/2021.01.01.21249000\nER  - \n"
    )
    published = (
        "TY  - JOUR\nTI  - Dupilumab in adolescents\nAU  - Smith, Anne\nT2  - JAMA Dermatol\n"
        "PY  - 2021\nDO  - 10.1001/jamadermatol.2021.1234\nER  - \n"
    )

    outcomes = imported(preprint + "\n" + published)

    assert [outcome.is_new for outcome in outcomes] == [True, True]


def test_same_title_and_year_from_another_first_author_is_another_work():
    first = "TY  - JOUR\nTI  - Eczema\nAU  - Smith, Anne\nT2  - BMJ\nPY  - 2020\nER  - \n"
    second = "TY  - JOUR\nTI  - Eczema\nAU  - Jones, Bob\nT2  - BMJ\nPY  - 2020\nER  - \n"

    assert [outcome.is_new for outcome in imported(first + "\n" + second)] == [True, True]


def test_same_work_without_identifiers_on_one_side_is_still_recognised():
    """A record with a DOI and the same record without it, from another database, are one."""
    with_doi = (
        "TY  - JOUR\nTI  - Atopic dermatitis\nAU  - Weidinger, Stephan\n"
        "T2  - Lancet\nPY  - 2016\nDO  - 10.1016/S0140-6736(15)00149-X\nER  - \n"
    )
    without = (
        "TY  - JOUR\nTI  - Atopic Dermatitis.\nAU  - Weidinger S.\n"
        "T2  - The Lancet\nPY  - 2016\nER  - \n"
    )
    imported(with_doi)

    (outcome,) = import_references(entries=parse_references(without).entries)

    assert not outcome.is_new
    assert Source.objects.count() == 1


def test_journal_abbreviation_and_full_name_are_the_same_journal():
    stored = Source(
        kind="journal",
        title="Atopic dermatitis",
        authors="Leung, Donald",
        container_title="J Allergy Clin Immunol",
        year=2014,
    )
    record = {
        "kind": "journal",
        "title": "Atopic Dermatitis",
        "authors": "Leung, D. Y.",
        "container_title": "Journal of Allergy and Clinical Immunology",
        "year": 2014,
    }

    assert same_work(stored, record)


def test_reimporting_a_web_page_without_doi_pmid_or_year_is_idempotent():
    """Item 2: the DragoNN page imported twice is one source."""
    text = "TY  - ELEC\nTI  - DragoNN\nUR  - http://kundajelab.github.io/dragonn/\nER  - \n"

    imported(text)
    (outcome,) = imported(text)

    assert not outcome.is_new
    assert Source.objects.count() == 1


def test_pasting_the_same_undated_book_twice_in_one_import_gives_one_source():
    text = "TY  - BOOK\nTI  - Handbook of skin care\nPB  - BAD Press\nER  - \n"

    outcomes = imported(text + "\n" + text)

    assert [outcome.is_new for outcome in outcomes] == [True, False]
    assert Source.objects.count() == 1


def test_undated_pages_with_the_same_title_at_other_addresses_stay_apart():
    text = (
        "TY  - ELEC\nTI  - Eczema\nUR  - https://www.nhs.uk/conditions/eczema/\nER  - \n\n"
        "TY  - ELEC\nTI  - Eczema\nUR  - https://www.mayoclinic.org/eczema\nER  - \n"
    )

    assert [outcome.is_new for outcome in imported(text)] == [True, True]


PROQUEST = """\
TY  - JOUR
AU  - Quintanilla-Dieck, Lourdes
AU  - Penn, Edward B.
T1  - Congenital cholesteatoma
JF  - Otolaryngologic Clinics of North America
Y1  - 2018
VL  - 51
IS  - 6
SP  - 1081
EP  - 1090
AN  - 2127722164
N1  - Copyright - © 2018 Elsevier Inc.
N1  - Last updated - 2023-11-29
N1  - PMID: 30266286
DB  - ProQuest Central
UR  - https://www.proquest.com/scholarly-journals/congenital-cholesteatoma/docview/2127722164/se-2
ER  -
"""


def test_proquest_pmid_note_is_not_taken_for_a_pubmed_id():
    """Item 3: a ProQuest record's “PMID:” is not read as PubMed's identifier."""
    (entry,) = parse_references(PROQUEST).entries

    assert entry.is_valid
    assert entry.fields["pmid"] == ""


def test_pubmed_provenance_in_ris_gives_the_pmid():
    text = "TY  - JOUR\nTI  - Eczema\nT2  - BMJ\nPY  - 2020\nAN  - 31234567\nDB  - PubMed\nER  - \n"

    assert parse_references(text).entries[0].fields["pmid"] == "31234567"


def test_an_accession_number_of_another_database_is_not_a_pmid():
    text = "TY  - JOUR\nTI  - Eczema\nT2  - BMJ\nPY  - 2020\nAN  - 31234567\nDB  - Embase\nER  - \n"

    assert parse_references(text).entries[0].fields["pmid"] == ""


def test_bibtex_note_with_a_pmid_inside_other_text_is_not_a_pmid():
    text = "@article{a, title={Eczema}, journal={BMJ}, year={2020}, note={ProQuest PMID: 123456}}"

    assert parse_references(text).entries[0].fields["pmid"] == ""


def test_publishing_gate_does_not_call_two_corrections_duplicates():
    """The gate's duplicate check is the import's: two corrections with their own DOIs are two."""
    from editorial.checks import reference_problems
    from tests.factories import ArticleFactory, SourceFactory, attach, cite

    first = SourceFactory(title="Correction.", year=2020, doi="10.9999/test.corr.1")
    second = SourceFactory(title="Correction.", year=2020, doi="10.9999/test.corr.2")
    article = attach(ArticleFactory(body=f"<p>{cite(first, second)}</p>"), sources=[first, second])

    problems = reference_problems(article, list(article.article_references.all()))

    assert not any("duplicate" in problem.message for problem in problems)


def test_conference_abstract_in_the_same_journal_is_not_the_article():
    """Item 1: an abstract in a supplement shares title, year, author and journal, not pages."""
    abstract = (
        "TY  - JOUR\nTI  - Dupilumab in adolescents\nAU  - Smith, Anne\nT2  - Br J Dermatol\n"
        "PY  - 2021\nVL  - 185\nIS  - Suppl 1\nSP  - 45\nER  - \n"
    )
    article = (
        "TY  - JOUR\nTI  - Dupilumab in adolescents\nAU  - Smith, Anne\nT2  - Br J Dermatol\n"
        "PY  - 2021\nVL  - 185\nIS  - 4\nSP  - 701\nEP  - 709\nER  - \n"
    )

    assert [outcome.is_new for outcome in imported(abstract + "\n" + article)] == [True, True]


def test_zotero_html_note_with_a_pmid_line_gives_the_pmid():
    text = "TY  - JOUR\nTI  - Eczema\nT2  - BMJ\nPY  - 2020\nN1  - <p>PMID: 31234567</p>\nER  -\n"

    assert parse_references(text).entries[0].fields["pmid"] == "31234567"
