"""Fuzzing the import with hypothesis: no input crashes it, every failure is a reported error,
and what the exporters write always reads back the same."""

import datetime
import json
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from references.entries import make_entry
from references.exporters import to_bibtex, to_ris
from references.importers import ImportResult, parse_references
from references.imports import import_references
from references.models import NEEDS_DETAILS, Source
from references.vancouver import Name

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = [path.read_text(encoding="utf-8-sig") for path in sorted(FIXTURES.iterdir())]
# No example database: CI starts fresh anyway, and the work tree stays clean.
FUZZ = settings(max_examples=150, deadline=None, database=None)

RIS_TAGS = ["TY", "AU", "A1", "A2", "ED", "TI", "T1", "T2", "J2", "JO", "PY", "Y2", "DA", "VL"]
RIS_TAGS += ["IS", "SP", "EP", "DO", "UR", "AN", "DB", "N1", "PB", "CY", "ET", "BT", "ER", "ZZ"]
MEDLINE_TAGS = ["PMID", "TI", "FAU", "AU", "CN", "TA", "JT", "DP", "VI", "IP", "PG", "LID", "AID"]
MEDLINE_TAGS += ["BTI", "PB", "PL", "FED", "ED", "EN", "XYZ"]
values = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40
) | st.sampled_from(
    ["JOUR", "BOOK", "CHAP", "ELEC", "2016/04/02/", "10.1/x", "10.1517/14712598.2016.1", "et al."]
    + ["Brar, K", "https://example.org/a", "12345", "NBK1 [bookaccession]", "10.1000/abc [doi]"]
)


def ris_text():
    line = st.tuples(st.sampled_from(RIS_TAGS), values).map(lambda t: f"{t[0]}  - {t[1]}")
    return st.lists(line | values, max_size=40).map("\n".join)


def medline_text():
    line = st.tuples(st.sampled_from(MEDLINE_TAGS), values).map(lambda t: f"{t[0]:<4}- {t[1]}")
    return st.lists(line | st.just("") | values.map(lambda v: "      " + v), max_size=40).map(
        lambda lines: "PMID- 1\n" + "\n".join(lines)
    )


def bibtex_text():
    field = st.tuples(
        st.sampled_from(["author", "title", "journal", "year", "pages", "doi", "url", "editor"]),
        values,
        st.sampled_from(["{}", '""', "{{}}", "{", ""]),
    ).map(lambda t: f"{t[0]} = {t[2][:1]}{t[1]}{t[2][1:]}")
    entry = st.tuples(
        st.sampled_from(["article", "book", "incollection", "misc", "online", "weird"]),
        st.lists(field, max_size=8),
    ).map(lambda t: f"@{t[0]}{{key,\n" + ",\n".join(t[1]) + "\n}")
    return st.lists(entry | values, max_size=8).map("\n".join)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | values,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                ["type", "title", "author", "issued", "container-title", "DOI", "family"]
            )
            | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=20,
)


def mutated_sample():
    """A real export, cut, spliced or with junk inserted."""
    return st.tuples(
        st.sampled_from(SAMPLES), st.integers(0, 10_000), st.integers(0, 10_000), values
    ).map(lambda t: t[0][: t[1]] + t[3] + t[0][t[2] :])


def assert_every_failure_is_reported(result):
    assert isinstance(result, ImportResult)
    if result.error:
        assert result.entries == []
        return
    assert result.entries
    for entry in result.entries:
        if not entry.is_valid:
            assert entry.error.strip()
            continue
        source = Source(**entry.fields)
        if entry.fields["title"].endswith(NEEDS_DETAILS):
            source.clean_fields()
        else:
            source.full_clean(validate_unique=False, validate_constraints=False)


@FUZZ
@given(st.text())
def test_any_text(text):
    assert_every_failure_is_reported(parse_references(text))


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes(data):
    assert_every_failure_is_reported(parse_references(data))


