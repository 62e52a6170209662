"""Clipboard HTML from word processors (tests/articles/fixtures/clipboard/, see its README) and
the outline of what it must become in the article body."""

from pathlib import Path

from bs4 import BeautifulSoup

CLIPBOARD = Path(__file__).parent / "articles" / "fixtures" / "clipboard"


def clipboard(name):
    return (CLIPBOARD / name).read_text()


def outline(html):
    """The blocks of ``html``: ("p", text) or ("ul"/"ol", attributes, [item outlines]).

    Of a list's attributes only ``type`` and ``start`` count: the editor adds ``data-type``,
    which restates the type.
    """

    def block(tag):
        if tag.name in {"ul", "ol"}:
            items = [item(li) for li in tag.find_all("li", recursive=False)]
            attributes = {k: v for k, v in tag.attrs.items() if k in {"type", "start"}}
            return (tag.name, attributes, items)
        return (tag.name, " ".join(tag.get_text().split()))

    def item(li):
        text = " ".join(li.find("p", recursive=False).get_text().split())
        nested = [block(child) for child in li.find_all(["ul", "ol"], recursive=False)]
        return (text, *nested)

    return [block(tag) for tag in BeautifulSoup(html, "html.parser").find_all(recursive=False)]


# The same text in every fixture: a bulleted list with a nested level, a numbered list (Word's
# with a lettered sub-item), blank lines between them.
BULLETS = (
    "ul",
    {},
    [
        (
            "Emollients every day",
            ("ul", {}, [("Ointments for very dry skin",), ("Creams during the day",)]),
        ),
        ("Topical steroids for flares",),
    ],
)
WORD = [
    ("p", "Treatments for atopic eczema"),
    BULLETS,
    (
        "ol",
        {},
        [
            ("Wash your hands", ("ol", {"type": "a"}, [("with warm water",)])),
            ("Smooth the emollient on",),
        ],
    ),
    ("p", "See a GP if it does not improve."),
]
GOOGLE_DOCS = [
    ("p", "Treatments for atopic eczema"),
    BULLETS,
    ("ol", {}, [("Wash your hands",), ("Smooth the emollient on",)]),
    ("p", "See a GP if it does not improve."),
]
