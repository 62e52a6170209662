"""The body editor as a writer meets it: room to write, box buttons that say what they do, and
lists pasted from Word or Google Docs that stay lists (a real paste event, saved)."""

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.clipboard import GOOGLE_DOCS, WORD, clipboard, outline
from tests.factories import ArticleFactory, AuthorFactory, attach

pytestmark = pytest.mark.browser

EDITOR = ".ProseMirror[contenteditable=true]"

PASTE = """([html, text]) => {
  const editor = document.querySelector(".ProseMirror[contenteditable=true]")
  editor.focus()
  const data = new DataTransfer()
  data.setData("text/html", html)
  data.setData("text/plain", text)
  editor.dispatchEvent(
    new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
  )
}"""


def log_in(page, live_server, user):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_be_visible()


def test_the_editor_has_room_and_its_box_buttons_are_named(page, live_server, admin_user):
    log_in(page, live_server, admin_user)
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    editor = page.locator(EDITOR)
    expect(editor).to_be_visible()

    lines = editor.evaluate(
        """(element) => {
          const style = getComputedStyle(element)
          const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2
          return element.getBoundingClientRect().height / line
        }"""
    )
    assert lines >= 18, f"an empty editor is {lines:.1f} lines tall"

    labels = page.locator(".prose-menubar .labelled-button:not(.hidden) .labelled-button__label")
    expect(labels).to_have_text(["Good to know box", "Warning box", "Urgent help box"])
    for label in labels.all():
        expect(label).to_be_visible()
        assert label.bounding_box()["width"] > 40  # shown, not squeezed to nothing

    # Inside a box, the button to take the text out of it is named too.
    editor.click()
    page.keyboard.type("Call 999 if you cannot breathe.")
    page.get_by_role("button", name="Urgent help box").click()
    expect(editor.locator('aside.callout[data-kind="urgent"]')).to_contain_text("Call 999")
    expect(page.get_by_role("button", name="Remove box")).to_be_visible()


@pytest.mark.parametrize(
    ("fixture", "expected"), [("word.html", WORD), ("google_docs.html", GOOGLE_DOCS)]
)
def test_a_list_pasted_from_a_word_processor_stays_a_list(
    page, live_server, admin_user, fixture, expected
):
    article = ArticleFactory(status=Article.Status.DRAFT, published_at=None, body="")
    attach(article, authors=[AuthorFactory()])
    log_in(page, live_server, admin_user)
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    editor = page.locator(EDITOR)
    expect(editor).to_be_visible()

    page.evaluate(PASTE, [clipboard(fixture), "Treatments for atopic eczema"])

    expect(editor.locator(":scope > ul > li")).to_have_count(2)
    expect(editor.locator(":scope > ul > li > ul > li")).to_have_text(
        ["Ointments for very dry skin", "Creams during the day"]
    )
    expect(editor.locator(":scope > ol > li")).to_have_count(2)
    blocks = editor.evaluate("(e) => [...e.children].map((c) => c.textContent.trim())")
    assert "" not in blocks, "a blank paragraph was kept"
    assert not any(text.startswith(("·", "o\xa0", "1.")) for text in blocks)

    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()
    article.refresh_from_db()
    assert outline(article.body) == expected


def test_a_line_break_pasted_from_a_web_page_stays(page, live_server, admin_user):
    """Only Google Docs' <br> between blocks is a blank line; elsewhere it breaks a line."""
    log_in(page, live_server, admin_user)
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    editor = page.locator(EDITOR)
    expect(editor).to_be_visible()

    html = '<meta charset="utf-8"><span>Alum House</span><br><span>5 Alum Chine Road</span>'
    page.evaluate(PASTE, [html, "Alum House\n5 Alum Chine Road"])

    expect(editor.locator("p")).to_have_count(1)
    expect(editor.locator("p br")).to_have_count(1)
    expect(editor.locator("p")).to_contain_text("5 Alum Chine Road")
