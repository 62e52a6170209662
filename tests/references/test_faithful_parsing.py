"""Reading real exports faithfully (issue 13, items 4–9), each on a minimal input."""

import datetime

import pytest

from references.exporters import to_bibtex, to_ris
from references.importers import parse_references
from references.models import Source


def one(text):
    (entry,) = parse_references(text).entries
    assert entry.is_valid, entry.error
    return entry


# Item 4: repeated BibTeX keys and fields


SCOPUS_REPEATED_FIELD = """\
@string{nejm = "N Engl J Med"}
@ARTICLE{Brown2020,
author={Brown, Anne and Green, Bob},
title={Dupilumab for atopic dermatitis},
journal=nejm,
year={2020},
volume={382},
pages={1-10},
author_email={anne@example.org},
author_email={bob@example.org},
}
"""


def test_bibtex_repeated_field_keeps_names_macros_and_says_which_value_was_kept():
    entry = one(SCOPUS_REPEATED_FIELD)

    assert entry.fields["authors"] == "Brown, Anne\nGreen, Bob"
    assert entry.fields["container_title"] == "N Engl J Med"
    assert entry.fields["title"] == "Dupilumab for atopic dermatitis"
    # As BibTeX itself does, the first value counts, and the warning says so.
    assert entry.warnings == [
        "The field author_email appears more than once; the first value was used."
    ]


def test_bibtex_repeated_key_reads_both_entries_with_their_names():
    text = (
        "@article{k, author={Brown, Anne and Green, Bob}, title={One}, journal={BMJ}, "
        "year={2020}}\n"
        "@article{k, author={White, Carol}, title={Two}, journal={BMJ}, year={2021}}\n"
    )

    first, second = parse_references(text).entries

    assert first.fields["authors"] == "Brown, Anne\nGreen, Bob"
    assert second.fields["authors"] == "White, Carol"


# Item 5: Embase names without a comma


def test_embase_names_without_a_comma_are_people_with_initials():
    text = (
        "TY  - JOUR\nAU  - Quintanilla-Dieck L.\nAU  - Penn E.B.\nAU  - van der Berg J.M.\n"
        "T1  - Congenital cholesteatoma\nJF  - Otolaryngologic Clinics of North America\n"
        "Y1  - 2018\nER  - \n"
    )

    source = one(text).source()

    assert source.authors == "Quintanilla-Dieck, L.\nPenn, E.B.\nvan der Berg, J.M."
    assert source.vancouver().startswith("Quintanilla-Dieck L, Penn EB, van der Berg JM. ")


def test_group_author_without_a_comma_stays_a_group():
    text = "TY  - BOOK\nAU  - World Health Organization\nT1  - Guidelines\nPY  - 2020\nER  - \n"

    assert one(text).fields["authors"] == "World Health Organization"


# Item 6: database landing pages


@pytest.mark.parametrize(
    "landing",
    [
        "https://www.scopus.com/inward/record.uri?eid=2-s2.0-85079&doi=10.1056%2fNEJMoa1&md5=9a8b",
        "https://www.embase.com/search/results?subaction=viewrecord&id=L2004567890",
        "https://www.lens.org/lens/scholar/article/000-111-222/main",
        "https://app.dimensions.ai/details/publication/pub.1125000000",
    ],
)
def test_database_landing_page_is_dropped_when_the_record_has_a_doi(landing):
    text = (
        "TY  - JOUR\nAU  - Brown, Anne\nTI  - Dupilumab\nT2  - N Engl J Med\nPY  - 2020\n"
        f"DO  - 10.1056/NEJMoa1\nUR  - {landing}\nER  - \n"
    )

    entry = one(text)

    assert entry.fields["url"] == ""
    assert "Available from" not in entry.source().vancouver()


def test_publisher_page_is_kept_beside_the_doi():
    text = (
        "TY  - JOUR\nTI  - Dupilumab\nT2  - N Engl J Med\nPY  - 2020\nDO  - 10.1056/NEJMoa1\n"
        "UR  - https://www.nejm.org/doi/full/10.1056/NEJMoa1\nER  - \n"
    )

    assert one(text).fields["url"] == "https://www.nejm.org/doi/full/10.1056/NEJMoa1"


# Item 7: one bad field, arXiv, crossref, \href, quotes, “And”, epub date, LID, report numbers


