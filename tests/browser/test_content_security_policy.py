"""Reader pages work under ``style-src 'self'`` (no inline styles) and the admin under its own,
wider style policy: the browser reports no Content-Security-Policy violation on any of them."""

import pytest

from tests.demo_pages import DEMO_ARTICLE, PAGE_TYPES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
});
"""


def violations(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return page.evaluate("window.__cspViolations")


def test_reader_pages_break_no_rule_of_their_policy(live_server, page, demo_site):
    page.add_init_script(RECORD_VIOLATIONS)
    found = {name: violations(page, live_server.url + path) for name, path in PAGE_TYPES.items()}

    assert {name: v for name, v in found.items() if v} == {}
    policy = page.request.get(live_server.url + DEMO_ARTICLE).headers["content-security-policy"]
    assert "style-src 'self';" in policy + ";"


def test_the_article_editor_breaks_no_rule_of_the_admin_policy(
    live_server, page, demo_site, django_user_model
):
    from articles.models import Article

    django_user_model.objects.create_superuser("boss", "boss@example.org", "a-long-pw-for-tests")
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "boss")
    page.fill("#id_password", "a-long-pw-for-tests")
    page.click("input[type=submit]")
    article = Article.objects.get(slug=DEMO_ARTICLE.strip("/").split("/")[-1])

    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.wait_for_selector(".ProseMirror[contenteditable=true]")

    assert page.evaluate("window.__cspViolations") == []
