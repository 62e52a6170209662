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

from references.vancouver import EDITION_WORD, Name, sentence

MAX_LISTED_AUTHORS = 20  # up to 20 names; from 21, the first 19, an ellipsis and the last
MONTHS = (
    "January February March April May June July August September October November December"
).split()
# Words APA 7 (§6.17) leaves lower case in title case, unless first or after a colon.
MINOR_WORDS = set(
    "a an the and as but for if nor or so yet at by in of off on per to up via".split()
)
ARTICLE_NUMBER = re.compile(r"e\d+|[a-z]+\d{4,}|\d{5,}")


@dataclass(frozen=True)
class Run:
    """A stretch of text printed one way: plain, italic or as a link."""

    text: str
    italic: bool = False
    href: str = ""


def spaced(elements):
    """One reference from its elements (each a list of runs), separated by spaces."""
    runs = []
    for element in elements:
        if runs:
            runs.append(Run(" "))
        runs += element
    return runs


def runs_text(runs):
    return "".join(run.text for run in runs)


def runs_html(runs):
    """Runs as HTML: italic runs in <i>, linked runs (DOI, URL, PMID) as links."""
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
            for run in runs
        ),
    )


def initials(given):
    """“Donald Y M” → “D. Y. M.”, “DYM” → “D. Y. M.”, “Jean-Pierre”, “W-R” and “W.-R.” →
    “J.-P.”, “W.-R.” (APA 7 §9.8 keeps the hyphen between initials)."""
    given = given.strip()
    # Already initials, as PubMed writes them: "DYM" (the same rule as the Vancouver style).
    if given.isupper() and given.isalpha() and len(given) <= 4:
        return " ".join(f"{letter}." for letter in given)
    given = re.sub(r"\.\s*-\s*", "-", given).replace(".", " ")
    words = []
    for word in given.split():
        parts = [part for part in word.split("-") if part]
        letters = [next((c for c in part if c.isalnum()), "") for part in parts]
        if any(letters):
            words.append("-".join(f"{letter.upper()}." for letter in letters if letter))
    return " ".join(words)


def title_case(title):
    """A journal name in title case (MEDLINE writes “Expert opinion on biological therapy”):
    major words capitalised, minor words lower case, acronyms and “PLoS” as they are."""
    words = title.split(" ")
    result = []
    for index, word in enumerate(words):
        after_colon = index and words[index - 1].endswith(":")
        if word != word.lower() or not word:
            result.append(word)  # “BMJ”, “PLoS”, “McGill” keep their capitals
        elif index and not after_colon and word in MINOR_WORDS:
            result.append(word)
        else:
            result.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(result)


def edition(value):
    """“3rd”, “3rd ed.” → “3rd ed.”."""
    value = EDITION_WORD.sub("", (value or "").strip())
    return f"{value} ed." if value else ""


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
    if ARTICLE_NUMBER.fullmatch(pages.strip()):
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


def _details(source, *, pages=False):
    """“(2nd ed., Vol. 2, pp. 12–19)”: what APA puts in parentheses after a book's title."""
    details = []
    if source.edition:
        details.append(edition(source.edition))
    if source.volume:
        details.append(f"Vol. {source.volume}")
    if pages and source.pages:
        printed = page_range(source.pages)
        details.append(f"{'pp.' if '–' in printed else 'p.'} {printed}")
    report = getattr(source, "report_number", "")
    if report and source.kind == "book":
        details.append(f"Report No. {report}")
    return f" ({', '.join(details)})" if details else ""


def _title(source):
    """Article and chapter titles are plain; books and web pages are italic."""
    if source.kind == "journal":
        return [Run(sentence(source.title))]
    if source.kind == "chapter":
        # Without its book, a chapter's pages follow its title (there is no “In …” to hold them).
        details = "" if source.container_title else _details(source, pages=True)
        return _period([Run(source.title.strip() + details)])
    runs = [Run(source.title.strip(), italic=True)]
    if source.kind == "book":
        runs.append(Run(_details(source)))
    return _period([run for run in runs if run.text])


def _journal(source):
    pieces = []
    if name := source.journal_full_title:
        pieces.append([Run(title_case(name), italic=True)])
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
    if not source.container_title:
        return []
    runs = [Run("In ")]
    if source.editors.strip():
        runs.append(Run(format_editors(source.editor_list) + ", "))
    runs.append(Run(source.container_title, italic=True))
    runs.append(Run(_details(source, pages=True)))
    return [_period([run for run in runs if run.text])]


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
    return spaced(elements)


def format_source(source, *, with_links=True):
    """Format a Source (or anything with its attributes) as one APA reference, as plain text."""
    return runs_text(format_runs(source, with_links=with_links))


def format_html(source):
    """The reference as HTML: italics where APA wants them, DOI, URL and PMID as links."""
    return runs_html(format_runs(source))
