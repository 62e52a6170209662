"""Find a post's typed reference list, and turn its citation marks into real citations.

The list is an ``<ol>``/``<ul>``, or “1. …” paragraphs, under a heading such as References,
Sources or Bibliography. Citation marks are ``<sup>1</sup>``, ``<sup>1,2</sup>``,
``<sup>3-5</sup>``, ``<sup><a href="#ref-4">4</a></sup>``, ``[5]`` and ``(1, 2)``; each becomes
the editor's ``<span class="citation" data-refs="…">`` of the sources the numbers stood for.
"""

import re
from dataclasses import dataclass, field

from bs4 import NavigableString

from wordpress import reference_text

HEADING = re.compile(
    r"^\s*(references?|sources?|bibliography|citations?|works cited|reference list|"
    r"further reading and references)\s*:?\s*$",
    re.IGNORECASE,
)
HEADING_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
NUMBERS = r"\d{1,3}(?:\s*[,–\-]\s*\d{1,3})*"
MARK_TEXT = re.compile(rf"^\s*\[?\s*({NUMBERS})\s*\]?\s*$")
IN_TEXT = re.compile(rf"\[({NUMBERS})\]|(?<=[\w.,;:’”)])\s?\(({NUMBERS})\)")
MAX_RANGE = 50
# A superscript 2 or 3 straight after a unit of length is a power (BMI in kg/m², cm³).
UNIT_BEFORE = re.compile(r"(?:^|[\s\d/(])(?:[kcmdµμn]?m|ft|in)$")
EXPONENTS = {"2": "²", "3": "³"}


@dataclass
class TypedReference:
    number: int
    text: str
    links: list = field(default_factory=list)


def _is_heading(element):
    if element.name in HEADING_TAGS:
        return True
    # “<p><strong>References</strong></p>”: a heading typed as bold text.
    return element.name == "p" and element.find(["strong", "b"]) is not None


def _split_lines(soup):
    """“<p><b>References</b><br>1. …<br>2. …</p>”, as classic posts with single line breaks come
    out of autop: one paragraph per line, so the heading and each reference stand alone."""
    for paragraph in soup.find_all("p"):
        if paragraph.find("br") is None:
            continue
        lines, current = [], []
        for child in list(paragraph.children):
            if getattr(child, "name", None) == "br":
                lines.append(current)
                current = []
            else:
                current.append(child)
        lines.append(current)
        texts = [" ".join("".join(_text_of(c) for c in line).split()) for line in lines]
        numbered = sum(reference_text.number_of(text) is not None for text in texts)
        if not (any(HEADING.match(text) for text in texts) or numbered >= 2):
            continue
        for line in lines:
            if not "".join(_text_of(c) for c in line).strip():
                continue
            new = soup.new_tag("p")
            for child in line:
                new.append(child.extract())
            paragraph.insert_before(new)
        paragraph.decompose()


def _text_of(node):
    return node.get_text() if hasattr(node, "get_text") else str(node)


def find_reference_list(soup):
    """Remove the reference section from ``soup`` and return its entries (TypedReference)."""
    _split_lines(soup)
    for heading in soup.find_all([*HEADING_TAGS, "p"]):
        # A heading, or a paragraph that says only “References” (bold or not).
        if not HEADING.match(heading.get_text(" ", strip=True)):
            continue
        entries, consumed = [], []
        for sibling in heading.find_next_siblings():
            if _is_heading(sibling) and not reference_text.number_of(sibling.get_text()):
                break
            if sibling.name in ("ol", "ul"):
                start = (
                    int(sibling.get("start", 1)) if str(sibling.get("start", "1")).isdigit() else 1
                )
                for offset, item in enumerate(sibling.find_all("li", recursive=False)):
                    entries.append(_typed(item, start + offset))
            elif sibling.name == "p" and sibling.get_text(strip=True):
                number = reference_text.number_of(sibling.get_text(" ", strip=True))
                if number is None:
                    if entries:
                        break  # prose after the list
                    continue
                entries.append(_typed(sibling, number))
            consumed.append(sibling)
        if entries:
            heading.decompose()
            for element in consumed:
                element.decompose()
            return entries
    return []


