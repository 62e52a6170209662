"""The APA style, 7th edition, beside vancouver.py and with the same interface.

    Brar, K., & Leung, D. Y. M. (2016). Recent considerations ... dermatitis. Expert Opin Biol
    Ther, 16(4), 507–514. https://doi.org/10.1517/14712598.2016.1135898

Titles of stand-alone works (books, web pages), journal names and volume numbers are italic in
the HTML version. Two local choices, both for health readers: the PMID follows the DOI (APA has
no element for it), and a source ticked “more authors not listed” ends its author list with
“et al.” (APA would list them all, which the record cannot).
"""

import re
from dataclasses import dataclass

from django.utils import html

from references.vancouver import Name, sentence

MAX_LISTED_AUTHORS = 20  # up to 20 names; from 21, the first 19, an ellipsis and the last
MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class Run:
    """A stretch of text printed one way: plain, italic or as a link."""

    text: str
    italic: bool = False
    href: str = ""


def initials(given):
    """“Donald Y M” → “D. Y. M.”, “DYM” → “D. Y. M.”, “Jean-Pierre” → “J.-P.”."""
    given = given.strip()
    # Already initials, as PubMed writes them: "DYM" (the same rule as the Vancouver style).
    if given.isupper() and given.isalpha() and len(given) <= 4:
        return " ".join(f"{letter}." for letter in given)
    words = []
    for word in re.split(r"[\s.]+", given):
        parts = [part for part in word.split("-") if part]
        letters = [next((c for c in part if c.isalnum()), "") for part in parts]
        if any(letters):
            words.append("-".join(f"{letter.upper()}." for letter in letters if letter))
    return " ".join(words)


def inverted(name: Name):
    """“Leung, D. Y. M.”: how authors are listed."""
    if name.is_group:
        return name.family
    given = initials(name.given)
    return f"{name.family}, {given}" if given else name.family


def direct(name: Name):
    """“S. Kang”: how editors are listed."""
    if name.is_group:
        return name.family
    return " ".join(part for part in (initials(name.given), name.family) if part)


def format_authors(names, more=False):
    listed = [inverted(name) for name in names]
    if not listed:
        return ""
    if more:
        return ", ".join([*listed, "et al."])
    if len(listed) > MAX_LISTED_AUTHORS:
        return ", ".join(listed[: MAX_LISTED_AUTHORS - 1]) + ", . . . " + listed[-1]
    if len(listed) == 1:
        return listed[0]
    return ", ".join(listed[:-1]) + ", & " + listed[-1]


def format_editors(names):
    listed = [direct(name) for name in names]
    if len(listed) <= 2:
        joined = " & ".join(listed)
    else:
        joined = ", ".join(listed[:-1]) + ", & " + listed[-1]
    return f"{joined} ({'Ed.' if len(listed) == 1 else 'Eds.'})"


def page_range(pages):
    """APA prints ranges in full with an en dash: “507-14” → “507–514”; “e1234” is an article
    number, printed “Article e1234”."""
    if re.fullmatch(r"[a-z]+\d{4,}", pages.strip()):
        return f"Article {pages.strip()}"
    match = re.fullmatch(r"([A-Za-z]*)(\d+)\s*[-–—]+\s*([A-Za-z]*)(\d+)(.*)", pages.strip())
    if not match:
        return pages.strip()
    prefix, first, end_prefix, last, rest = match.groups()
    if end_prefix in ("", prefix) and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    end_prefix = end_prefix or prefix  # S12-5 → S12–S15
    return f"{prefix}{first}–{end_prefix}{last}{rest}"


def format_date(value):
    return f"{MONTHS[value.month - 1]} {value.day}, {value.year}"


def _period(runs):
    """End a list of runs with a full stop unless its text already ends with punctuation."""
    text = "".join(run.text for run in runs).rstrip()
    return runs if not text or text[-1] in ".?!" else [*runs, Run(".")]


def _title(source):
    """Article and chapter titles are plain; books and web pages are italic."""
    if source.kind in ("journal", "chapter"):
        return [Run(sentence(source.title))]
    runs = [Run(source.title.strip(), italic=True)]
    if source.kind == "book" and source.edition:
        runs.append(Run(f" ({source.edition} ed.)"))
    return _period(runs)


def _journal(source):
    pieces = []
    if source.container_title:
        pieces.append([Run(source.container_title, italic=True)])
    locator = [Run(source.volume, italic=True)] if source.volume else []
    if source.issue:
        locator.append(Run(f"({source.issue})"))
    if locator:
        pieces.append(locator)
    if source.pages:
        pieces.append([Run(page_range(source.pages))])
    runs = []
    for piece in pieces:
        runs += [Run(", "), *piece] if runs else piece
    return [_period(runs)] if runs else []


def _chapter(source):
    runs = [Run("In ")]
    if source.editors.strip():
        runs.append(Run(format_editors(source.editor_list) + ", "))
    if source.container_title:
        runs.append(Run(source.container_title, italic=True))
    details = []
    if source.edition:
        details.append(f"{source.edition} ed.")
    if source.pages:
        pages = page_range(source.pages)
        details.append(f"{'pp.' if '–' in pages else 'p.'} {pages}")
    if details:
        runs.append(Run(f" ({', '.join(details)})"))
    if len(runs) == 1:
        return []
    return [_period(runs)]


def _publisher(source, names):
    """The publisher, left out when it is the group that wrote the work (APA 7)."""
    authors = {name.family for name in names if name.is_group}
    if not source.publisher or source.publisher in authors:
        return []
    return [[Run(sentence(source.publisher))]]


def _site(source, names):
    authors = {name.family for name in names if name.is_group}
    if not source.container_title or source.container_title in authors:
        return []
    return [[Run(sentence(source.container_title))]]


def _links(source, with_links):
    if not with_links:
        return []
    elements = []
    if source.doi:
        elements.append([Run(source.doi_url, href=source.doi_url)])
    elif source.url:
        url = [Run(source.url, href=source.url)]
        # Only pages that change carry a retrieval date in APA 7; web pages are the case here.
        if source.kind == "web" and source.cited_on:
            url = [Run(f"Retrieved {format_date(source.cited_on)}, from "), *url]
        elements.append(url)
    if source.pmid:
        elements.append([Run("PMID: "), Run(source.pmid, href=source.pubmed_url)])
    return elements


def format_runs(source, *, with_links=True):
    names = source.author_list
    authors = format_authors(names, more=source.more_authors)
    date = [Run(f"({source.year})." if source.year else "(n.d.).")]
    title = _title(source)
    # Without authors the title takes their place, before the date.
    elements = [[Run(sentence(authors))], date, title] if authors else [title, date]
    kind = source.kind
    if kind == "book":
        elements += _publisher(source, names)
    elif kind == "chapter":
        elements += _chapter(source) + _publisher(source, names)
    elif kind == "web":
        elements += _site(source, names)
    else:
        elements += _journal(source)
    elements += _links(source, with_links)
    runs = []
    for element in elements:
        if runs:
            runs.append(Run(" "))
        runs += element
    return runs


def format_source(source, *, with_links=True):
    """Format a Source (or anything with its attributes) as one APA reference, as plain text."""
    return "".join(run.text for run in format_runs(source, with_links=with_links))


def format_html(source):
    """The reference as HTML: italics where APA wants them, DOI, URL and PMID as links."""
    return html.format_html_join(
        "",
        "{}",
        (
            (
                html.format_html('<a href="{}">{}</a>', run.href, run.text)
                if run.href
                else html.format_html("<i>{}</i>", run.text)
                if run.italic
                else run.text,
            )
            for run in format_runs(source)
        ),
    )
