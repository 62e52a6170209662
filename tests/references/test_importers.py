"""Reading exports from PubMed, Zotero, EndNote and Mendeley (no database: parsing saves nothing).

The fixtures mirror what those tools write, edge cases included: continuation lines, unknown
tags, group authors, Unicode and LaTeX names, a byte order mark and CRLF line endings (EndNote),
cut-short records and entries missing what a Source needs.
"""

import datetime
import json
import random
import string
from pathlib import Path

import pytest

from references.importers import MAX_ENTRIES, MAX_IMPORT_BYTES, parse_references
from references.models import NEEDS_DETAILS

FIXTURES = Path(__file__).parent / "fixtures"


def read(name):
    return (FIXTURES / name).read_bytes()


def by_title(result):
    return {entry.fields["title"]: entry for entry in result.valid}


# PubMed (MEDLINE / .nbib)


def test_pubmed_export_reads_journal_articles_with_full_names_and_doi():
    result = parse_references(read("pubmed.nbib"))

    assert result.format == "medline"
    assert [entry.is_valid for entry in result.entries] == [True, True, True, True]
    first = result.entries[0].fields
    assert first["title"] == (
        "Severe atopic dermatitis is characterized by selective expansion of circulating "
        "TH2/TC2 and TH22/TC22, but not TH17/TC17, cells within the skin-homing T-cell "
        "population."
    )
    assert first["authors"].splitlines()[:2] == ["Czarnowicki, Tali", "Gonzalez, Juana"]
    assert len(first["authors"].splitlines()) == 12
    assert first["container_title"] == "J Allergy Clin Immunol"  # TA, as Vancouver prints it
    assert (first["year"], first["volume"], first["issue"]) == (2015, "136", "1")
    assert first["pages"] == "104-115.e7"
    assert first["doi"] == "10.1016/j.jaci.2015.01.020"  # the [doi] LID, not the [pii] one
    assert first["pmid"] == "25748064"
    assert first["publisher"] == first["place"] == ""  # PL of a journal is its country


def test_pubmed_record_prints_in_vancouver_with_et_al_after_six_authors():
    entry = parse_references(read("pubmed.nbib")).entries[1]

    assert entry.source().vancouver() == (
        "Brar K, Leung DYM. Recent considerations in the use of recombinant interferon gamma "
        "for biological therapy of atopic dermatitis. Expert Opin Biol Ther. "
        "2016 Apr;16(4):507-14. doi:10.1517/14712598.2016.1135898 PMID: 26694856"
    )
    assert (
        parse_references(read("pubmed.nbib"))
        .entries[0]
        .source()
        .vancouver()
        .startswith("Czarnowicki T, Gonzalez J, Shemer A, Malajian D, Xu H, Zheng X, et al. Severe")
    )


def test_pubmed_unknown_tag_is_reported_but_the_record_imports():
    entry = parse_references(read("pubmed.nbib")).entries[1]
    assert entry.is_valid
    assert entry.warnings == ["Tags not used: XYZ."]


def test_pubmed_bookshelf_chapter_becomes_a_chapter_with_its_book_and_address():
    fields = parse_references(read("pubmed.nbib")).entries[2].fields

    assert fields["kind"] == "chapter"
    assert (fields["title"], fields["container_title"]) == ("Eczema", "StatPearls")
    assert fields["authors"] == "Nemeth, Vanessa\nEvans, Joseph"
    assert (fields["place"], fields["publisher"]) == (
        "Treasure Island (FL)",
        "StatPearls Publishing",
    )
    assert fields["url"] == "https://www.ncbi.nlm.nih.gov/books/NBK538209/"
    assert fields["year"] == 2024


def test_pubmed_group_author_keeps_its_place_and_unicode_names_survive():
    fields = parse_references(read("pubmed.nbib")).entries[3].fields
    assert fields["authors"] == (
        "GBD 2019 Atopic Dermatitis Collaborators\nØstergaard, Åse\nMüller, Jürgen-Émile"
    )
    assert fields["doi"] == "10.1016/S0140-6736(19)31999-X"


def test_pubmed_export_cut_short_reports_the_broken_record_and_keeps_the_first():
    result = parse_references(read("pubmed_truncated.nbib"))

    assert result.entries[0].is_valid
    broken = result.entries[1]
    assert not broken.is_valid
    assert (broken.line, broken.label) == (15, "PMID 25748064")
    assert "cut short" in broken.error


