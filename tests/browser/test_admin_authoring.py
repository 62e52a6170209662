"""A writer's journey in the admin: write an article in the editor, cite its references with the
"Cite" button, add a callout box, an FAQ and a disclaimer, publish, and read it on the site."""

import re

import pytest
from playwright.sync_api import expect

from articles.models import Article
from tests.factories import AuthorFactory, DisclaimerFactory, ReviewerFactory, SourceFactory

pytestmark = pytest.mark.browser

SLUG = "eczema-treatments"


@pytest.fixture
def library(db):
    """Writers, sources and a disclaimer already in the library, as a writer would find them."""
    return {
        "writers": [
            AuthorFactory(name="Jane Writer", slug="jane-writer"),
            AuthorFactory(name="Sam Writer", slug="sam-writer"),
        ],
        "sources": [
            SourceFactory(
                authors="Brar, K\nLeung, DYM",
                title="Emerging therapies for atopic dermatitis",
                year=2016,
            ),
            SourceFactory(
                authors="Hanifin, JM\nRajka, G",
                title="Diagnostic features of atopic dermatitis",
                container_title="Acta Derm Venereol",
                year=1980,
            ),
            SourceFactory(
                authors="Schneider, L\nTilles, S",
                title="Atopic dermatitis: a practice parameter update",
                container_title="J Allergy Clin Immunol",
                year=2013,
            ),
        ],
        "disclaimer": DisclaimerFactory(title="Medical disclaimer"),
    }


def log_in(page, live_server, admin_user):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", admin_user.username)
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_be_visible()


def choose_autocomplete(page, select_name, search, option_text):
    """Pick an option in one of the admin's select2 autocomplete widgets, as a user would."""
    select = page.locator(f'select[name="{select_name}"]')
    select.locator("xpath=following-sibling::span[contains(@class, 'select2')][1]").locator(
        ".select2-selection"
    ).click()
    page.locator(".select2-container--open .select2-search--dropdown input").fill(search)
    page.locator(".select2-results__option", has_text=option_text).first.click()
    expect(select.locator("option:checked")).to_contain_text(option_text)


def cite(page, *labels):
    """Click "Cite" in the editor's toolbar and tick the given references."""
    page.get_by_role("button", name="Cite references").click()
    dialog = page.locator("dialog.citation-dialog")
    expect(dialog).to_be_visible()
    for label in labels:
        dialog.get_by_label(re.compile(f"^{re.escape(label)}")).check()
    dialog.get_by_role("button", name="Insert citation").click()
    expect(dialog).to_have_count(0)


