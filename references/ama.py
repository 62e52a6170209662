"""The AMA style, 11th edition (AMA Manual of Style, §3.6–3.15), beside vancouver.py and apa.py.

    Brar K, Leung DYM. Recent considerations in the use of recombinant interferon gamma.
    Expert Opin Biol Ther. 2016;16(4):507-514. doi:10.1517/14712598.2016.1135898

Names as in Vancouver (six listed; from seven, three and “et al”), NLM journal abbreviations in
italic, page ranges in full with a hyphen, book titles in italic title case, no place of
publication (dropped in the 11th edition), “doi:” without a final period, web pages with
“Published …” and “Accessed …” dates. As in the APA module, the PMID follows the DOI for health
readers (AMA has no element for it).
"""

import re

from references.apa import MONTHS, Run, runs_html, runs_text, spaced, title_case
from references.vancouver import edition, join_names, sentence

MAX_LISTED_AUTHORS = 6  # all up to six; from seven, the first three and "et al"
SHOWN_WITH_ET_AL = 3
PAGE_RANGE = re.compile(r"^([A-Za-z]*)(\d+)\s*[-–—]+\s*([A-Za-z]*)(\d+)$")


def format_names(names, more=False):
    # “More authors not listed” means at least one more than the names given.
    if len(names) + (1 if more else 0) > MAX_LISTED_AUTHORS:
        names, more = names[:SHOWN_WITH_ET_AL], True
    text = join_names([name.vancouver() for name in names], names)
    return f"{text}, et al" if text and more else text


def page_range(pages):
    """Inclusive pages in full with a hyphen (§3.12.9): “507-14” → “507-514”."""
    pages = re.sub(r"\s*[–—]+\s*|\s*--+\s*", "-", (pages or "").strip())
    match = PAGE_RANGE.match(pages)
    if not match:
        return pages
    prefix, first, end_prefix, last = match.groups()
    if end_prefix in ("", prefix) and len(last) < len(first):
        last = first[: len(first) - len(last)] + last
    return f"{prefix}{first}-{end_prefix or prefix}{last}"


def long_date(year, month=None, day=None):
    """“March 1, 2023”, “March 2023” or “2023”."""
    if not month:
        return str(year)
    return f"{MONTHS[month - 1]} {day}, {year}" if day else f"{MONTHS[month - 1]} {year}"


def _period(runs):
    text = "".join(run.text for run in runs).rstrip()
    return runs if not text or text[-1] in ".?!" else [*runs, Run(".")]


def _imprint(source, pages=""):
    """“McGraw-Hill; 2019:363-384.” (publisher, year and, for chapters, the pages)."""
    date = str(source.year or "")
    if pages:
        date = f"{date}:{pages}" if date else pages
    return [Run(sentence("; ".join(part for part in (source.publisher, date) if part)))]


def _book_details(source):
    parts = [edition(source.edition), f"Vol {source.volume}." if source.volume else ""]
    report = getattr(source, "report_number", "")
    if report:
        parts.append(f"Report No. {report}.")
    return [Run(part) for part in parts if part]


def _journal(source):
    """“Expert Opin Biol Ther. 2016;16(4):507-514.”, with whatever parts the record has."""
    date = str(source.year or "")
    locator = source.volume + (f"({source.issue})" if source.issue else "")
    if locator:
        date = f"{date};{locator}" if date else locator
    if source.pages:
        date = f"{date}:{page_range(source.pages)}" if date else page_range(source.pages)
    runs = []
    if journal := source.journal_abbreviation:
        runs += [Run(journal, italic=True), Run(". " if date else ".")]
    if date:
        runs = _period([*runs, Run(date)])
    return [runs] if runs else []


def _book(source):
    title = [Run(title_case(source.title.strip().rstrip(".")), italic=True), Run(".")]
    return [title, *[[run] for run in _book_details(source)], _imprint(source)]


def _chapter(source):
    elements = [[Run(sentence(source.title))]]
    if source.container_title or source.editors.strip():
        runs = [Run("In: ")]
        if editors := source.editor_list:
            role = "ed" if len(editors) == 1 else "eds"
            runs.append(Run(f"{format_names(editors)}, {role}. "))
        if source.container_title:
            runs += [Run(title_case(source.container_title), italic=True), Run(".")]
        elements.append([run for run in runs if run.text])
    elements += [[run] for run in _book_details(source)]
    elements.append(_imprint(source, page_range(source.pages)))
    return elements


def _web(source):
    elements = [[Run(sentence(source.title))]]
    if source.container_title:
        elements.append([Run(sentence(source.container_title))])
    if source.year:
        published = long_date(source.year, source.month, source.day)
        elements.append([Run(f"Published {published}.")])
    return elements


def _accessed(source):
    cited = source.cited_on
    return [[Run(f"Accessed {long_date(cited.year, cited.month, cited.day)}.")]] if cited else []


def _links(source):
    elements = []
    if source.doi:
        elements.append([Run("doi:"), Run(source.doi, href=source.doi_url)])
    elif source.url:
        elements += _accessed(source) + [[Run(source.url, href=source.url)]]
    if source.pmid:
        elements.append([Run("PMID: "), Run(source.pmid, href=source.pubmed_url)])
    return elements


def format_runs(source, *, with_links=True):
    authors = format_names(source.author_list, more=source.more_authors)
    elements = [[Run(sentence(authors))]] if authors else []
    kind = source.kind
    if kind == "book":
        elements += _book(source)
    elif kind == "chapter":
        elements += _chapter(source)
    elif kind == "web":
        elements += _web(source)
    else:
        elements += [[Run(sentence(source.title))], *_journal(source)]
    if with_links:
        elements += _links(source)
    elif source.cited_on and not source.doi and source.url:
        elements += _accessed(source)
    return spaced(elements)


def format_source(source, *, with_links=True):
    """Format a Source (or anything with its attributes) as one AMA reference, as plain text."""
    return runs_text(format_runs(source, with_links=with_links))


def format_html(source):
    """The reference as HTML: journal and book titles italic, DOI, URL and PMID as links."""
    return runs_html(format_runs(source))