def test_medline_line_that_is_not_a_tag_fails_only_its_record():
    text = "PMID- 1\nTI  - Fine\nTA  - J\n\nPMID- 2\nTI  - Broken\nthis is not a tag line\n"

    first, second = parse_references(text).entries

    assert first.is_valid
    assert second.error == ("Line 7 is not a MEDLINE “TAG - value” line: “this is not a tag line”.")


# RIS from Zotero


def test_zotero_ris_journal_article_uses_the_abbreviation_and_finds_the_pmid_note():
    result = parse_references(read("zotero.ris"))
    fields = result.entries[0].fields

    assert result.format == "ris"
    assert fields["kind"] == "journal"
    assert fields["authors"] == "Brar, Kanwaljit\nLeung, Donald Y. M."
    assert fields["container_title"] == "Expert Opin Biol Ther"  # J2, not T2's full name
    assert fields["pages"] == "507–514"  # SP and EP joined
    assert fields["doi"] == "10.1517/14712598.2016.1135898"
    assert fields["url"] == ""  # only a doi.org link, which the DOI already gives
    assert fields["pmid"] == "26694856"  # "N1  - PMID: ..."
    assert fields["cited_on"] == datetime.date(2024, 2, 27)  # Y2 with a time


def test_zotero_ris_book_chapter_and_web_page():
    entries = by_title(parse_references(read("zotero.ris")))

    book = entries["Handbook of skin care"].fields
    assert (book["kind"], book["authors"], book["edition"]) == (
        "book",
        "British Association of Dermatologists",  # a group: no comma
        "2nd",
    )
    chapter = entries["Atopic dermatitis"].fields
    assert chapter["kind"] == "chapter"
    assert chapter["container_title"] == "Fitzpatrick's Dermatology"
    assert chapter["editors"] == "Kang, Sewon\nAmagai, Masayuki"
    assert chapter["pages"] == "363–384"
    page = entries["Scenario: Severe eczema"].fields
    assert (page["kind"], page["container_title"]) == ("web", "NICE")
    assert page["url"].startswith("https://cks.nice.org.uk/")


def test_zotero_ris_unicode_names_are_kept():
    fields = by_title(parse_references(read("zotero.ris")))[
        "Filaggrin mutations in Ødegaard's cohort: Ærø and Åland"
    ].fields
    assert fields["authors"] == "Østergaard, Åse\nJean-Pierre, Émile-Louis\nNúñez, José María"


def test_ris_entry_missing_its_journal_is_an_error_and_the_others_still_import():
    result = parse_references(read("zotero.ris"))

    assert len(result.valid) == 5
    (missing,) = result.failed
    assert missing.position == 6
    assert missing.label == "A journal article exported without its journal"
    assert missing.error == "Journal / book / website: A journal article needs its journal."


def test_ris_with_crlf_line_endings_reads_the_same():
    text = read("zotero.ris").decode()
    lf = parse_references(text)
    crlf = parse_references(text.replace("\n", "\r\n"))
    assert [e.fields for e in crlf.entries] == [e.fields for e in lf.entries]


# RIS from EndNote: byte order mark, CRLF, corporate authors with a trailing comma


def test_endnote_ris_with_bom_and_crlf():
    result = parse_references(read("endnote.ris"))

    assert result.format == "ris"
    assert len(result.entries) == 5
    first = result.entries[0].fields
    assert first["more_authors"] is True  # "AU  - et al."
    assert len(first["authors"].splitlines()) == 7
    assert first["container_title"] == "J Allergy Clin Immunol"  # JO before JF
    assert first["pages"] == "104–115.e7"
    assert first["pmid"] == "25748064"  # accession number in the NLM database
    assert result.entries[0].warnings == ["Tags not used: ZZ."]


def test_endnote_ris_old_tags_corporate_authors_and_types():
    entries = parse_references(read("endnote.ris")).entries

    chapter = entries[1].fields
    assert (chapter["kind"], chapter["container_title"]) == ("chapter", "StatPearls")  # BT
    assert chapter["editors"] == "StatPearls Editorial Board"  # "ED  - …," is a group
    assert chapter["cited_on"] == datetime.date(2024, 2, 24)
    report = entries[2].fields
    assert report["kind"] == "book"
    assert report["authors"] == "National Institute for Health and Care Excellence"
    generic = entries[3]
    assert generic.fields["kind"] == "web"
    assert generic.warnings == ["The RIS type “GEN” was imported as a web page."]


