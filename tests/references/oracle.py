"""An independent oracle for the citation styles: citeproc-py with the official CSL styles.

The styles in ``csl/`` are copied unchanged from citation-style-language/styles (commit
0819c0e0b7d4a0301ff063521f91818cb697ca5b, 2026-08-21; CC BY-SA 3.0, see csl/README.md). Each
Source read from a fixture is printed by our style and by the oracle from the same record as
CSL-JSON; the strings are compared after the deviations below, each accepted for a reason
written with it: a bug of the oracle, or a rule of the rule book (or a local choice) it does not
follow. Nothing else is normalised.
"""

import copy
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle
from citeproc import formatter as citeproc_formatter
from citeproc.source.json import CiteProcJSON

from references import apa
from references.importers import parse_references

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
STYLE_FILES = {
    "vancouver": "nlm-citation-sequence.csl",
    "apa": "apa.csl",
    "ama": "american-medical-association.csl",
}
CSL_TYPES = {"journal": "article-journal", "book": "book", "chapter": "chapter", "web": "webpage"}
_styles = {}
_printed = {}  # (id of a Source, style) → (the Source, kept alive, and the oracle's text)


def csl_item(source):
    """The Source as a CSL-JSON item, field for field."""
    item = {"id": "item", "type": CSL_TYPES[source.kind], "title": source.title}
    if source.kind == "book" and source.report_number:
        item.update(type="report", number=source.report_number)
    if source.author_list:
        item["author"] = [csl_name(name) for name in source.author_list]
    if source.editor_list:
        item["editor"] = [csl_name(name) for name in source.editor_list]
    if source.kind == "journal":
        item["container-title"] = source.journal_full_title
        item["container-title-short"] = source.container_title
    elif source.kind == "book":
        if source.container_title:
            item["collection-title"] = source.container_title
    elif source.container_title:
        item["container-title"] = source.container_title
    if source.year:
        parts = [part for part in (source.year, source.month, source.day) if part]
        item["issued"] = {"date-parts": [parts]}
    if source.cited_on:
        cited = source.cited_on
        item["accessed"] = {"date-parts": [[cited.year, cited.month, cited.day]]}
    fields = {"edition": "edition", "volume": "volume", "issue": "issue", "pages": "page"}
    fields |= {"publisher": "publisher", "place": "publisher-place", "url": "URL", "doi": "DOI"}
    for ours, theirs in fields.items():
        if value := getattr(source, ours):
            item[theirs] = value
    if source.kind == "journal" and apa.ARTICLE_NUMBER.fullmatch(source.pages):
        item["number"] = item.pop("page")  # CSL keeps article numbers in “number”
    return item


def csl_name(name):
    return (
        {"literal": name.family} if name.is_group else {"family": name.family, "given": name.given}
    )


def oracle(source, style):
    """The reference as citeproc-py prints it with the official CSL style, as plain text."""
    key = id(source), style
    if key not in _printed:
        _printed[key] = (source, _render(source, style))
    return _printed[key][1]


def _render(source, style):
    if style not in _styles:
        _styles[style] = CitationStylesStyle(str(HERE / "csl" / STYLE_FILES[style]), validate=False)
    bibliography = CitationStylesBibliography(
        _styles[style], CiteProcJSON([csl_item(source)]), citeproc_formatter.plain
    )
    bibliography.register(Citation([CitationItem("item")]))
    return re.sub(r"^\d+\.\s*", "", str(bibliography.bibliography()[0]))  # the list number


@dataclass(frozen=True)
class Deviation:
    styles: tuple
    reason: str
    fix: object  # (ours, theirs, source, style) -> (ours, theirs)


def _expanded_range(ours, theirs, source, style):
    """The record's page range as the oracle prints it, written in full."""
    match = re.fullmatch(r"(\d+)\s*(?:[-–—]+)\s*(\d+)", source.pages.strip())
    if not match:
        return ours, theirs
    first, last = match.groups()
    full = first[: len(first) - len(last)] + last if len(last) < len(first) else last
    for dash in "-–":
        theirs = theirs.replace(f"{first}{dash}{last}.", f"{first}{dash}{full}.")
        theirs = theirs.replace(f"{first}{dash}{last},", f"{first}{dash}{full},")
        theirs = theirs.replace(f"{first}{dash}{last})", f"{first}{dash}{full})")
    return ours, theirs


def _without_groups_semicolons(ours, theirs, source, style):
    for name in source.author_list:
        if name.is_group:
            ours = ours.replace(f"{name.family}; ", f"{name.family}, ")
            ours = ours.replace(f"; {name.family}", f", {name.family}")
    return ours, theirs


def _without_more_authors(ours, theirs, source, style):
    if source.more_authors:
        source = copy.copy(source)
        source.more_authors = False
        ours = source.formatted(style)
    return ours, theirs


def _title_once(ours, theirs, source, style):
    title = source.title.strip().rstrip(".") + ". "
    first = theirs.find(title)
    if first >= 0 and theirs.find(title, first + len(title)) >= 0:
        later = theirs.find(title, first + len(title))
        theirs = theirs[:later] + theirs[later + len(title) :]
    return ours, theirs


def _not_internet_with_doi(ours, theirs, source, style):
    if source.kind == "journal" and source.doi and not source.url:
        ours = re.sub(r" \[cited [^\]]+\]", "", ours.replace(" [Internet]", ""))
    return ours, theirs


