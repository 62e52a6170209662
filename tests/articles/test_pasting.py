"""Lists and blank lines pasted from Word and Google Docs are stored as real lists without empty
paragraphs (the server-side safety net for imports and older content; the editor repairs pastes
as they happen, see tests/browser/test_editor_pasting.py)."""

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from articles.richtext import sanitize_body
from tests.factories import ArticleFactory

CLIPBOARD = Path(__file__).parent / "fixtures" / "clipboard"


def outline(html):
    """The blocks of ``html``: ("p", text) or ("ul"/"ol", attributes, [item outlines])."""

    def block(tag):
        if tag.name in {"ul", "ol"}:
            return (
                tag.name,
                dict(tag.attrs),
                [item(li) for li in tag.find_all("li", recursive=False)],
            )
        return (tag.name, " ".join(tag.get_text().split()))

    def item(li):
        text = " ".join(li.find("p", recursive=False).get_text().split())
        nested = [block(child) for child in li.find_all(["ul", "ol"], recursive=False)]
        return (text, *nested)

    return [block(tag) for tag in BeautifulSoup(html, "html.parser").find_all(recursive=False)]


EXPECTED = [
    ("p", "Treatments for atopic eczema"),
    (
        "ul",
        {},
        [
            (
                "Emollients every day",
                ("ul", {}, [("Ointments for very dry skin",), ("Creams during the day",)]),
            ),
            ("Topical steroids for flares",),
        ],
    ),
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


def test_what_the_editor_stored_from_word_becomes_lists():
    """Glyph-prefixed paragraphs → nested lists; the blank lines go."""
    stored = (CLIPBOARD / "word_saved.html").read_text()

    clean = sanitize_body(stored)

    assert outline(clean) == EXPECTED
    assert "·" not in clean and "&nbsp;" not in clean
    assert "<li><p>Topical <strong>steroids</strong> for flares</p></li>" in clean


def test_words_clipboard_html_saved_directly_becomes_lists():
    clean = sanitize_body((CLIPBOARD / "word.html").read_text())

    assert outline(clean) == EXPECTED
    assert "·" not in clean and "&nbsp;" not in clean and "<p></p>" not in clean


def test_google_docs_clipboard_html_nests_sub_lists_in_their_item():
    clean = sanitize_body((CLIPBOARD / "google_docs.html").read_text())

    google = [block if block[0] != "ol" else ("ol", {}, [(t,) for t in (
        "Wash your hands", "Smooth the emollient on")]) for block in EXPECTED]  # fmt: skip
    assert outline(clean) == google
    assert "<br>" not in clean


def test_repaired_html_is_stable():
    for name in ["word.html", "word_saved.html", "google_docs.html"]:
        once = sanitize_body((CLIPBOARD / name).read_text())
        assert sanitize_body(once) == once


@pytest.mark.parametrize(
    "html",
    [
        "<p>a. This sentence starts with a letter and a full stop.</p>",
        "<p>o dear, 1. and · with ordinary spaces</p>",
        "<table><tbody><tr><td><p></p></td></tr></tbody></table>",
        '<aside class="callout" data-kind="info"><p></p></aside>',
        "<ul><li><p>A real list</p></li></ul><p>Text&nbsp;with a non-breaking space.</p>",
        "<p>Line one<br>line two</p>",
    ],
)
def test_what_needs_no_repair_is_kept_as_it_is(html):
    assert sanitize_body(html) == html


def test_a_numbered_list_interrupted_by_a_paragraph_goes_on_counting():
    clean = sanitize_body(
        "<p>1.&nbsp;&nbsp; One</p><p>2.&nbsp;&nbsp; Two</p>"
        "<p>A remark.</p><p>3.&nbsp;&nbsp; Three</p>"
    )

    assert clean == (
        "<ol><li><p>One</p></li><li><p>Two</p></li></ol><p>A remark.</p>"
        '<ol start="3"><li><p>Three</p></li></ol>'
    )


def test_i_is_a_letter_after_h_and_a_roman_numeral_elsewhere():
    """Word's numbering levels: 1., a., i.; the ninth lettered item is "i." too."""
    letters = "".join(f"<p>{c}.&nbsp;&nbsp; Item {c}</p>" for c in "ghi")
    clean = sanitize_body(f"<p>1.&nbsp; One</p>{letters}<p>i.&nbsp; Roman</p>")

    assert outline(clean) == [
        (
            "ol",
            {},
            [
                (
                    "One",
                    (
                        "ol",
                        {"type": "a"},
                        [
                            ("Item g",),
                            ("Item h",),
                            ("Item i", ("ol", {"type": "i"}, [("Roman",)])),
                        ],
                    ),
                )
            ],
        )
    ]


def test_citations_in_a_pasted_list_item_are_kept():
    clean = sanitize_body(
        '<p>·&nbsp;&nbsp; Emollients <span class="citation" data-refs="3">[Brar 2016]</span></p>'
    )

    assert clean == (
        '<ul><li><p>Emollients <span class="citation" data-refs="3">[Brar 2016]</span>'
        "</p></li></ul>"
    )


@pytest.mark.django_db
def test_saving_an_article_repairs_its_body():
    article = ArticleFactory(body=(CLIPBOARD / "word_saved.html").read_text())

    article.refresh_from_db()
    assert outline(article.body) == EXPECTED
    assert "<ul>" in article.body_html