def test_endnote_ris_record_without_end_line_is_reported():
    last = parse_references(read("endnote.ris")).entries[4]
    assert last.label == "A record EndNote cut short"
    assert last.error == "No end-of-record line (ER  -): the file may be cut short."


# BibTeX


def test_bibtex_journal_article_with_string_macro_others_and_pubmed_eprint():
    result = parse_references(read("library.bib"))
    entries = result.entries

    assert result.format == "bibtex"
    brar = entries[0].fields
    assert brar["container_title"] == "Expert Opin Biol Ther"  # shortjournal
    assert brar["pages"] == "507–514"  # "--" is an en dash
    assert brar["pmid"] == "26694856"
    czarnowicki = entries[1].fields
    assert czarnowicki["container_title"] == "J Allergy Clin Immunol"  # @string jaci
    assert czarnowicki["more_authors"] is True  # "and others"
    assert czarnowicki["pmid"] == "25748064"  # eprinttype = pubmed
    assert "TH2/TC2 and TH22/TC22" in czarnowicki["title"]  # protective braces dropped


def test_bibtex_group_author_chapter_and_web_page():
    entries = parse_references(read("library.bib")).entries

    assert entries[2].fields["authors"] == "British Association of Dermatologists"
    chapter = entries[3].fields
    assert (chapter["kind"], chapter["editors"]) == ("chapter", "Kang, Sewon\nAmagai, Masayuki")
    page = entries[4].fields
    assert (page["kind"], page["container_title"]) == ("web", "NICE")
    assert page["cited_on"] == datetime.date(2024, 2, 27)


def test_bibtex_latex_accents_and_escapes_become_unicode():
    fields = parse_references(read("library.bib")).entries[5].fields
    assert fields["authors"] == "Østergaard, Åse\nJean-Pierre, Émile-Louis\nNúñez, José María"
    assert (
        fields["title"] == "Filaggrin mutations in Ødegaard's cohort: IL-4 & IL-13 in 50% of cases"
    )


def test_bibtex_broken_entry_is_reported_and_the_next_one_still_reads():
    entries = parse_references(read("library.bib")).entries

    broken = entries[6]
    assert (broken.line, broken.label) == (71, "@article{broken2018,")
    assert broken.error.startswith("Not valid BibTeX: Unexpected block start")
    patent = entries[7]
    assert patent.fields["authors"] == "Smith, John"
    assert patent.warnings == [
        "The BibTeX type @patent was imported as a book.",
        "The suffix “Jr” of Smith was left out.",
    ]


# CSL-JSON


def test_csl_json_from_zotero():
    result = parse_references(read("zotero.json"))
    entries = result.entries

    assert result.format == "csl-json"
    article = entries[0].fields
    assert article["container_title"] == "Expert Opin Biol Ther"  # journalAbbreviation
    assert (article["year"], article["pmid"]) == (2016, "26694856")
    assert article["cited_on"] == datetime.date(2024, 2, 27)  # a date part given as text
    assert entries[1].fields["authors"] == "British Association of Dermatologists"  # literal
    assert entries[2].fields["edition"] == "9th"  # CSL editions are numbers
    assert entries[3].fields["year"] == 2023  # {"raw": "2023"}
    particles = entries[4]
    assert particles.fields["authors"] == "van der Berg, Jan\nSmith, John"
    assert particles.fields["more_authors"] is True
    assert particles.fields["volume"] == "186"  # a JSON number


def test_csl_json_bad_items_are_reported_one_by_one():
    entries = parse_references(read("zotero.json")).entries
    assert entries[5].error == "Journal / book / website: A journal article needs its journal."
    assert entries[6].error == "Not a CSL-JSON item (an object with “type” and “title”)."


def test_csl_json_cut_short_keeps_the_items_before_the_break():
    text = read("zotero.json").decode()
    cut = text[: text.index('"id": "leung2019"') + 30]

    entries = parse_references(cut).entries

    assert [entry.is_valid for entry in entries] == [True, True, False]
    assert entries[2].error.startswith("Not valid JSON")
    assert entries[2].error.endswith("Entries after it could not be read.")


def test_csl_json_single_object():
    item = {"type": "webpage", "title": "W", "URL": "https://example.org/w"}
    (entry,) = parse_references(json.dumps(item)).entries
    assert entry.fields["kind"] == "web"


