"""The NLM/Vancouver citation style, as NLM's “Citing Medicine” (2nd ed.) prints it.

    Brar K, Leung DYM. Recent considerations ... Expert Opin Biol Ther [Internet].
    2016 Apr 2 [cited 2024 Feb 27];16(4):507-14. Available from: https://...

No space after the date's semicolon, page ranges abbreviated with a hyphen (“155-8”, chapter 1,
pagination), journal abbreviations without periods, “[Internet]” for anything read online and
“[cited …]” when the date it was consulted is known; a group author follows people after a
semicolon. Editions and volumes of books as in chapter 2, “Report No.” as in chapter 15.
"""

import re
from dataclasses import dataclass

from django.utils import html

MAX_LISTED_AUTHORS = 6  # Vancouver lists six, then "et al."
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
PAGE_RANGE = re.compile(r"^([A-Za-z]*)(\d+)\s*[-–—]+\s*([A-Za-z]*)(\d+)$")
EDITION_WORD = re.compile(r"[\s,]*\b(?:ed|edn|edition)\b\.?$", re.IGNORECASE)


@dataclass(frozen=True)
class Name:
    family: str
    given: str = ""
    is_group: bool = False

    @property
    def initials(self):
        given = self.given.strip()
        # "DYM" is already initials; "Donald Y M", "Jean-Pierre" and "J. P." are not.
        if given.isupper() and given.isalpha() and len(given) <= 4:
            return given
        return "".join(part[0].upper() for part in re.split(r"[\s.\-]+", given) if part)

    def vancouver(self):
        if self.is_group:
            return self.family
        return f"{self.family} {self.initials}".strip()


def parse_names(text):
    """Read one name per line: "Family, Given" for people, anything else for groups."""
    names = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        family, comma, given = line.partition(",")
        if comma:
            names.append(Name(family=family.strip(), given=given.strip()))
        else:
            names.append(Name(family=line, is_group=True))
    return names


def join_names(printed, names):
    """People are separated by commas, a group author from the names around it by a semicolon
    (“Brar K, Leung D; GBD 2019 Collaborators”)."""
    text = ""
    for index, (shown, name) in enumerate(zip(printed, names, strict=True)):
        if index:
            text += "; " if name.is_group or names[index - 1].is_group else ", "
        text += shown
    return text


def format_names(names, more=False):
    shown = names[:MAX_LISTED_AUTHORS]
    text = join_names([name.vancouver() for name in shown], shown)
    if text and (more or len(names) > MAX_LISTED_AUTHORS):
        text += ", et al"
    return text


def format_date(value):
    return f"{value.year} {MONTHS[value.month - 1]} {value.day}" if value else ""


def without_periods(name):
    """A journal abbreviation as NLM writes it: “Nat. Mater.” → “Nat Mater”."""
    return " ".join(re.sub(r"\.(?=\s|$)", "", name or "").split())


def page_range(pages):
    """“155-158” → “155-8”, “1759–1764” → “1759-64”, “S12-S15” → “S12-5”: the end of a range
    keeps only the digits that change, after a hyphen. Anything else stays as written."""
    pages = re.sub(r"\s*[–—]+\s*|\s*--+\s*", "-", (pages or "").strip())
    match = PAGE_RANGE.match(pages)
    if not match:
        return pages  # “104-115.e7” as PubMed prints it
    prefix, first, end_prefix, last = match.groups()
    if end_prefix and end_prefix != prefix:
        return f"{prefix}{first}-{end_prefix}{last}"
    if len(last) == len(first) and last > first:
        index = next(i for i, (a, b) in enumerate(zip(first, last, strict=True)) if a != b)
        last = last[index:]
    return f"{prefix}{first}-{last}"


def edition(value):
    """“3rd” and “3rd ed.” both print “3rd ed.”."""
    value = EDITION_WORD.sub("", (value or "").strip())
    return f"{value} ed." if value else ""


def published(source):
    """“2019 Nov 5”, “2019 Nov” or “2019”: as much of the date as the record has (journals and
    web pages; books and chapters give the year, Citing Medicine chapter 2)."""
    if not source.year:
        return ""
    if source.kind in ("book", "chapter"):
        return str(source.year)
    parts = [str(source.year)]
    if getattr(source, "month", None):
        parts.append(MONTHS[source.month - 1])
        if getattr(source, "day", None):
            parts.append(str(source.day))
    return " ".join(parts)


