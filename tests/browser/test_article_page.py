"""A reader opens the demo article in Chromium: it renders, citations link both ways, axe passes."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.screenshots import full_page_screenshot
from tests.demo_pages import DEMO_ARTICLE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_demo_article_renders_with_every_part(live_server, page, demo_site):
    page.goto(live_server.url + DEMO_ARTICLE)

    assert page.locator("h1").inner_text() == "Interferon therapy for eczema"
    for selector in [
        ".disclosure",
        ".breadcrumbs",
        ".standfirst",
        ".byline__authors a",
        ".byline__review",
        ".trust-box",
        ".toc a",
        ".prose h2",
        "sup.citation a",
        ".callout--urgent",
        ".faq__item",
        ".references__list li",
        ".disclaimer",
        ".author-bio img",
        ".related .card",
        ".site-footer address",
    ]:
        assert page.locator(selector).count() > 0, selector
    assert "IFN-γ" in page.locator(".prose").inner_text()


def test_citation_jumps_to_its_reference_and_back(live_server, page, demo_site):
    page.goto(live_server.url + DEMO_ARTICLE)
    first_citation = page.locator("sup.citation a").first
    target = first_citation.get_attribute("href")

    first_citation.click()

    assert page.url.endswith(target)
    reference = page.locator(target)
    assert reference.is_visible()
    assert reference.evaluate("el => el.matches(':target')")

    # Reference 1 is cited again later: its back links are lettered, "a" for the first citation.
    reference.locator("a[href='#cite-1']").click()

    assert page.url.endswith("#cite-1")
    assert page.locator("#cite-1").is_visible()


def test_article_page_has_no_axe_violations_and_screenshots(live_server, page, demo_site):
    for name, width, height in [("phone", 390, 844), ("desktop", 1366, 900)]:
        page.set_viewport_size({"width": width, "height": height})
        page.goto(live_server.url + DEMO_ARTICLE)

        violations = Axe().run(page).response["violations"]

        assert violations == [], [(v["id"], v["nodes"][0]["html"]) for v in violations]
        full_page_screenshot(page, f"article-{name}")


@pytest.mark.parametrize("path", ["/", "/editorial-standards/", "/topics/skin-conditions/"])
def test_other_reader_pages_have_no_axe_violations(live_server, page, demo_site, path):
    page.goto(live_server.url + path)

    violations = Axe().run(page).response["violations"]

    assert violations == [], [(v["id"], v["nodes"][0]["html"]) for v in violations]
