"""One reference read from an import, in whatever format it came.

Each format module turns its records into raw values and hands them to ``make_entry``, which
cleans them into Source field values and checks them as the admin form would. A record that
cannot become a Source is kept as an entry with an error, so that a writer sees which one and why.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.text import capfirst

from references.models import NEEDS_DETAILS, Source
from references.vancouver import Name

ET_AL = re.compile(r"^(et\.?\s*al\.?|and others|others)$", re.IGNORECASE)
DOI = re.compile(r"\b(10\.\d{4,9}/\S+)")
DOI_PREFIX = re.compile(r"^\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
URL = re.compile(r"https?://\S+", re.IGNORECASE)
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
MAX_LABEL = 90
MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        start=1,
    )
    for name in names.split()
}
NUMERIC_DATE = re.compile(r"^\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?(?!\d)")
NAMED_DATE = re.compile(r"^\s+([A-Za-z]{3,9})\.?(?:\s+(\d{1,2}))?\s*(?:$|[/\[(])")
# Initials written after the family name without a comma, as Embase and Scopus do: “Penn E.B.”,
# “Quintanilla-Dieck L.”. Without periods only a short run of capitals (“Leung DYM”).
TRAILING_INITIALS = re.compile(r"^(.*\S)\s+((?:[A-Z]\.[\s-]?){1,4}|[A-Z]{1,3})$")
# Pages of bibliographic databases rather than of the work: printed only when nothing else is.
LANDING_PAGES = re.compile(
    r"^https?://(?:[\w-]+\.)*(?:scopus\.com|embase\.com|lens\.org|dimensions\.ai|"
    r"webofscience\.com|webofknowledge\.com|proquest\.com|ovid\.com|ebscohost\.com)/",
    re.IGNORECASE,
)
MAX_ENTRIES = 5000  # per import; beyond this the confirmation page is unusable anyway
check_url = URLValidator(schemes=["http", "https"])


@dataclass
class ParsedEntry:
    """A reference read from an import: Source field values, or the error that stopped it."""

    position: int  # 1, 2, 3 … in the order of the import
    line: int  # where the entry starts in the pasted text or file
    label: str  # what the writer will recognise: the title, the key or the first line
    fields: dict = field(default_factory=dict)
    error: str = ""
    warnings: list = field(default_factory=list)

    def __str__(self):
        return f"Entry {self.position} (line {self.line}): {self.label}"

    @property
    def is_valid(self):
        return not self.error

    @property
    def needs_details(self):
        return self.is_valid and self.fields["title"].endswith(NEEDS_DETAILS)

    @property
    def note(self):
        if not self.needs_details:
            return ""
        known = "DOI" if self.fields.get("doi") else "PMID"
        return (
            f"Only the {known} is known: fill in the authors, title and journal after importing "
            "(nothing is looked up online)."
        )

    def source(self):
        """An unsaved Source with the entry's values, for previews."""
        return Source(**self.fields)


def failed(*, position, line, label, error):
    return ParsedEntry(position=position, line=line, label=short(label), error=error)


def short(value):
    value = " ".join(str(value or "").split())
    return (value[: MAX_LABEL - 1] + "…" if len(value) > MAX_LABEL else value) or "(empty)"


def text(value):
    """One line of clean text: no control characters, runs of white space made one space."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        value = " ".join(str(part) for part in value if part is not None)
    # Control characters and lone surrogates cannot be stored (PostgreSQL refuses NUL).
    return " ".join(CONTROL.sub(" ", str(value)).split())


def person(family, given="", warnings=None, suffix=""):
    """A person's name; the author list has no place for suffixes such as “Jr”."""
    family, given = text(family).strip(" ,"), text(given).strip(" ,")
    if suffix and warnings is not None:
        warnings.append(f"The suffix “{text(suffix)}” of {family} was left out.")
    if not family or not given:
        # EndNote writes a group author as “Name,”; without given names it prints as one.
        return group(family or given)
    return Name(family=family, given=given)


def group(name):
    name = text(name).strip(" ,")
    return Name(family=name, is_group=True) if name else None


def split_name(value, warnings):
    """“Family, Given” or “Family, Given, Jr”; “Family I.” (Embase) is a person too; anything
    else without a comma is a group (or et al.)."""
    value = text(value).strip()
    family, comma, given = value.partition(",")
    if not comma:
        match = TRAILING_INITIALS.match(value)
        if match and len(match.group(1).split()) <= 3 and not ET_AL.match(value):
            return person(match.group(1), match.group(2).strip())
        return group(value)
    given, _, suffix = given.partition(",")
    return person(family, given, warnings, suffix=suffix.strip())


