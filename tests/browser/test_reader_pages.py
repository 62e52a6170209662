"""A reader finds articles on a phone: every page type passes axe; keyboard and no-JS journeys."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.screenshots import SCREENSHOTS, full_page_screenshot
from tests.demo_pages import PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def assert_no_axe_violations(page):
    violations = Axe().run(page).response["violations"]
    assert violations == [], [(v["id"], [n["html"] for n in v["nodes"][:3]]) for v in violations]


@pytest.mark.parametrize(
    "viewport", [PHONE, {"width": 1366, "height": 900}], ids=["phone", "desktop"]
)
def test_every_page_type_has_no_axe_violations(live_server, page, demo_site, viewport):
    page.set_viewport_size(viewport)
    failures = {}
    for name, path in PAGE_TYPES.items():
        page.goto(live_server.url + path)
        violations = Axe().run(page).response["violations"]
        if violations:
            failures[name] = [(v["id"], v["nodes"][0]["html"]) for v in violations]

    assert failures == {}


def test_reader_searches_without_javascript_and_opens_a_result(live_server, browser, demo_site):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/")

    page.get_by_role("searchbox", name="Search articles").fill("interferon eczema")
    page.get_by_role("button", name="Search").first.click()

    assert page.locator("h1").inner_text() == "Results for “interferon eczema”"
    assert page.locator(".search-result").count() >= 1
    assert page.locator(".search-result mark").count() >= 1
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "search-phone.png", full_page=True)

    page.locator(".search-result__title a").first.click()

    assert page.url.startswith(live_server.url + "/articles/")
    assert page.locator(".prose").is_visible()
    context.close()


def test_keyboard_user_skips_to_the_content_with_a_visible_focus(live_server, page, demo_site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/search/?q=eczema")

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("el => el === document.activeElement")
    assert skip_link.is_visible()
    assert skip_link.evaluate("el => getComputedStyle(el).outlineStyle") != "none"

    page.keyboard.press("Enter")
    page.keyboard.press("Tab")

    # The next stop after skipping is inside the main content: the page's own search field.
    assert page.evaluate("document.activeElement.id") == "search-page-q"


def test_home_and_author_pages_on_a_phone(live_server, page, demo_site):
    """Screenshots for the README; the pages are checked by axe above."""
    page.set_viewport_size(PHONE)
    for name, path in [("home", "/"), ("author", "/authors/catriona-lewis/")]:
        page.goto(live_server.url + path)
        assert page.locator("h1").is_visible()
        full_page_screenshot(page, f"{name}-phone")