ALL = ("vancouver", "apa", "ama")
DEVIATIONS = [
    Deviation(
        ALL,
        "The record says more authors exist than are listed (“et al.”/“others” in the export); "
        "CSL-JSON cannot say so, so the oracle ends the list without “et al”.",
        _without_more_authors,
    ),
    Deviation(
        ALL,
        "Local choice: the PMID follows the DOI in every style (“PMID: n”, as PubMed's own "
        "citations write it, linked), for health readers; the oracle writes it in Vancouver "
        "only (“PubMed PMID: n.”) and not at all in APA and AMA, which have no element for it.",
        lambda ours, theirs, source, style: (
            re.sub(r" PMID: \d+$", "", ours),
            re.sub(r" PubMed PMID: \d+\.$", "", theirs),
        ),
    ),
    Deviation(
        ALL,
        "Oracle bug: citeproc-py adds a period after a title ending in “?” (“studies?.”).",
        lambda ours, theirs, source, style: (ours, theirs.replace("?.", "?")),
    ),
    Deviation(
        ("vancouver", "ama"),
        "A group author is set off from the people around it by a semicolon (Citing Medicine "
        "ch. 1, “Organization as author”; AMA §3.6.1); CSL has one delimiter for all names.",
        _without_groups_semicolons,
    ),
    Deviation(
        ("vancouver",),
        "Oracle bug: citeproc-py runs the date parts together (“2016Apr2”); Citing Medicine "
        "writes “2016 Apr 2”.",
        lambda ours, theirs, source, style: (
            ours,
            re.sub(r"(\d{4})([A-Z][a-z]{2})(\d{0,2})", _spaced_date, theirs),
        ),
    ),
    Deviation(
        ("vancouver",),
        "Citing Medicine joins page ranges with a hyphen (“155-8”); the style's en dash is a "
        "typographic choice of the CSL file.",
        lambda ours, theirs, source, style: (ours, re.sub(r"(?<=\w)–(?=\w)", "-", theirs)),
    ),
    Deviation(
        ("vancouver",),
        "Ranges with a suffix (“104-115.e7”) print as PubMed and the record write them; the "
        "oracle abbreviates the number before the suffix (“104-15.e7”).",
        lambda ours, theirs, source, style: (
            ours,
            re.sub(r"(\d+)([-–])(\d+)(\.e\d+)", _full, theirs),
        ),
    ),
    Deviation(
        ("vancouver",),
        "A journal article with a date cited was read online, and Citing Medicine (ch. 1, "
        "journal articles on the Internet) marks it “[Internet]” and “[cited …]”; the CSL "
        "style drops both when the article has a DOI.",
        _not_internet_with_doi,
    ),
    Deviation(
        ("apa", "ama"),
        'Oracle bug: citeproc-py ignores page-range-format="expanded" (APA 7 §9.? and AMA '
        "§3.12.9 print ranges in full, “507–514”), printing the range as the record has it.",
        _expanded_range,
    ),
    Deviation(
        ("apa", "ama"),
        "Oracle bug: a web page without an author prints its title twice.",
        _title_once,
    ),
    Deviation(
        ("apa",),
        "Oracle bug: citeproc-py prints the editor label in lower case; APA 7 §10.3 writes "
        "“(Ed.)” and “(Eds.)”.",
        lambda ours, theirs, source, style: (
            ours,
            theirs.replace("(eds.)", "(Eds.)").replace("(ed.)", "(Ed.)"),
        ),
    ),
    Deviation(
        ("apa",),
        "APA 7 §9.8 prints the ellipsis before the last of 21 or more authors as “. . .”; "
        "the oracle uses the single character “…”.",
        lambda ours, theirs, source, style: (ours, theirs.replace("…", ". . .")),
    ),
    Deviation(
        ("apa",),
        "Local choice within APA 7 §9.16: health pages change, so a web page with a date "
        "cited gives it (“Retrieved February 27, 2024, from”); the oracle never does.",
        lambda ours, theirs, source, style: (
            re.sub(r"Retrieved [^,]+, \d{4}, from ", "", ours),
            theirs,
        ),
    ),
    Deviation(
        ("ama",),
        "AMA §3.15.1 introduces a web page's date with “Published”; the oracle prints the bare "
        "year.",
        lambda ours, theirs, source, style: (
            re.sub(r"\bPublished (?=[A-Z]?[a-z]* ?\d)", "", ours) if source.kind == "web" else ours,
            theirs,
        ),
    ),
]


def _spaced_date(match):
    year, month, day = match.groups()
    return " ".join(part for part in (year, month, day) if part)


def _full(match):
    first, dash, last, suffix = match.groups()
    if len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{first}{dash}{last}{suffix}"


def compare(source, style):
    """(ours, oracle's, agrees before deviations, agrees after them)."""
    ours, theirs = source.formatted(style), oracle(source, style)
    raw = ours == theirs
    for deviation in DEVIATIONS:
        if style in deviation.styles:
            ours, theirs = deviation.fix(ours, theirs, source, style)
    return ours, theirs, raw, ours == theirs


# Every export in fixtures/ except the one cut short on purpose (it has one valid record).
FIXTURE_NAMES = sorted(path.name for path in FIXTURES.iterdir() if "truncated" not in path.name)


@functools.cache
def sources_of(name):
    """(format, [Source, ...]) read from one fixture, read once per test run."""
    result = parse_references((FIXTURES / name).read_bytes())
    return result.format, [entry.source() for entry in result.valid]


def fixture_sources():
    """{fixture name: (format, [Source, ...])} for every export in fixtures/."""
    return {name: sources_of(name) for name in FIXTURE_NAMES}
