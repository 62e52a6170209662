"""One reference typed as text (Vancouver, as health sites write them) into Source fields.

    Brar K, Leung DYM. Recent considerations … Expert Opin Biol Ther [Internet]. 2016 [cited
    2024 Feb 27]; 16(4):507–14. Available from: https://…
    Nemeth V, Evans J. Eczema. In: StatPearls [Internet]. Treasure Island (FL): StatPearls
    Publishing; 2024 [cited 2024 Feb 24]. Available from: https://…
    Scenario: Severe eczema. NICE [Internet]. 2023 [cited 2024 Feb 27]. Available from: https://…

The result goes through ``references.entries.make_entry``, the same cleaning and checks as every
other reference import, so a typed reference is stored exactly like an imported RIS record.
"""

import datetime
import re

from references.entries import make_entry
from references.models import Source
from references.vancouver import Name

LEADING_NUMBER = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})\s*[.)]|(\d{1,3})\s+(?=[A-Z]))\s*")
DOI = re.compile(r"(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/[^\s\]]+)", re.IGNORECASE)
PMID = re.compile(r"PMID:?\s*(\d{1,9})", re.IGNORECASE)
PUBMED = re.compile(r"pubmed\.ncbi\.nlm\.nih\.gov/(\d{1,9})", re.IGNORECASE)
PMCID = re.compile(r"PMCID:?\s*PMC\d+\.?", re.IGNORECASE)
URL = re.compile(r"https?://[^\s<>\]]+", re.IGNORECASE)
AVAILABLE = re.compile(r"\b(?:Available (?:from|at)|Retrieved from|URL):?", re.IGNORECASE)
CITED = re.compile(r"\[(?:cited|accessed|updated)\s*:?\s*([^\]]*)\]", re.IGNORECASE)
ACCESSED = re.compile(r"\(?\bAccessed:?\s+([^.)]+)\)?\.?", re.IGNORECASE)
INTERNET = re.compile(r"\s*\[(?:Internet|online|serial online)\]", re.IGNORECASE)
NAME = re.compile(r"^[^\W\d][\w'’\-]*(?:\s+[^\W\d][\w'’\-]*)*\s+[A-Z]{1,4}$")
ET_AL = re.compile(r"^(?:et\.?\s*al\.?|and others)$", re.IGNORECASE)
JOURNAL_DATE = re.compile(
    r"^(?P<year>\d{4})[a-z]?(?:\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:\s*[-–/]\s*[A-Za-z]*\s*\d*)?)?"
    r"\s*(?:;\s*(?P<volume>[^(:;\s]+)?\s*(?:\((?P<issue>[^)]*)\))?\s*(?::\s*(?P<pages>\S+?))?)?"
    r"\s*$"
)
PUBLISHER = re.compile(r"^(?P<place>[^:;]{2,80}):\s*(?P<publisher>[^;]+?)\s*;\s*(?P<year>\d{4})")
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
DATE_FORMATS = (
    "%Y %b %d",
    "%Y %B %d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%Y-%m-%d",
)


def number_of(text):
    """The number a reference was typed with (“1.”, “[1]”, “1)”), or None."""
    match = LEADING_NUMBER.match(text or "")
    return int(next(group for group in match.groups() if group)) if match else None


def cited_date(value):
    value = " ".join((value or "").replace(".", " ").split())
    value = re.sub(r"^(\d{4} [A-Za-z]+ \d{1,2}).*", r"\1", value)
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, date_format).date()
        except ValueError:
            continue
    return None


def looks_like_authors(segment):
    parts = [part.strip() for part in re.split(r",\s*", segment) if part.strip()]
    names = [part for part in parts if not ET_AL.match(part)]
    return bool(names) and all(NAME.match(part) for part in names)


def author_names(segment):
    names = []
    for part in re.split(r",\s*", segment):
        part = part.strip()
        if ET_AL.match(part):
            names.append(Name(family="et al", is_group=True))
        elif part:
            family, _, initials = part.rpartition(" ")
            names.append(Name(family=family, given=initials))
    return names


def _segments(text):
    """Sentences of a reference: split at “. ” but not inside brackets."""
    pieces = re.split(r"(?:(?<=[^\s.])\.|(?<=\?))\s+(?![^\[]*\])", text)
    return [piece.strip().rstrip(".").strip() for piece in pieces if piece.strip(" .")]