# DOI and PMID lines


def test_doi_and_pmid_lines_become_placeholders_that_say_so():
    text = (
        "10.1016/j.jaci.2015.01.020\n"
        "doi:10.1517/14712598.2016.1135898\n"
        "https://doi.org/10.2340/00015555-3775\n"
        "PMID: 26694856\n"
        "\n"
        "32119414\n"
        "not an identifier\n"
    )

    result = parse_references(text)

    assert result.format == "identifiers"
    dois = [entry.fields.get("doi") for entry in result.valid]
    assert dois == [
        "10.1016/j.jaci.2015.01.020",
        "10.1517/14712598.2016.1135898",
        "10.2340/00015555-3775",
        "",
        "",
    ]
    assert [entry.fields.get("pmid") for entry in result.valid][3:] == ["26694856", "32119414"]
    first = result.entries[0]
    assert first.fields["title"] == f"DOI 10.1016/j.jaci.2015.01.020 {NEEDS_DETAILS}"
    assert first.note.startswith("Only the DOI is known")
    (bad,) = result.failed
    assert (bad.position, bad.line) == (6, 7)
    assert bad.error.startswith("Not a DOI")


# Bad input as a whole


def test_windows_1252_export_fails_only_the_entries_with_accents():
    text = read("zotero.ris").decode()

    result = parse_references(text.encode("cp1252", errors="replace"))

    failed = {entry.position: entry.error for entry in result.failed}
    assert "not UTF-8" in failed[5]  # Østergaard, Ærø …
    assert result.entries[0].is_valid


def test_utf16_with_byte_order_mark_is_read():
    data = "\ufeff".encode("utf-16-le") + read("zotero.ris").decode().encode("utf-16-le")
    assert len(parse_references(data).valid) == 5


def test_binary_file_is_refused_as_a_whole():
    result = parse_references(b"%PDF-1.7\n\x00\x01\x02\xff" * 100)
    assert result.entries == []
    assert "not text in UTF-8" in result.error


@pytest.mark.parametrize("as_bytes", [True, False])
def test_more_than_five_megabytes_is_refused_at_once(as_bytes):
    junk = "x" * (MAX_IMPORT_BYTES + 1)
    result = parse_references(junk.encode() if as_bytes else junk)
    assert result.error.startswith("This is more than 5 MB")


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "Nothing to import"),
        ("   \n\n", "Nothing to import"),
        ("Smith J. A paper I read once. Some Journal; 2019.", "No references were recognised"),
    ],
)
def test_empty_or_unrecognised_text(text, error):
    assert parse_references(text).error.startswith(error)


def test_very_long_imports_stop_at_the_entry_limit_with_a_notice():
    text = "\n".join(str(n) for n in range(1, MAX_ENTRIES + 3))
    result = parse_references(text)
    assert len(result.entries) == MAX_ENTRIES
    assert result.notices == [
        f"Only the first {MAX_ENTRIES:,} references were read: import the rest separately."
    ]


def test_control_characters_are_removed_from_values():
    text = "TY  - JOUR\nTI  - Null\x00 and bell\x07 here\nT2  - J\nER  - \n"
    (entry,) = parse_references(text).entries
    assert entry.fields["title"] == "Null and bell here"


def test_bibtex_name_starting_with_a_latex_accent_keeps_it():
    text = r"@article{a, author = {Smith, J. and \'Emile, B. and {\O}stergaard, A}, title = {T},"
    text += " journal = {J}}"
    (entry,) = parse_references(text).entries
    assert entry.fields["authors"] == "Smith, J.\nÉmile, B.\nØstergaard, A"


@pytest.mark.parametrize(
    "junk",
    [
        "@article{" * ((MAX_IMPORT_BYTES - 100) // 9),  # half a million broken BibTeX entries
        "TY  - JOUR\n" * ((MAX_IMPORT_BYTES - 100) // 11),  # records that never end
        "".join(random.Random(1).choices(string.printable, k=MAX_IMPORT_BYTES - 100)),
    ],
    ids=["bibtex-like", "ris-like", "random"],
)
def test_five_megabytes_of_junk_get_one_clear_error(junk):
    result = parse_references(junk)
    assert result.entries == []
    assert result.error.startswith(("Nothing could be read as", "No references were recognised"))
