"""The NLM/Vancouver citation style ("Citing Medicine"), as health publishers print it.

    Brar K, Leung DYM. Recent considerations ... Expert Opin Biol Ther [Internet].
    2016 [cited 2024 Feb 27]; 16(4):507–14. Available from: https://...

"[Internet]" and "[cited ...]" go together: they appear when the record has a date cited.
"""

import re
from dataclasses import dataclass

from django.utils import html

MAX_LISTED_AUTHORS = 6  # Vancouver lists six, then "et al."


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


def format_names(names, more=False):
    listed = [name.vancouver() for name in names[:MAX_LISTED_AUTHORS]]
    if listed and (more or len(names) > MAX_LISTED_AUTHORS):
        listed.append("et al")
    return ", ".join(listed)


def format_date(value):
    return f"{value.year} {value.strftime('%b')} {value.day:02d}" if value else ""


def sentence(text):
    """End a piece with a full stop unless it already ends with punctuation."""
    text = text.strip()
    if not text:
        return ""
    return text if text[-1] in ".?!" else f"{text}."


def _internet(source):
    return " [Internet]" if source.cited_on else ""


def _date(source):
    """The year, followed by "[cited ...]" for online sources."""
    cited = f"[cited {format_date(source.cited_on)}]" if source.cited_on else ""
    return " ".join(part for part in (str(source.year or ""), cited) if part)


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
        locator = f"{locator}:{source.pages}" if locator else source.pages
    date = _date(source)
    head = sentence(f"{source.container_title}{_internet(source)}")
    tail = "; ".join(part for part in (date, locator) if part)
    return [head, sentence(tail)]


def _book(source):
    title = sentence(f"{source.title}{_internet(source)}")
    edition = f"{source.edition} ed." if source.edition else ""
    return [title, edition, sentence(_imprint(source))]


def _chapter(source):
    book = f"{source.container_title}{_internet(source)}"
    editors = f"{format_names(source.editor_list)}, editors. " if source.editors.strip() else ""
    edition = f"{source.edition} ed." if source.edition else ""
    pages = f"p. {source.pages}." if source.pages else ""
    return [
        sentence(source.title),
        sentence(f"In: {editors}{book}"),
        edition,
        sentence(_imprint(source)),
        pages,
    ]


def _web(source):
    if source.container_title:
        parts = [sentence(source.title), sentence(f"{source.container_title}{_internet(source)}")]
    else:
        parts = [sentence(f"{source.title}{_internet(source)}")]
    return [*parts, sentence(_imprint(source))]


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
