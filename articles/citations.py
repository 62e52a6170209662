"""Citations in article bodies.

The editor stores a citation as ``<span class="citation" data-refs="12 15">…</span>``, where the
numbers are Source ids. On the page each becomes superscript numbers, counted in order of first
citation ("2,7", or "1–3" for a run), linking to the reference list, which links back to every
place the source is cited (↩ a b c, as Wikipedia does).
"""

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

CITATION_SELECTOR = "span.citation[data-refs]"


def parse_refs(value):
    """Source ids in a ``data-refs`` attribute, in the writer's order, without repeats."""
    ids = []
    for token in re.split(r"[\s,]+", value or ""):
        if token.isdigit() and int(token) not in ids:
            ids.append(int(token))
    return ids


def cited_source_ids(html):
    """Every Source id cited in a body, in order of first citation."""
    soup = BeautifulSoup(html or "", "html.parser")
    ordered = []
    for span in soup.select(CITATION_SELECTOR):
        for source_id in parse_refs(span.get("data-refs")):
            if source_id not in ordered:
                ordered.append(source_id)
    return ordered


def group_numbers(numbers):
    """Collapse sorted numbers into runs: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs


@dataclass
class Numbering:
    """The outcome of numbering a body's citations."""

    order: list = field(default_factory=list)  # Source ids, reference number = index + 1
    anchors: dict = field(default_factory=dict)  # Source id -> ids of its citations, in order
    unknown: list = field(default_factory=list)  # cited ids that are not the article's references

    def number(self, source_id):
        return self.order.index(source_id) + 1


def number_citations(soup, known_ids=None):
    """Replace citation spans in ``soup`` with numbered superscript links.

    ``known_ids`` are the Source ids attached to the article; citations of anything else are
    left out of the page (and reported in ``unknown``) rather than pointing nowhere.
    """
    numbering = Numbering()
    known = None if known_ids is None else set(known_ids)
    for index, span in enumerate(soup.select(CITATION_SELECTOR), start=1):
        anchor = f"cite-{index}"
        ids = []
        for source_id in parse_refs(span.get("data-refs")):
            if known is not None and source_id not in known:
                if source_id not in numbering.unknown:
                    numbering.unknown.append(source_id)
                continue
            if source_id not in numbering.order:
                numbering.order.append(source_id)
            numbering.anchors.setdefault(source_id, []).append(anchor)
            ids.append(source_id)
        if not ids:
            span.decompose()
            continue
        span.replace_with(_superscript(soup, anchor, ids, numbering))
    return numbering


def _superscript(soup, anchor, ids, numbering):
    by_number = {numbering.number(source_id): source_id for source_id in ids}
    sup = soup.new_tag("sup", attrs={"class": "citation", "id": anchor})
    hidden = soup.new_tag("span", attrs={"class": "visually-hidden"})
    hidden.string = "References " if len(by_number) > 1 else "Reference "
    sup.append(hidden)
    for position, (first, last) in enumerate(group_numbers(by_number)):
        if position:
            sup.append(",")
        sup.append(_link(soup, first, by_number[first]))
        if last == first + 1:
            sup.append(",")
            sup.append(_link(soup, last, by_number[last]))
        elif last > first:
            sup.append("–")
            sup.append(_link(soup, last, by_number[last]))
    return sup


def _link(soup, number, source_id):
    link = soup.new_tag("a", attrs={"href": f"#ref-{source_id}"})
    link.string = str(number)
    return link


def backlink_labels(anchors):
    """(label, anchor) pairs for a reference's back links: one unlabelled, or a, b, c … z, aa …"""
    if len(anchors) == 1:
        return [("", anchors[0])]
    return [(_letters(index), anchor) for index, anchor in enumerate(anchors)]


def _letters(index):
    """0 -> a, 25 -> z, 26 -> aa: spreadsheet-column letters."""
    label = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        label = chr(ord("a") + remainder) + label
    return label
