"""PubMed's MEDLINE format: the .nbib file of “Send to → Citation manager” and “Save → PubMed”.

Read by the small tag parser here rather than the ``nbib`` package: nbib (last release 2021)
stops the whole file at the first line it cannot read, drops the tags of Bookshelf records
(BTI, ED, PB, PL) that StatPearls chapters need, and depends on the unrelated ``dateutils``.
The format is simple: “TAG - value” lines, continuations indented, records between blank lines.
"""

import re

from references.entries import failed, group, make_entry, person, short
from references.models import Source

Kind = Source.Kind
LINE = re.compile(r"^([A-Z][A-Z0-9]{0,3}) *-(?: (.*))?$")
CONTINUATION = re.compile(r"^\s+(\S.*)$")
TAGGED_ID = re.compile(r"^(\S+)\s*\[(\w+)\]$")
QUALIFIER = re.compile(r"\s*\([^()]*\)$")
# The MEDLINE/PubMed elements this reader knows; others are reported as not used.
KNOWN_TAGS = set(
    """AB AD AID AU AUID BTI CI CIN CN COI COIS CON CP CRDT CRF CRI CTDT CTI DA DCOM DEP DP
    DRDT ECF ECI ED EDAT EFR EIN EN ERR FAU FED FIR FPS GN GR GS IP IR IRAD IS ISBN JID JT LA LID
    LR MH MHDA MID OAB OABL OCI OID ORI OT OTO OWN PB PG PHST PL PMC PMCR PMID PS PST PT PUBM RF
    RIN RN ROF RPF RPI SB SFM SI SO SPIN STAT TA TI TT UIN UOF VI VTI""".split()
)


class RecordError(ValueError):
    pass


def split_records(text):
    """Yield (line number, [(line number, line), ...]) for each run of non-blank lines."""
    record = []
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            record.append((number, line))
        elif record:
            yield record[0][0], record
            record = []
    if record:
        yield record[0][0], record


def read_tags(rows):
    """The record's (tag, value) pairs in order, continuation lines joined on."""
    tags = []
    for number, line in rows:
        if match := LINE.match(line):
            tags.append([match.group(1), match.group(2) or ""])
        elif (match := CONTINUATION.match(line)) and tags:
            tags[-1][1] += " " + match.group(1)
        else:
            raise RecordError(
                f"Line {number} is not a MEDLINE “TAG - value” line: “{short(line)}”."
            )
    return tags


def parse(text):
    for position, (line, rows) in enumerate(split_records(text), start=1):
        label = rows[0][1]
        try:
            tags = read_tags(rows)
            label = next((value for tag, value in tags if tag in ("TI", "BTI")), label)
            yield entry(tags, position=position, line=line)
        except RecordError as error:
            yield failed(position=position, line=line, label=label, error=str(error))
        except Exception as error:
            message = f"Could not be read as MEDLINE: {error}"
            yield failed(position=position, line=line, label=label, error=message)


def names(tags, full_tag, short_tag, group_tag=None):
    """People from full names (FAU), falling back on the short form (AU); groups (CN) in place."""
    found, last = [], None
    for tag, value in tags:
        if tag == full_tag:
            family, _, given = value.partition(",")
            found.append(person(family, given))
        elif tag == short_tag and last != full_tag:
            family, _, initials = value.rpartition(" ")
            found.append(person(family, initials) if family else group(value))
        elif tag == group_tag:
            found.append(group(value))
        last = tag if tag in (full_tag, short_tag) else last
    return found


def identifiers(tags):
    """{"doi": ..., "bookaccession": ...} from the LID and AID lines such as “10.1/x [doi]”.

    A LID without a type is the article's location: its article number (“e0212345”), under
    the key "location".
    """
    found = {}
    for tag, value in tags:
        if tag in ("LID", "AID") and (match := TAGGED_ID.match(value.strip())):
            found.setdefault(match.group(2), match.group(1))
        elif tag == "LID" and value.strip() and "[" not in value:
            found.setdefault("location", value.strip())
    return found


def entry(tags, *, position, line):
    values = {}
    for tag, value in tags:
        values.setdefault(tag, value)
    if "PMID" not in values and "TI" not in values and "BTI" not in values:
        raise RecordError("Not a PubMed record: it has no PMID and no title.")
    ids = identifiers(tags)
    warnings = []
    if unknown := sorted({tag for tag, _ in tags} - KNOWN_TAGS):
        warnings.append(f"Tags not used: {', '.join(unknown)}.")
    book = values.get("BTI", "")
    if book:
        kind = Kind.BOOK_CHAPTER if values.get("TI") and values["TI"] != book else Kind.BOOK
    else:
        kind = Kind.JOURNAL_ARTICLE
    accession = ids.get("bookaccession", "")
    is_journal = kind == Kind.JOURNAL_ARTICLE
    return make_entry(
        position=position,
        line=line,
        kind=kind,
        title=values.get("TI") or book,
        authors=names(tags, "FAU", "AU", "CN"),
        editors=names(tags, "FED", "ED") if kind == Kind.BOOK_CHAPTER else [],
        container_title=(values.get("TA") or values.get("JT", ""))
        if is_journal
        else (book if kind == Kind.BOOK_CHAPTER else ""),
        # NLM tells journals of one name apart by a place or edition in JT: “Lancet (London,
        # England)”, “BMJ (Clinical research ed.)”; the journal's own name is without it.
        journal_title=QUALIFIER.sub("", values.get("JT", "")),
        edition=values.get("EN", ""),
        year=values.get("DP", ""),
        volume=values.get("VI", ""),
        issue=values.get("IP", ""),
        pages=values.get("PG") or (ids.get("location", "") if is_journal else ""),
        # For journals PL is the country the journal comes from, not a place of publication.
        publisher="" if is_journal else values.get("PB", ""),
        place="" if is_journal else values.get("PL", ""),
        url=f"https://www.ncbi.nlm.nih.gov/books/{accession}/" if accession else "",
        doi=ids.get("doi", ""),
        pmid=values.get("PMID", ""),
        warnings=warnings,
        label=f"PMID {values['PMID']}" if "PMID" in values else "",
    )
