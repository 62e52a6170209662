"""What word processors leave in pasted text, repaired on the server after sanitising.

Word (desktop) copies a list as paragraphs whose text starts with the bullet or number and
non-breaking spaces (``<p>·&nbsp;&nbsp;&nbsp;Emollients</p>``), and a blank line as
``<p>&nbsp;</p>``. The editor repairs pastes as they happen (static/articles/editor_extensions.js,
``PasteCleanup``); this is the safety net for imports, older content and browsers that bypass the
editor: runs of such paragraphs become ``<ul>``/``<ol>`` (nested where the marker changes, as
Word's ``·``, ``o``, ``§`` or ``1.``, ``a.``, ``i.`` levels do), empty paragraphs are dropped,
and a list placed directly in a list (as Google Docs nests) moves into the item before it.
"""

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

# Word's bullets by level (Symbol ·, Courier New o, Wingdings §) and other tools' glyphs.
BULLETS = "·•◦▪▫‣⁃∙o§–-*"
# A marker, then spaces of which at least one is a non-breaking space: Word pads the marker
# with them, while a writer typing "a. " at the start of a sentence does not.
MARKER = re.compile(
    r"^[ \t\n]*(?:(?P<bullet>[" + re.escape(BULLETS) + r"])"
    r"|(?P<number>\d{1,3}|[a-zA-Z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})[.)])"
    r"[ \t\n]*\xa0[ \t\n\xa0]*"
)
ROMAN = re.compile(r"^(?:[ivxlcdm]+|[IVXLCDM]+)$")
# Blocks whose empty paragraphs are dropped; a table cell or list item keeps its paragraph.
CONTAINERS = {"[document]", "aside", "blockquote"}


def needs_repair(html):
    """A cheap look for anything to repair, so most saves skip parsing."""
    return (
        "&nbsp;" in html
        or "\xa0" in html
        or bool(re.search(r"<p>(?:\s|<br>|<span>|</span>)*</p>", html))
        or bool(re.search(r"(?:^|>)\s*<br>", html))
        or bool(re.search(r"<(?:ul|ol)[^>]*>\s*<(?:ul|ol)|</li>\s*<(?:ul|ol)", html))
    )


def repair(html):
    """``html`` with pseudo-lists turned into lists and empty paragraphs dropped."""
    if not html or not needs_repair(html):
        return html
    soup = BeautifulSoup(html, "html.parser")
    _nest_stray_lists(soup)
    # Lists first: a blank line ends a list (a numbered one goes on with "start").
    _make_lists(soup)
    _drop_empty_paragraphs(soup)
    return str(soup)


@dataclass
class Item:
    """One pseudo-list paragraph: its marker's kind (a glyph, or a numbering style), its level."""

    paragraph: Tag
    kind: str
    value: str
    level: int


def _make_lists(soup):
    for run in _runs(soup):
        place = soup.new_string("")
        run[0][0].insert_before(place)
        place.replace_with(_build(soup, _levels(run)))


def _runs(soup):
    """Consecutive sibling paragraphs that start with a list marker."""
    runs, current, previous = [], [], None
    for paragraph in soup.find_all("p"):
        match = MARKER.match(paragraph.get_text())
        if not match:
            continue
        if current and _previous_element(paragraph) is previous:
            current.append((paragraph, match))
        else:
            current = [(paragraph, match)]
            runs.append(current)
        previous = paragraph
    return runs


def _previous_element(tag):
    sibling = tag.previous_sibling
    while isinstance(sibling, NavigableString) and not sibling.strip():
        sibling = sibling.previous_sibling
    return sibling


def _kind(match, stack):
    """The marker's kind: the glyph for bullets, else decimal, alpha or roman (and its case)."""
    if match["bullet"]:
        return "bullet:" + match["bullet"], ""
    value = match["number"]
    if value.isdigit():
        return "decimal", value
    case = "lower" if value.islower() else "upper"
    if len(value) == 1 and value.lower() == "i":
        # "i." follows "h." in a lettered list, and starts a roman one anywhere else.
        alpha = f"alpha-{case}"
        if alpha in stack.kinds and stack.last[alpha] == chr(ord(value) - 1):
            return alpha, value
        return f"roman-{case}", value
    if len(value) > 1 and ROMAN.match(value):
        return f"roman-{case}", value
    return f"alpha-{case}", value