def names_text(names, warnings, role="author"):
    """The one-name-per-line text Source.authors holds; et al. becomes the more_authors flag."""
    lines, more = [], False
    for name in names:
        if name is None:
            continue
        family, given = text(name.family), text(name.given.replace(",", " "))
        if ET_AL.match(family) and (name.is_group or not given):
            more = True
            continue
        # A comma separates family and given names in the list, so a name cannot contain one.
        if "," in family:
            family = text(family.replace(",", " "))
            warnings.append(f"A comma was taken out of the {role} “{name.family}”.")
        if not family:
            family, given = given, ""
        if family:
            # Without given names a person prints as a group does (see ``person``).
            lines.append(family if name.is_group or not given else f"{family}, {given}")
    return "\n".join(lines), more


def issued(value, warnings):
    """(year, month, day) from “2019 Nov 5”, “2019/11/05/”, “2019-11”, [2019, 11, 5] or “2019”;
    month and day are None where the value does not give them (or gives a range or season)."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, list | tuple):
        parts = [*value, None, None][:3]
        try:
            year = int(parts[0])
        except (TypeError, ValueError):
            value = text(value)
        else:
            return _checked(year, parts[1], parts[2], warnings, text(value))
    value = text(value)
    if not value:
        return None, None, None
    match = YEAR.search(value)
    if not match or not 1000 <= int(match.group(1)) <= 2999:
        warnings.append(f"The date “{short(value)}” has no year that could be read; left out.")
        return None, None, None
    year, rest = int(match.group(1)), value[match.end() :]
    if numeric := NUMERIC_DATE.match(rest):
        return _checked(year, numeric.group(1), numeric.group(2), warnings, value)
    if (named := NAMED_DATE.match(rest)) and named.group(1).lower() in MONTH_NAMES:
        return _checked(year, MONTH_NAMES[named.group(1).lower()], named.group(2), warnings, value)
    return year, None, None


def _checked(year, month, day, warnings, value):
    try:
        month = int(month) if month else None
        day = int(day) if day and month else None
        datetime.date(year, month or 1, day or 1)
    except (TypeError, ValueError):
        warnings.append(f"Only the year of the date “{short(value)}” could be read.")
        return year, None, None
    return year, month, day


def doi_of(value, warnings):
    value = text(value)
    if not value:
        return ""
    match = DOI.search(DOI_PREFIX.sub("", value))
    if not match:
        warnings.append(f"“{short(value)}” is not a DOI; left out.")
        return ""
    return match.group(1).rstrip(".,;")


def pmid_of(value, warnings):
    value = text(value)
    if not value:
        return ""
    match = re.fullmatch(r"(?:PMID:?\s*)?0*(\d{1,9})", value, re.IGNORECASE)
    if not match:
        warnings.append(f"“{short(value)}” is not a PMID; left out.")
        return ""
    return match.group(1)


def url_of(values, warnings):
    """The first web address among ``values`` that the URL field accepts."""
    if isinstance(values, str) or values is None:
        values = [values]
    for value in values:
        for candidate in URL.findall(text(value)):
            candidate = candidate.rstrip(".,;>")
            try:
                check_url(candidate)
            except ValidationError:
                continue
            if len(candidate) <= Source._meta.get_field("url").max_length:
                return candidate
            warnings.append("A web address longer than 1,000 characters was left out.")
    return ""


def ordinal(edition):
    """“2” → “2nd”, as the styles print editions (“2nd ed.”); anything else unchanged."""
    if not edition.isdigit():
        return edition
    number = int(edition)
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    if 10 <= number % 100 <= 20:
        suffix = "th"  # 11th, 12th, 13th
    return f"{number}{suffix}"


def date_of(value):
    """A date from “2024/02/27”, “2024-02-27”, [2024, 2, 27] and the like, or None."""
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, list | tuple):
        parts = value
    else:
        parts = re.findall(r"\d+", text(value))
    try:
        year, month, day = (int(part) for part in parts[:3])
        return datetime.date(year, month, day)
    except (TypeError, ValueError):
        return None


def make_entry(
    *,
    position,
    line,
    kind,
    title,
    authors=(),
    editors=(),
    more_authors=False,
    container_title="",
    journal_title="",
    edition="",
    year=None,
    date=None,
    volume="",
    issue="",
    report_number="",
    pages="",
    publisher="",
    place="",
    url="",
    doi="",
    pmid="",
    cited_on=None,
    warnings=None,
    label="",
):
    """Clean raw values into Source fields and check them as the admin form does."""
    warnings = list(warnings or [])
    year, month, day = issued(year, warnings)
    if date is not None:
        date_year, date_month, date_day = issued(date, [])
        if year is None or date_year == year:
            year, month, day = date_year or year, date_month or month, date_day or day
    author_text, more = names_text(authors, warnings)
    editor_text, _ = names_text(editors, warnings, role="editor")
    fields = {
        "kind": kind,
        "authors": author_text,
        "more_authors": bool(more_authors or more),
        "title": text(title),
        "container_title": text(container_title),
        "journal_title": text(journal_title) if kind == Source.Kind.JOURNAL_ARTICLE else "",
        "editors": editor_text,
        "edition": text(edition),
        "year": year,
        "month": month,
        "day": day,
        "volume": text(volume),
        "issue": text(issue),
        "report_number": text(report_number),
        "pages": text(pages),
        "publisher": text(publisher),
        "place": text(place),
        "url": url_of(url, warnings),
        "doi": doi_of(doi, warnings),
        "pmid": pmid_of(pmid, warnings),
        "cited_on": cited_on,
    }
    if not fields["doi"] and "doi.org/10." in fields["url"]:
        fields["doi"] = doi_of(fields["url"], warnings)
    if fields["doi"] and ("doi.org/" in fields["url"] or LANDING_PAGES.match(fields["url"])):
        # The DOI link is printed from the DOI; a database's record page is not the work's.
        fields["url"] = ""
    fields["journal_title"] = cased_like(fields["journal_title"], fields["container_title"])
    if fields["journal_title"] == fields["container_title"]:
        fields["journal_title"] = ""  # only a full title apart from the abbreviation is kept
    fields["edition"] = ordinal(fields["edition"])
    fit_lengths(fields, warnings)
    label = short(fields["title"] or label)
    # Our own export of a source imported from a bare DOI or PMID: as incomplete as it was.
    error = problem(fields, complete=not fields["title"].endswith(NEEDS_DETAILS))
    if error:
        return ParsedEntry(position=position, line=line, label=label, error=error)
    return ParsedEntry(position=position, line=line, label=label, fields=fields, warnings=warnings)


# Values too long for their field: names are cut short, numbers and identifiers left out (a cut
# volume or DOI would be wrong rather than incomplete).
CUT_SHORT = {"container_title", "journal_title", "publisher", "place", "edition"}


def fit_lengths(fields, warnings):
    """Make each value fit its column, with a warning, rather than refuse the whole entry."""
    for name, value in fields.items():
        limit = getattr(Source._meta.get_field(name), "max_length", None)
        if not limit or not isinstance(value, str) or len(value) <= limit:
            continue
        label = capfirst(Source._meta.get_field(name).verbose_name)
        if name in CUT_SHORT:
            fields[name] = value[: limit - 1].rstrip() + "…"
            warnings.append(f"{label} was longer than {limit:,} characters and was cut short.")
        else:
            fields[name] = ""
            warnings.append(f"{label} was longer than {limit:,} characters and was left out.")


def cased_like(title, abbreviation):
    """A journal title written in capitals (Web of Science: “NEW ENGLAND JOURNAL OF MEDICINE”)
    in ordinary case: a word the abbreviation also has takes its case (“ISRN”), others become
    lower case with a capital, short function words lower case."""
    if title != title.upper() or len(title.split()) < 2 or not any(c.isalpha() for c in title):
        return title  # “BMJ”, “JAMA”: one word in capitals is a name written so
    known = {word.lower(): word for word in abbreviation.replace(".", " ").split()}
    words = []
    for index, word in enumerate(title.split()):
        lower = word.lower()
        if lower in known:
            words.append(known[lower])
        elif index and lower in ("of", "and", "the", "for", "in", "on", "a", "an", "&"):
            words.append(lower)
        else:
            words.append(lower[:1].upper() + lower[1:])
    return " ".join(words)


def identifier_entry(*, position, line, doi="", pmid=""):
    """A source known only by its DOI or PMID, with a title saying the details are to come."""
    identifier = f"DOI {doi}" if doi else f"PMID {pmid}"
    fields = {"title": f"{identifier} {NEEDS_DETAILS}", "doi": doi, "pmid": pmid}
    error = problem(fields, complete=False)
    if error:
        return ParsedEntry(position=position, line=line, label=identifier, error=error)
    return ParsedEntry(position=position, line=line, label=identifier, fields=fields)


def problem(fields, complete=True):
    """Why these values cannot be stored as a Source, or "" when they can."""
    if "\ufffd" in "".join(str(value) for value in fields.values()):
        return (
            "Contains characters that could not be read (shown as “\ufffd”): the file is "
            "probably not UTF-8. Export it again as UTF-8 (Unicode) and import it again."
        )
    if not fields.get("title"):
        return "No title: the entry may be cut short or is not a reference."
    source = Source(**fields)
    try:
        # Uniqueness is the duplicate check's business, not an error.
        if complete:
            source.full_clean(validate_unique=False, validate_constraints=False)
        else:
            source.clean_fields()
    except ValidationError as error:
        messages = []
        for name, errors in error.message_dict.items():
            label = (
                ""
                if name == "__all__"
                else f"{capfirst(Source._meta.get_field(name).verbose_name)}: "
            )
            messages += [f"{label}{message}" for message in errors]
        return " ".join(messages)
    return ""
