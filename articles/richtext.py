"""Article body: what the editor may produce, how it is sanitised, and how it becomes a page.

One allowlist serves both sides: django-prose-editor derives the editor's features and nh3's
sanitiser rules from ``BODY_EXTENSIONS``, so the server accepts exactly what the editor can make.
"""

from dataclasses import dataclass

from bs4 import BeautifulSoup
from bs4.dammit import EntitySubstitution
from bs4.formatter import HTMLFormatter
from django.urls import reverse_lazy
from django.utils.text import slugify
from django_prose_editor.fields import create_sanitizer

from articles import pasting
from articles.citations import number_citations
from images.markup import picture_html

BODY_EXTENSIONS = {
    "Heading": {"levels": [2, 3, 4]},  # the page title is the only h1
    "Bold": True,
    "Italic": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": True, "protocols": ["http", "https", "mailto", "tel"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    # "Browse…" in the figure dialog opens the media library (images.admin.picker_view).
    "Figure": {"pickerUrl": reverse_lazy("admin:images_imageasset_picker")},
    "Caption": True,
    "Image": True,
    "Citation": True,
    "Callout": True,
    # Lists and blank lines pasted from Word and Google Docs (editor_extensions.js).
    "PasteCleanup": True,
    "History": True,
    "HTML": True,
    "Fullscreen": True,
}

CALLOUT_KINDS = {
    "info": "Good to know",
    "warning": "Warning",
    "urgent": "When to get urgent help",
}

WORDS_PER_MINUTE = 200
BODY_IMAGE_SIZES = "(min-width: 72rem) 44rem, 100vw"  # the article column

# Escape only what HTML requires, so "β" and "𝛾" stay characters rather than entities.
HTML_FORMATTER = HTMLFormatter(
    entity_substitution=EntitySubstitution.substitute_xml, void_element_close_prefix=""
)

_sanitize = create_sanitizer(BODY_EXTENSIONS)


def sanitize_body(html):
    """The body as stored: sanitised, with lists and blank lines pasted from Word repaired."""
    clean = _sanitize(html)
    repaired = pasting.repair(clean)
    # Sanitised again only when repaired, so the stored HTML is always nh3's serialisation.
    return clean if repaired == clean else _sanitize(repaired)


@dataclass
class RenderedBody:
    html: str
    toc: list
    cited_ids: list
    anchors: dict
    unknown_ids: list
    word_count: int


def render_body(html, known_source_ids=None, library_images=None):
    """Turn sanitised editor HTML into page HTML, with its table of contents and citations."""
    soup = BeautifulSoup(html or "", "html.parser")
    word_count = _count_words(soup)
    toc = _anchor_headings(soup)
    numbering = number_citations(soup, known_source_ids)
    _render_callouts(soup)
    _render_media(soup, library_images or {})
    return RenderedBody(
        html=soup.decode(formatter=HTML_FORMATTER),
        toc=toc,
        cited_ids=numbering.order,
        anchors=numbering.anchors,
        unknown_ids=numbering.unknown,
        word_count=word_count,
    )


def _count_words(soup):
    """Words a reader reads: citation labels are not counted."""
    return sum(
        len(piece.split())
        for piece in soup.find_all(string=True)
        if not piece.find_parent("span", class_="citation")
    )


def _anchor_headings(soup):
    """Give h2/h3 headings stable ids and return them nested as a table of contents."""
    toc, used = [], set()
    for heading in soup.find_all(["h2", "h3"]):
        # Citation labels are not part of a heading's name.
        text = " ".join(
            piece.strip()
            for piece in heading.find_all(string=True)
            if piece.strip() and not piece.find_parent("span", class_="citation")
        )
        if not text:
            continue
        base = slugify(text, allow_unicode=True) or "section"
        slug, n = base, 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        heading["id"] = slug
        entry = {"id": slug, "text": text, "children": []}
        if heading.name == "h3" and toc:
            toc[-1]["children"].append(entry)
        else:
            toc.append(entry)
    return toc


def _render_callouts(soup):
    for aside in soup.select("aside.callout"):
        kind = aside.get("data-kind") if aside.get("data-kind") in CALLOUT_KINDS else "info"
        # A <div role="note">: an <aside> inside <main> would be a misplaced landmark.
        aside.name = "div"
        aside.attrs = {"class": ["callout", f"callout--{kind}"], "role": "note"}
        title = soup.new_tag("p", attrs={"class": "callout__title"})
        title.string = CALLOUT_KINDS[kind]
        aside.insert(0, title)


def _render_media(soup, library_images):
    """``library_images`` maps a library image's id to its renditions."""
    for image in soup.find_all("img"):
        renditions = library_images.get(image.attrs.pop("data-file", ""))
        if renditions:
            picture = picture_html(renditions, image.get("alt", ""), sizes=BODY_IMAGE_SIZES)
            image.replace_with(BeautifulSoup(picture, "html.parser"))
            continue
        image["loading"] = "lazy"
        image["decoding"] = "async"
    for link in soup.find_all("a", target="_blank"):
        link["rel"] = "noopener noreferrer"
    for table in soup.find_all("table"):
        # Wide tables scroll on phones; a scrollable region must be reachable by keyboard.
        wrapper = soup.new_tag(
            "div", attrs={"class": "table-scroll", "tabindex": "0", "role": "region"}
        )
        wrapper["aria-label"] = "Table"
        table.wrap(wrapper)