@dataclass
class Levels:
    """The marker kinds of the open levels, and the last marker seen of each kind."""

    kinds: list
    last: dict


def _levels(run):
    """Each marker kind seen first opens a deeper level; seeing it again returns to it."""
    stack, items = Levels(kinds=[], last={}), []
    for paragraph, match in run:
        kind, value = _kind(match, stack)
        if kind in stack.kinds:
            del stack.kinds[stack.kinds.index(kind) + 1 :]
        else:
            stack.kinds.append(kind)
        stack.last[kind] = value
        _strip_marker(paragraph, len(match.group(0)))
        items.append(Item(paragraph, kind, value, level=len(stack.kinds) - 1))
    return items


def _strip_marker(paragraph, length):
    """Remove the first ``length`` characters of text (the marker may span several spans)."""
    for text in list(paragraph.find_all(string=True)):
        if length <= 0:
            break
        cut = min(length, len(text))
        length -= cut
        rest = str(text)[cut:]
        parent = text.parent
        if rest:
            text.replace_with(rest)
        else:
            text.extract()
            # Word's padding spans are empty now; a citation never is.
            while parent is not paragraph and parent.name == "span" and not parent.contents:
                grandparent = parent.parent
                parent.decompose()
                parent = grandparent


# Ordered lists as the editor writes them: data-type always, type when not decimal.
LIST_STYLES = {
    "decimal": ("decimal", None),
    "alpha-lower": ("lower-alpha", "a"),
    "alpha-upper": ("upper-alpha", "A"),
    "roman-lower": ("lower-roman", "i"),
    "roman-upper": ("upper-roman", "I"),
}


def _new_list(soup, item):
    if item.kind.startswith("bullet:"):
        return soup.new_tag("ul")
    tag = soup.new_tag("ol")
    if item.kind == "decimal" and item.value != "1":
        tag["start"] = item.value  # a numbered list interrupted by a paragraph goes on
    data_type, list_type = LIST_STYLES[item.kind]
    tag["data-type"] = data_type
    if list_type:
        tag["type"] = list_type
    return tag


def _build(soup, items):
    """Nested <ul>/<ol> of ``items``; each item keeps its paragraph, as the editor writes them."""
    root = _new_list(soup, items[0])
    lists = [root]  # the open list at each level
    for item in items:
        del lists[item.level + 1 :]
        if len(lists) < item.level + 1:
            nested = _new_list(soup, item)
            lists[-1].find_all("li", recursive=False)[-1].append(nested)
            lists.append(nested)
        entry = soup.new_tag("li")
        entry.append(item.paragraph.extract())
        lists[-1].append(entry)
    return root


def _drop_empty_paragraphs(soup):
    """Blank lines: empty paragraphs, and line breaks standing between blocks (Google Docs)."""
    for line_break in soup.find_all("br"):
        if line_break.parent.name in CONTAINERS and not _next_to_text(line_break):
            line_break.decompose()
    for paragraph in soup.find_all("p"):
        if paragraph.parent.name not in CONTAINERS:
            continue
        if paragraph.get_text().strip(" \t\n\r\xa0") or paragraph.find("img"):
            continue
        others = [tag for tag in paragraph.parent.find_all(recursive=False) if tag is not paragraph]
        if paragraph.parent.name in {"aside", "blockquote"} and not others:
            continue  # the box would be left empty
        paragraph.decompose()


def _next_to_text(tag):
    """Whether loose text stands beside ``tag`` (then a <br> is a line break, not a blank line)."""
    for sibling in (tag.previous_sibling, tag.next_sibling):
        if isinstance(sibling, NavigableString) and sibling.strip():
            return True
        if isinstance(sibling, Tag) and sibling.name in {"strong", "em", "a", "span"}:
            return True
    return False


def _nest_stray_lists(soup):
    """Google Docs nests a sub-list directly in the list; move it into the item before it."""
    for stray in soup.select("ul > ul, ul > ol, ol > ul, ol > ol"):
        previous = _previous_element(stray)
        if isinstance(previous, Tag) and previous.name == "li":
            previous.append(stray.extract())
