"""Our three styles against an independent oracle (citeproc-py with the official CSL styles), on
every real-format export in fixtures/. The deviations accepted, each with its reason, are listed
in ``oracle.DEVIATIONS``; after them at least 95 % of references must read the same, per style
and per fixture (each fixture is one export format of one database)."""

import pytest

from tests.references.oracle import (
    DEVIATIONS,
    FIXTURE_NAMES,
    compare,
    fixture_sources,
    oracle,
    sources_of,
)

TARGET = 0.95


def test_every_database_export_is_a_fixture():
    names = set(FIXTURE_NAMES)
    assert {"pubmed.nbib", "zotero.ris", "zotero.json", "endnote.ris", "mendeley.bib"} <= names
    assert {"scopus.ris", "scopus.bib", "embase.ris", "ovid.ris", "proquest.ris"} <= names
    assert {"wos.bib", "library.bib"} <= names
    assert all(sources_of(name)[1] for name in names)  # each reads


@pytest.mark.parametrize("style", ["vancouver", "apa", "ama"])
@pytest.mark.parametrize("fixture", FIXTURE_NAMES)
def test_style_agrees_with_the_oracle(fixture, style):
    _, sources = sources_of(fixture)
    results = [compare(source, style) for source in sources]
    agreeing = sum(1 for *_, after in results if after)
    differences = "\n".join(
        f"ours:   {ours}\noracle: {theirs}" for ours, theirs, _, after in results if not after
    )
    assert agreeing / len(results) >= TARGET, differences


def test_every_deviation_is_needed_and_says_why():
    """A deviation that changes nothing on any fixture would hide future differences."""
    for deviation in DEVIATIONS:
        assert len(deviation.reason) > 40
        used = False
        for _, sources in fixture_sources().values():
            for source in sources:
                for style in deviation.styles:
                    ours, theirs = source.formatted(style), oracle(source, style)
                    if deviation.fix(ours, theirs, source, style) != (ours, theirs):
                        used = True
        assert used, deviation.reason
