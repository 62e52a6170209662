"""RIS, as Zotero, EndNote and Mendeley export it: records split here, each read with rispy.

Splitting first gives every record its own line number and error: rispy on a whole file silently
drops a last record that lost its ``ER`` line, and one unreadable record would stop the rest.
"""

import re

import rispy
from rispy.config import LIST_TYPE_TAGS, TAG_KEY_MAPPING

from references.entries import date_of, failed, make_entry, split_name, text
from references.models import Source

Kind = Source.Kind
LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")
# Tags of older writers (Reference Manager, ProCite) that rispy does not name.
MAPPING = {**TAG_KEY_MAPPING, "BT": "book_title", "ED": "editors", "J1": "journal_abbreviation"}
LIST_TAGS = [*LIST_TYPE_TAGS, "ED"]
# RIS reference types (the TY line) and the kind of Source each becomes.
KINDS = {
    **dict.fromkeys(
        ["JOUR", "EJOUR", "JFULL", "MGZN", "NEWS", "INPR", "ABST"], Kind.JOURNAL_ARTICLE
    ),
    **dict.fromkeys(
        ["BOOK", "EBOOK", "EDBOOK", "RPRT", "GOVDOC", "STAND", "THES", "PAMP", "SER", "UNPB"],
        Kind.BOOK,
    ),
    **dict.fromkeys(["CHAP", "ECHAP", "DICT", "ENCYC"], Kind.BOOK_CHAPTER),
    **dict.fromkeys(["ELEC", "WEB", "BLOG", "ICOMM", "DBASE", "MULTI"], Kind.WEB_PAGE),
}
# Zotero writes the PMID into a note as a line of its own (its “Extra” field): “PMID: 26694856”.
PMID_LINE = re.compile(r"^\s*PMID:\s*(\d{1,9})\s*$", re.IGNORECASE | re.MULTILINE)
PUBMED = ("pubmed", "medline", "nlm")
EPUB_DATE = re.compile(r"\d{4}|\b[A-Za-z]{3,9}\.? \d")
# Databases whose own accession numbers and notes say “PMID” for something else.
NOT_PUBMED = ("proquest",)


def split_records(text):
    """Yield (line number, lines, complete) for each record from ``TY  -`` to ``ER  -``."""
    record, start = None, 0
    for number, line in enumerate(text.split("\n"), start=1):
        match = LINE.match(line)
        tag = match.group(1) if match else None
        if tag == "TY":
            if record is not None:
                yield start, record, False
            record, start = [], number
        if record is None:
            continue  # text between records, such as the "1." numbering some writers add
        # rispy wants exactly two spaces before the dash.
        record.append(f"{tag}  - {match.group(2) or ''}" if match else line)
        if tag == "ER":
            yield start, record, True
            record = None
    if record is not None:
        yield start, record, False


def parse(text):
    for position, (line, lines, complete) in enumerate(split_records(text), start=1):
        label = next((row[6:] for row in lines if row[:2] in ("TI", "T1")), lines[0])
        if not complete:
            error = "No end-of-record line (ER  -): the file may be cut short."
            yield failed(position=position, line=line, label=label, error=error)
            continue
        try:
            record = rispy.loads(
                "\n".join(lines),
                mapping=MAPPING,
                list_tags=LIST_TAGS,
                delimiter_tags_mapping={},  # a “;” can be part of a URL
            )[0]
            yield entry(record, position=position, line=line)
        except Exception as error:
            # Whatever rispy or a strange record throws stays this record's problem.
            message = f"Could not be read as RIS: {error}"
            yield failed(position=position, line=line, label=label, error=message)


def first(record, *keys):
    for key in keys:
        value = text(record.get(key))
        if value:
            return value
    return ""


def journal_titles(record):
    """(abbreviation, full title): JA, J2 and J1 abbreviate; JF and T2 are full; JO is either
    (EndNote writes the abbreviation there, the RIS specification the full name)."""
    short = first(record, "alternate_title2", "alternate_title1", "journal_abbreviation")
    full = first(record, "alternate_title3", "secondary_title")
    journal = first(record, "journal_name")
    if journal and not full:
        full = journal
    elif journal and not short and journal != full and len(journal) < len(full):
        short = journal
    return short or full, full