def parse(text, links=(), *, position=1, line=1):
    """A ParsedEntry (references.entries) from one typed reference and its links' addresses."""
    warnings = []
    raw = " ".join((text or "").split())
    raw = LEADING_NUMBER.sub("", raw, count=1)
    doi_match = DOI.search(raw)
    pmid_match = PMID.search(raw) or PUBMED.search(" ".join([raw, *links]))
    cited_match = CITED.search(raw) or ACCESSED.search(raw)
    urls = [url.rstrip(".,;") for url in [*URL.findall(raw), *links]]
    urls = [url for url in urls if "doi.org/10." not in url and "pubmed" not in url] or urls
    body = AVAILABLE.split(raw)[0]
    for pattern in (CITED, ACCESSED, URL, PMID, PMCID):
        body = pattern.sub("", body)
    body = DOI.sub("", body)
    body = re.sub(r"\bdoi:?\s*$", "", body.strip(), flags=re.IGNORECASE)
    has_internet = [bool(INTERNET.search(part)) for part in _segments(body)]
    segments = [INTERNET.sub("", part).strip() for part in _segments(body)]
    segments = [part for part in segments if part and part.lower() != "doi"]
    fields = {
        "authors": [],
        "doi": doi_match.group(1).rstrip(".,;") if doi_match else "",
        "pmid": pmid_match.group(1) if pmid_match else "",
        "url": urls,
        "cited_on": cited_date(cited_match.group(1)) if cited_match else None,
        "warnings": warnings,
    }
    if segments and looks_like_authors(segments[0]):
        fields["authors"] = author_names(segments.pop(0))
        has_internet.pop(0)
    elif len(segments) >= 3 and has_internet[1:2] == [True] and PUBLISHER.match(segments[2]):
        # “NICE. Atopic eczema [Internet]. London: NICE; 2023”: an organisation wrote it.
        fields["authors"] = [Name(family=segments.pop(0), is_group=True)]
        has_internet.pop(0)
    if not segments:
        return make_entry(position=position, line=line, kind="web", title="", label=raw)
    fields["title"] = segments.pop(0)
    _rest(segments, fields)
    if fields["kind"] == Source.Kind.WEB_PAGE and not [u for u in urls if u]:
        # A web page needs its address; without one it is kept as a publication by its site.
        fields.update(kind=Source.Kind.BOOK, publisher=fields.pop("container_title", ""))
        warnings.append("No web address was given: stored as a publication; add its URL.")
    return make_entry(position=position, line=line, label=raw, **fields)


def _rest(segments, fields):
    """Fill kind, container, year, volume, issue, pages, place, publisher from what follows."""
    fields["kind"] = Source.Kind.WEB_PAGE if fields["url"] else Source.Kind.BOOK
    if segments and segments[0].lower().startswith("in:"):
        fields["kind"] = Source.Kind.BOOK_CHAPTER
        fields["container_title"] = segments.pop(0)[3:].strip()
    for index, segment in enumerate(segments):
        journal = JOURNAL_DATE.match(segment)
        publisher = PUBLISHER.match(segment)
        if journal:
            fields["year"] = journal.group("year")
            if journal.group("volume") or journal.group("pages"):
                fields.update(
                    kind=Source.Kind.JOURNAL_ARTICLE,
                    volume=journal.group("volume") or "",
                    issue=journal.group("issue") or "",
                    pages=(journal.group("pages") or "").rstrip("."),
                )
            if index and "container_title" not in fields:
                fields["container_title"] = segments[index - 1]
                if fields["kind"] == Source.Kind.BOOK and not fields["url"]:
                    fields["kind"] = Source.Kind.JOURNAL_ARTICLE
            return
        if publisher:
            fields.update(
                place=publisher.group("place").strip(),
                publisher=publisher.group("publisher").strip(),
                year=publisher.group("year"),
            )
            if index and "container_title" not in fields:
                fields["container_title"] = segments[index - 1]
            return
    if segments:
        fields.setdefault("container_title", segments[0])
    year = YEAR.search(" ".join(segments))
    fields["year"] = year.group(1) if year else None