def test_over_long_field_is_truncated_with_a_warning_not_the_whole_entry_refused():
    text = (
        f"TY  - JOUR\nTI  - Eczema\nT2  - BMJ\nPY  - 2020\nVL  - {'1' * 80}\n"
        f"PB  - {'Publisher ' * 40}\nER  - \n"
    )

    entry = one(text)

    assert entry.fields["volume"] == ""
    assert len(entry.fields["publisher"]) <= 255
    assert any("Volume" in warning for warning in entry.warnings)
    assert any("Publisher" in warning for warning in entry.warnings)


def test_online_arxiv_entry_without_url_gets_its_arxiv_address():
    text = (
        "@online{avsec2021, author={Avsec, Žiga}, title={Effective gene expression prediction},"
        " year={2021}, eprint={2108.07195}, eprinttype={arXiv}}"
    )

    assert one(text).fields["url"] == "https://arxiv.org/abs/2108.07195"


def test_bibtex_crossref_brings_the_books_fields_to_the_chapter():
    text = (
        "@incollection{leung, author={Leung, Donald}, title={Atopic dermatitis}, "
        "crossref={fitz}, pages={363--384}}\n"
        "@book{fitz, title={Fitzpatrick's Dermatology}, editor={Kang, Sewon}, "
        "publisher={McGraw-Hill}, address={New York}, year={2019}, edition={9th}}\n"
    )

    chapter = parse_references(text).entries[0].fields

    assert chapter["container_title"] == "Fitzpatrick's Dermatology"
    assert chapter["editors"] == "Kang, Sewon"
    assert (chapter["publisher"], chapter["year"], chapter["edition"]) == (
        "McGraw-Hill",
        2019,
        "9th",
    )


def test_href_url_has_no_trailing_brace():
    text = (
        "@misc{nice, title={Eczema}, year={2023}, "
        "howpublished={\\href{https://cks.nice.org.uk/eczema}{NICE CKS}}}"
    )

    assert one(text).fields["url"] == "https://cks.nice.org.uk/eczema"


def test_tex_quotes_are_decoded_in_a_value_without_other_latex():
    text = "@article{a, title={The ``itch'' of eczema}, journal={BMJ}, year={2020}}"

    assert one(text).fields["title"] == "The “itch” of eczema"


def test_capitalised_and_separates_bibtex_names():
    text = "@article{a, author={Brown, Anne And Green, Bob}, title={X}, journal={BMJ}, year={2020}}"

    assert one(text).fields["authors"] == "Brown, Anne\nGreen, Bob"


def test_endnote_epub_date_of_a_journal_article_is_not_its_edition():
    text = "TY  - JOUR\nTI  - Eczema\nT2  - BMJ\nPY  - 2020\nET  - 2019/11/05\nER  - \n"

    assert one(text).fields["edition"] == ""


def test_medline_article_number_without_type_becomes_the_pages():
    text = "PMID- 31234567\nTI  - Eczema.\nTA  - PLoS One\nDP  - 2019\nVI  - 14\nLID - e0212345\n"

    assert one(text).fields["pages"] == "e0212345"


def test_report_number_is_not_an_issue():
    text = (
        "@techreport{who, author={{World Health Organization}}, title={Atopic eczema}, "
        "institution={WHO}, number={WHO/TRS/1021}, year={2020}}"
    )

    fields = one(text).fields

    assert fields["issue"] == ""
    assert fields["report_number"] == "WHO/TRS/1021"


# Item 8: round trip of a book's series (its container title)


@pytest.mark.parametrize("export", [to_ris, to_bibtex])
def test_book_container_title_survives_export_and_import(export):
    book = Source(
        kind="book",
        title="Eczema in children",
        container_title="Oxford Specialist Handbooks",
        publisher="Oxford University Press",
        year=2020,
    )

    (entry,) = parse_references(export([book])).entries

    assert entry.fields["container_title"] == "Oxford Specialist Handbooks"


# Item 9: month, day, full journal title and abbreviation


def test_medline_keeps_month_day_and_both_journal_titles():
    text = (
        "PMID- 31690000\nTI  - Eczema.\nDP  - 2019 Nov 5\nJT  - Nature materials\n"
        "TA  - Nat Mater\nVI  - 18\n"
    )

    fields = one(text).fields

    assert (fields["year"], fields["month"], fields["day"]) == (2019, 11, 5)
    assert fields["container_title"] == "Nat Mater"
    assert fields["journal_title"] == "Nature materials"