def entry(record, *, position, line):
    warnings = []
    reference_type = text(record.get("type_of_reference")).upper()
    kind = KINDS.get(reference_type)
    title = first(record, "title", "primary_title")
    container = first(record, "secondary_title", "book_title")
    journal_title = ""
    if kind == Kind.JOURNAL_ARTICLE:
        container, journal_title = journal_titles(record)
    elif kind in (Kind.BOOK, None) and not title:
        title, container = first(record, "book_title", "secondary_title"), ""
    elif kind == Kind.BOOK:
        container = first(record, "secondary_title", "tertiary_title")  # the book's series
    if reference_type in ("CONF", "CPAPER"):
        kind = Kind.BOOK_CHAPTER if container else Kind.BOOK
    if kind is None:
        kind = guess_kind(record, container)
        label = Kind(kind).label.lower()
        warnings.append(f"The RIS type “{reference_type or 'none'}” was imported as a {label}.")
    if unknown := record.get("unknown_tag"):
        tags = ", ".join(sorted(str(tag) for tag in unknown if tag))
        if tags:
            warnings.append(f"Tags not used: {tags}.")

    authors = [*record.get("first_authors", []), *record.get("authors", [])]
    editors = [*record.get("secondary_authors", []), *record.get("editors", [])]
    start, end = first(record, "start_page"), first(record, "end_page")
    urls = [text(url) for url in record.get("urls") or []]
    edition = first(record, "edition")
    if kind == Kind.JOURNAL_ARTICLE and EPUB_DATE.search(edition):
        edition = ""  # EndNote's ET of a journal article is its epub date, not an edition
    number = first(record, "number")
    is_report = reference_type == "RPRT"
    scopus = first(record, "custom7") if is_scopus(record) else ""
    return make_entry(
        position=position,
        line=line,
        kind=kind,
        title=title,
        authors=[split_name(name, warnings) for name in authors],
        editors=[split_name(name, warnings) for name in editors]
        if kind == Kind.BOOK_CHAPTER
        else [],
        container_title=container,
        journal_title=journal_title,
        edition=edition,
        year=first(record, "year", "publication_year", "date"),
        date=first(record, "date", "publication_year"),
        volume=first(record, "volume"),
        issue="" if is_report else number,
        report_number=number if is_report else "",
        # Scopus writes an article number as C7 when there are no pages.
        pages=f"{start}–{end}" if start and end and end != start else start or end or scopus,
        publisher=first(record, "publisher"),
        place=first(record, "place_published"),
        # A publisher's page rather than a doi.org link, when there are both.
        url=sorted(urls, key=lambda url: "doi.org/" in url),
        doi=first(record, "doi"),
        pmid=pmid(record),
        cited_on=date_of(first(record, "access_date")),
        warnings=warnings,
    )


def pmid(record):
    """The PubMed ID, only from where it means PubMed: EndNote's accession number of a PubMed or
    MEDLINE record, or Zotero's “PMID: …” note line. ProQuest's notes say “PMID” for its own
    document numbers, so its records give none."""
    database = " ".join(
        first(record, key).lower() for key in ("name_of_database", "database_provider")
    )
    accession = first(record, "accession_number")
    if accession.isdigit() and any(name in database for name in PUBMED):
        return accession
    if is_scopus(record) and (pubmed := first(record, "custom2")).isdigit():
        return pubmed  # Scopus writes the PubMed ID as C2
    addresses = " ".join(text(url) for url in record.get("urls") or []).lower()
    if any(name in database or name in addresses for name in NOT_PUBMED):
        return ""
    for note in [*record.get("notes", []), first(record, "note")]:
        # Zotero writes notes as HTML: “<p>PMID: 26694856</p>”.
        if match := PMID_LINE.search(re.sub(r"<[^>]*>", "\n", str(note or ""))):
            return match.group(1)
    return ""


def is_scopus(record):
    return "scopus" in first(record, "name_of_database").lower()


def guess_kind(record, container):
    if container and (record.get("volume") or record.get("number")):
        return Kind.JOURNAL_ARTICLE
    if record.get("urls") and not record.get("publisher"):
        return Kind.WEB_PAGE
    if container:
        return Kind.BOOK_CHAPTER
    return Kind.BOOK