def test_writer_creates_cites_and_publishes_an_article(page, live_server, admin_user, library):
    ReviewerFactory(name="Dr Ada Reviewer", user=admin_user)
    console_errors = []
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            message.type == "error"
            and "favicon" not in (message.location or {}).get("url", "")
            and console_errors.append(message.text)
        ),
    )
    log_in(page, live_server, admin_user)
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    editor = page.locator(".ProseMirror[contenteditable=true]")
    expect(editor).to_be_visible()

    page.fill("#id_title", "Eczema treatments")
    page.fill("#id_standfirst", "Which treatments work for atopic eczema, and when to get help.")
    page.fill("#id_slug", SLUG)
    expect(page.locator("#id_slug")).to_have_value(SLUG)

    # Citing before any reference is listed explains what to do first.
    editor.click()
    page.get_by_role("button", name="Cite references").click()
    dialog = page.locator("dialog.citation-dialog")
    expect(dialog).to_contain_text("Add them in the “References” section")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_have_count(0)

    # Two writers: the inline starts with one row.
    choose_autocomplete(page, "article_authors-0-author", "Jane", "Jane Writer")
    page.get_by_role("button", name="Add another Byline author").click()
    choose_autocomplete(page, "article_authors-1-author", "Sam", "Sam Writer")
    page.fill('input[name="article_authors-1-position"]', "1")

    # Three references, picked from the source library.
    for index, search in enumerate(["Brar", "Hanifin", "Schneider"]):
        page.get_by_role("button", name="Add another Reference").click()
        choose_autocomplete(page, f"article_references-{index}-source", search, search)

    # The body: two cited paragraphs and a warning box.
    editor.click()
    page.keyboard.type("Emollients are the first treatment for eczema.")
    cite(page, "Brar 2016", "Hanifin 1980")
    expect(editor.locator("span.citation").first).to_have_text("[Brar 2016; Hanifin 1980]")
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("Topical steroids treat flares.")
    cite(page, "Schneider 2013")
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("Get urgent help if the skin is hot, swollen and painful.")
    page.get_by_role("button", name="Warning box").click()
    expect(editor.locator('aside.callout[data-kind="warning"]')).to_contain_text("urgent help")
    expect(editor.locator("span.citation")).to_have_count(2)

    # An FAQ and a disclaimer.
    page.get_by_role("button", name="Add another FAQ").click()
    page.fill('input[name="faqs-0-question"]', "Is eczema contagious?")
    page.fill('textarea[name="faqs-0-answer"]', "No. You cannot catch eczema from someone.")
    page.select_option("#id_disclaimers_from", label="Medical disclaimer")
    page.click("#id_disclaimers_add")
    expect(page.locator("#id_disclaimers_to option")).to_have_text(["Medical disclaimer"])

    page.fill("#id_seo_description", "What treatments exist for severe eczema, and the evidence.")
    page.locator("input[name=_continue]").click()
    expect(page.locator(".messagelist .success")).to_contain_text("was added successfully")
    expect(page.locator("#workflow h2")).to_contain_text("Draft")

    # The workflow: submit, approve (the admin is also the demo medical reviewer), publish.
    for button, state in [
        ("Save and submit for review", "In review"),
        ("Approve", "Approved"),
        ("Save and publish or schedule", "Published"),
    ]:
        page.get_by_role("button", name=button, exact=True).click()
        expect(page.locator("#workflow h2")).to_contain_text(state)

    article = Article.objects.get(slug=SLUG)
    brar, hanifin, schneider = library["sources"]
    assert (
        f'<span class="citation" data-refs="{brar.pk} {hanifin.pk}">[Brar 2016; Hanifin 1980]'
        "</span>" in article.body
    )
    assert f'<span class="citation" data-refs="{schneider.pk}">[Schneider 2013]</span>' in (
        article.body
    )
    assert '<aside class="callout" data-kind="warning"><p>Get urgent help' in article.body
    assert '<sup class="citation"' in article.body_html
    assert article.citation_order == [brar.pk, hanifin.pk, schneider.pk]
    assert article.unresolved_citations == []
    assert [a.name for a in article.ordered_authors()] == ["Jane Writer", "Sam Writer"]
    assert article.faqs.count() == 1
    assert list(article.disclaimers.all()) == [library["disclaimer"]]
    assert article.is_published()

    # The saved body loads back into the editor unchanged.
    expect(editor.locator("span.citation")).to_have_count(2)
    reloaded = page.evaluate(
        "() => document.querySelector('.ProseMirror[contenteditable=true]').editor.getHTML()"
    )
    assert reloaded == article.body
    assert console_errors == []

    # The public page: numbered superscript citations linking to the reference list.
    page.goto(f"{live_server.url}/articles/{SLUG}/")
    links = page.locator("sup.citation a")
    expect(links).to_have_text(["1", "2", "3"])
    expect(links.first).to_have_attribute("href", f"#ref-{brar.pk}")
    expect(page.locator(f"#ref-{schneider.pk}")).to_contain_text("Schneider L")
    expect(page.locator(".callout--warning")).to_contain_text("Get urgent help")
    expect(page.get_by_role("heading", name="Is eczema contagious?")).to_be_visible()
    expect(page.get_by_role("heading", name="Medical disclaimer")).to_be_visible()