def test_ris_keeps_both_journal_titles_and_the_date():
    text = (
        "TY  - JOUR\nTI  - Eczema\nJF  - Nature Materials\nJA  - Nat. Mater.\n"
        "PY  - 2019\nDA  - 2019/11/05/\nER  - \n"
    )

    fields = one(text).fields

    assert (fields["container_title"], fields["journal_title"]) == (
        "Nat. Mater.",
        "Nature Materials",
    )
    assert (fields["year"], fields["month"], fields["day"]) == (2019, 11, 5)


def test_csl_json_keeps_both_journal_titles_and_the_date():
    text = (
        '[{"type": "article-journal", "title": "Eczema", "container-title": "Nature Materials",'
        ' "container-title-short": "Nat Mater", "issued": {"date-parts": [[2019, 11, 5]]}}]'
    )

    fields = one(text).fields

    assert (fields["container_title"], fields["journal_title"]) == ("Nat Mater", "Nature Materials")
    assert (fields["month"], fields["day"]) == (11, 5)


def test_biblatex_keeps_both_journal_titles_and_the_date():
    text = (
        "@article{a, title={Eczema}, journaltitle={Nature Materials}, shortjournal={Nat Mater},"
        " date={2019-11-05}}"
    )

    fields = one(text).fields

    assert (fields["container_title"], fields["journal_title"]) == ("Nat Mater", "Nature Materials")
    assert (fields["year"], fields["month"], fields["day"]) == (2019, 11, 5)


def test_month_and_full_title_survive_the_round_trip():
    source = Source(
        kind="journal",
        title="Eczema",
        container_title="Nat Mater",
        journal_title="Nature Materials",
        year=2019,
        month=11,
        day=5,
        cited_on=datetime.date(2024, 1, 2),
    )

    for export in (to_ris, to_bibtex):
        fields = one(export([source])).fields
        assert (fields["container_title"], fields["journal_title"]) == (
            "Nat Mater",
            "Nature Materials",
        )
        assert (fields["year"], fields["month"], fields["day"]) == (2019, 11, 5)


# Database exports (fixtures/): what each database writes where


def fixture(name):
    from pathlib import Path

    return parse_references((Path(__file__).parent / "fixtures" / name).read_bytes())


def test_scopus_ris_pubmed_id_and_article_number():
    simpson, _, thomsen, _ = fixture("scopus.ris").entries

    assert simpson.fields["pmid"] == "27690741"  # C2 in Scopus exports
    assert simpson.fields["url"] == ""  # the Scopus record page, beside a DOI
    assert thomsen.fields["pages"] == "354250"  # C7: the article number


def test_scopus_and_web_of_science_bibtex_journal_abbreviations():
    palmer = fixture("scopus.bib").entries[0].fields
    simpson = fixture("wos.bib").entries[0].fields

    assert (palmer["container_title"], palmer["journal_title"]) == (
        "Nat. Genet.",
        "Nature Genetics",
    )
    assert simpson["container_title"] == "N. Engl. J. Med."  # Journal-ISO
    assert simpson["journal_title"] == "New England Journal of Medicine"  # not in capitals
    assert (simpson["month"], simpson["day"]) == (12, 15)  # Month = {DEC 15}
    assert fixture("wos.bib").entries[2].fields["journal_title"] == ""  # “ISRN Allergy” twice


def test_ovid_accession_number_of_medline_is_the_pmid_and_embase_gives_none():
    assert fixture("ovid.ris").entries[0].fields["pmid"] == "26377142"
    assert [entry.fields["pmid"] for entry in fixture("embase.ris").entries] == ["", "", ""]


def test_medline_journal_title_without_nlm_qualifier():
    text = (
        "PMID- 31536210\nTI  - Burden.\nDP  - 2019\nJT  - Lancet (London, England)\n"
        "TA  - Lancet\n\n"
        "PMID- 31536211\nTI  - Other.\nDP  - 2019\nJT  - BMJ (Clinical research ed.)\nTA  - BMJ\n"
    )

    lancet, bmj = parse_references(text).entries

    assert lancet.source().formatted("apa").startswith("Burden. (2019). Lancet.")
    assert bmj.fields["journal_title"] == ""  # the same as the abbreviation