@FUZZ
@given(ris_text() | medline_text() | bibtex_text() | mutated_sample())
def test_text_that_looks_like_an_export(text):
    assert_every_failure_is_reported(parse_references(text))


@FUZZ
@given(json_values.map(json.dumps))
def test_any_json(text):
    assert_every_failure_is_reported(parse_references(text))


@pytest.mark.django_db
@settings(FUZZ, max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ris_text() | medline_text() | bibtex_text() | mutated_sample())
def test_whatever_parses_also_saves(text):
    """Everything the parser passes as valid can be stored (no database error, no crash)."""
    result = parse_references(text)
    outcomes = import_references(entries=result.entries)
    assert len(outcomes) == len(result.valid)


# Round trip: any record the import can produce is written and read back unchanged.

words = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]),
    min_size=1,
    max_size=30,
).filter(lambda text: text.strip(" ,") and text.split())
people = st.builds(Name, family=words, given=words)
groups = st.builds(Name, family=words, is_group=st.just(True))


@st.composite
def imported_records(draw):
    kind = draw(st.sampled_from(Source.Kind.values))
    year = draw(st.none() | st.integers(1800, 2100))
    month = draw(st.none() | st.integers(1, 12)) if year else None
    day = draw(st.none() | st.integers(1, 28)) if month else None
    entry = make_entry(
        position=1,
        line=1,
        kind=kind,
        title=draw(words),
        authors=draw(st.lists(people | groups, max_size=4)),
        # As the readers produce them: editors only for chapters, issues only for journals,
        # a full journal title beside the abbreviation, a series (or nothing) for books.
        editors=draw(st.lists(people | groups, max_size=2)) if kind == "chapter" else [],
        more_authors=draw(st.booleans()),
        container_title=draw(st.just("") | words) if kind == "book" else draw(words),
        journal_title=draw(st.just("") | words) if kind == "journal" else "",
        edition=draw(st.just("") | st.sampled_from(["2", "3rd", "Rev ed"])),
        year=[year, month, day],
        volume=draw(st.just("") | words),
        issue=draw(st.just("") | st.text(string.digits, min_size=1, max_size=3))
        if kind == "journal"
        else "",
        report_number=draw(st.just("") | st.sampled_from(["WHO/TRS/1021", "12"]))
        if kind == "book"
        else "",
        pages=draw(st.just("") | st.sampled_from(["507-14", "507–514", "e1234", "S1--S9"])),
        publisher=draw(st.just("") | words),
        place=draw(st.just("") | words),
        url="https://example.org/x"
        if kind == "web"
        else draw(st.sampled_from(["", "https://a.b/c_%20d"])),
        doi=draw(st.sampled_from(["", "10.1517/14712598.2016.1135898", "10.1000/a_b%c"])),
        pmid=draw(st.sampled_from(["", "26694856"])),
        cited_on=draw(st.none() | st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 1, 1))),
    )
    assume(entry.is_valid)
    return entry


@FUZZ
@given(st.lists(imported_records(), min_size=1, max_size=3))
@pytest.mark.parametrize("write", [to_ris, to_bibtex], ids=["ris", "bibtex"])
def test_exported_records_read_back_unchanged(write, entries):
    text = write([entry.source() for entry in entries])
    again = parse_references(text)
    assert [entry.fields for entry in again.entries] == [entry.fields for entry in entries]


@pytest.mark.parametrize("text", ["Where?` said", "Wow!` twice", "a ``quoted'' word", "1--2"])
def test_tex_ligatures_typed_in_a_field_survive_a_bibtex_round_trip(text):
    """Found by the fuzz above: “?`” is TeX for “¿”; it must read back as typed."""
    entry = make_entry(
        position=1,
        line=1,
        kind=Source.Kind.BOOK,
        title="A book",
        publisher="Press",
        place=text,
        year=2020,
    )
    assert entry.is_valid, entry.error

    again = parse_references(to_bibtex([entry.source()]))

    assert again.entries[0].fields["place"] == text