def sentence(text):
    """End a piece with a full stop unless it already ends with punctuation."""
    text = text.strip()
    if not text:
        return ""
    return text if text[-1] in ".?!" else f"{text}."


def is_online(source):
    """Read online: a web page, or anything printed with its address or a date cited."""
    return source.kind == "web" or bool(source.url or source.cited_on)


def _internet(source):
    return " [Internet]" if is_online(source) else ""


def _date(source):
    """The date, followed by "[cited ...]" for online sources."""
    cited = f"[cited {format_date(source.cited_on)}]" if source.cited_on else ""
    return " ".join(part for part in (published(source), cited) if part)


def _imprint(source):
    """ "Place: Publisher; 2024 [cited ...]" with whatever parts the record has."""
    where = ": ".join(part for part in (source.place, source.publisher) if part)
    date = _date(source)
    return "; ".join(part for part in (where, date) if part)


def _journal(source):
    locator = source.volume
    if source.issue:
        locator += f"({source.issue})"
    if source.pages:
        locator = f"{locator}:{page_range(source.pages)}"  # “2001:e12” without a volume
    head = sentence(f"{source.journal_abbreviation}{_internet(source)}")
    date = _date(source)
    if date and source.volume:
        tail = f"{date};{locator}"
    else:
        tail = f"{date}{locator}" if date else locator.lstrip(":")
    return [head, sentence(tail)]


def _volume(source):
    return f"Vol. {source.volume}." if source.volume else ""


def _report_and_series(source):
    report = getattr(source, "report_number", "")
    parts = [f"Report No.: {report}." if report else ""]
    if source.kind == "book" and source.container_title:
        parts.append(f"({source.container_title}).")
    return parts


def _book(source):
    return [
        sentence(f"{source.title}{_internet(source)}"),
        edition(source.edition),
        _volume(source),
        sentence(_imprint(source)),
        *_report_and_series(source),
    ]


def _chapter(source):
    book = f"{source.container_title}{_internet(source)}" if source.container_title else ""
    editors = source.editor_list
    role = "editor" if len(editors) == 1 else "editors"
    in_book = ", ".join(part for part in (format_names(editors), role if editors else "") if part)
    in_book = " ".join(part for part in (sentence(in_book), sentence(book)) if part)
    return [
        sentence(source.title),
        f"In: {in_book}" if in_book else "",
        edition(source.edition),
        _volume(source),
        sentence(_imprint(source)),
        f"p. {page_range(source.pages)}." if source.pages else "",
    ]


def _web(source):
    """A page of a website is cited as part of its homepage (Citing Medicine chapter 25): the
    site, its imprint and date cited, then the page's title."""
    if source.container_title:
        site = sentence(f"{source.container_title}{_internet(source)}")
        return [site, sentence(_imprint(source)), sentence(source.title)]
    return [sentence(f"{source.title}{_internet(source)}"), sentence(_imprint(source))]


def format_source(source, *, with_links=True):
    """Format a Source (or anything with its attributes) as one Vancouver reference."""
    kind = source.kind
    authors = format_names(source.author_list, more=source.more_authors)
    parts = [sentence(authors)]
    if kind == "book":
        parts += _book(source)
    elif kind == "chapter":
        parts += _chapter(source)
    elif kind == "web":
        parts += _web(source)
    else:
        parts.insert(1, sentence(source.title))
        parts += _journal(source)
    if with_links:
        if source.url:
            parts.append(f"Available from: {source.url}")
        if source.doi:
            parts.append(f"doi:{source.doi}")
        if source.pmid:
            parts.append(f"PMID: {source.pmid}")
    return " ".join(part for part in parts if part)


def format_html(source):
    """The reference with its URL, DOI and PMID as links."""
    text = format_source(source, with_links=False)
    parts = [html.format_html("{}", text)]
    if source.url:
        parts.append(html.format_html(' Available from: <a href="{0}">{0}</a>', source.url))
    if source.doi:
        parts.append(html.format_html(' doi:<a href="{}">{}</a>', source.doi_url, source.doi))
    if source.pmid:
        parts.append(html.format_html(' PMID: <a href="{}">{}</a>', source.pubmed_url, source.pmid))
    return html.format_html("{}" * len(parts), *parts)