def _typed(element, number):
    links = [a["href"] for a in element.find_all("a", href=True)]
    return TypedReference(number=number, text=element.get_text(" ", strip=True), links=links)


def numbers_in(text):
    """“1, 3–5” → [1, 3, 4, 5]."""
    numbers = []
    for part in re.split(r"\s*,\s*", text.strip()):
        bounds = re.split(r"\s*[–\-]\s*", part)
        if len(bounds) == 2 and all(bound.isdigit() for bound in bounds):
            low, high = int(bounds[0]), int(bounds[1])
            if 0 <= high - low <= MAX_RANGE:
                numbers.extend(range(low, high + 1))
        elif len(bounds) == 1 and part.isdigit():
            numbers.append(int(part))
    return numbers


@dataclass
class Marks:
    """What replacing citation marks did: numbers cited, and marks that matched no entry."""

    cited: list = field(default_factory=list)
    unmatched: list = field(default_factory=list)


def cite(soup, sources_by_number, label_of):
    """Replace citation marks with citation spans. ``sources_by_number``: number → Source id."""
    marks = Marks()
    known = set(sources_by_number)

    def span_for(numbers, original, report=True):
        """A citation span for the numbers that match an entry; the others are reported."""
        found = [number for number in numbers if number in known]
        missing = [str(number) for number in numbers if number not in known]
        if missing and (found or report):
            mark = original.strip().strip("[]()")
            note = f"{mark}" if mark == ", ".join(missing) else f"{mark} (no {', '.join(missing)})"
            if note not in marks.unmatched:
                marks.unmatched.append(note)
        if not found:
            return None
        ids = []
        for number in found:
            if sources_by_number[number] not in ids:
                ids.append(sources_by_number[number])
            if number not in marks.cited:
                marks.cited.append(number)
        span = soup.new_tag(
            "span", attrs={"class": "citation", "data-refs": " ".join(map(str, ids))}
        )
        span.string = "[" + "; ".join(label_of(source_id) for source_id in ids) + "]"
        return span

    for sup in soup.find_all("sup"):
        match = MARK_TEXT.match(sup.get_text())
        if match and _is_exponent(sup):
            sup.replace_with(EXPONENTS[match.group(1)])  # kg/m², cm³: not citations
            continue
        if match:
            span = span_for(numbers_in(match.group(1)), sup.get_text())
            if span is not None:
                sup.replace_with(span)
            else:
                sup.replace_with(f"[{match.group(1)}]")
    for link in soup.find_all("a", href=re.compile(r"^#")):
        match = MARK_TEXT.match(link.get_text())
        if match and link.find_parent("span", class_="citation") is None:
            span = span_for(numbers_in(match.group(1)), link.get_text())
            if span is not None:
                link.replace_with(span)
    for text in list(soup.find_all(string=IN_TEXT)):
        if not isinstance(text, NavigableString) or text.find_parent(["a", "span", *HEADING_TAGS]):
            continue
        _cite_in_text(text, span_for)
    return marks


def _is_exponent(sup):
    before = sup.previous_sibling
    return (
        sup.get_text().strip() in EXPONENTS
        and isinstance(before, NavigableString)
        and bool(UNIT_BEFORE.search(str(before)))
    )


def _cite_in_text(text, span_for):
    pieces, position, value = [], 0, str(text)
    for match in IN_TEXT.finditer(value):
        # “(2)” in prose may be anything: only a bracketed “[2]” that matches nothing is reported.
        span = span_for(
            numbers_in(match.group(1) or match.group(2)),
            match.group(0),
            report=bool(match.group(1)),
        )
        if span is None:
            continue
        pieces.append(value[position : match.start()])
        pieces.append(span)
        position = match.end()
    if not pieces:
        return
    pieces.append(value[position:])
    for piece in pieces:
        if piece:
            text.insert_before(piece)
    text.extract()
