"""Lists and blank lines pasted from Word and Google Docs are stored as real lists without empty
paragraphs (the server-side safety net for imports and older content; the editor repairs pastes
as they happen, see tests/browser/test_editor_pasting.py)."""

import pytest

from articles.richtext import sanitize_body
from tests.clipboard import GOOGLE_DOCS, WORD, clipboard, outline
from tests.factories import ArticleFactory


def test_what_the_editor_stored_from_word_becomes_lists():
    """Glyph-prefixed paragraphs → nested lists; the blank lines go."""
    stored = clipboard("word_saved.html")

    clean = sanitize_body(stored)

    assert outline(clean) == WORD
    assert "·" not in clean and "&nbsp;" not in clean
    assert "<li><p>Topical <strong>steroids</strong> for flares</p></li>" in clean


def test_words_clipboard_html_saved_directly_becomes_lists():
    clean = sanitize_body(clipboard("word.html"))

    assert outline(clean) == WORD
    assert "·" not in clean and "&nbsp;" not in clean and "<p></p>" not in clean


def test_google_docs_clipboard_html_nests_sub_lists_in_their_item():
    clean = sanitize_body(clipboard("google_docs.html"))

    assert outline(clean) == GOOGLE_DOCS
    assert "<br>" not in clean


def test_repaired_html_is_stable():
    for name in ["word.html", "word_saved.html", "google_docs.html"]:
        once = sanitize_body(clipboard(name))
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
        "Loose line one<br>loose line two",
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
        '<ol data-type="decimal"><li><p>One</p></li><li><p>Two</p></li></ol><p>A remark.</p>'
        '<ol data-type="decimal" start="3"><li><p>Three</p></li></ol>'
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
    article = ArticleFactory(body=clipboard("word_saved.html"))

    article.refresh_from_db()
    assert outline(article.body) == WORD
    assert "<ul>" in article.body_html
