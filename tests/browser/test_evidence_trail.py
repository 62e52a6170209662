"""The evidence trail in a browser: a writer marks a claim, a reviewer checks it and approves on
the evidence review page; a reader without JavaScript opens "How this article was made"."""

from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from articles.models import Article
from editorial.roles import REVIEWER, WRITER, create_roles
from evidence.models import AcceptedSentence, ClaimCheck
from tests.demo_pages import DEMO_ARTICLE
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    DisclaimerFactory,
    ReviewerFactory,
    SourceFactory,
    attach,
    cite,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PASSWORD = "a-long-browser-password-1"
PHONE = {"width": 390, "height": 844}
CLAIM = "Interferon gamma reduced the severity of eczema in adults"
FLAGGED = "About 1 in 10 adults has eczema at some point."


@pytest.fixture
def people(django_user_model):
    create_roles(Group, Permission)  # transactional tests empty the roles migration's groups
    users = {}
    for name, role in [("wendy", WRITER), ("rita", REVIEWER)]:
        user = django_user_model.objects.create_user(name, password=PASSWORD, is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        users[name] = user
    AuthorFactory(name="Wendy Writer", user=users["wendy"])
    ReviewerFactory(name="Dr Rita Reviewer", user=users["rita"])
    return users


@pytest.fixture
def draft(people):
    DisclaimerFactory(is_default=True)
    trial = SourceFactory(
        title="Recombinant interferon gamma therapy for atopic dermatitis",
        doi="10.1016/0190-9622(93)70010-x",
        pmid="8486855",
        year=1993,
    )
    guideline = SourceFactory(kind="web", title="Atopic eczema", url="https://nice.org.uk/cg57")
    body = (
        f"<h2>Does it work?</h2><p>{CLAIM} over 12 weeks.{cite(trial)} "
        f"It is given as an injection under the skin.{cite(guideline)}</p><p>{FLAGGED}</p>"
    )
    article = ArticleFactory(
        status=Article.Status.DRAFT,
        published_at=None,
        created_by=people["wendy"],
        body=body,
        title="Interferon for eczema",
    )
    return attach(article, authors=[people["wendy"].author_profile], sources=[trial, guideline])


def log_in(browser, live_server, username):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_be_visible()
    return page


def test_a_claim_is_marked_checked_and_recorded_with_the_approval(browser, live_server, draft):
    writer = log_in(browser, live_server, "wendy")
    writer.goto(f"{live_server.url}/admin/articles/article/{draft.pk}/change/")
    writer.get_by_role("link", name="Open the evidence review").click()
    expect(writer.locator("h1")).to_have_text("Evidence review: Interferon for eczema")
    writer.get_by_label("Passage").fill(CLAIM)
    writer.get_by_label("Recombinant interferon gamma therapy for atopic dermatitis").check()
    writer.get_by_label("Strength of evidence").select_option(label="Randomised controlled trial")
    writer.get_by_role("button", name="Add claim").click()
    expect(writer.locator(".messagelist")).to_contain_text("The claim was added.")
    writer.goto(f"{live_server.url}/admin/articles/article/{draft.pk}/change/")
    writer.get_by_role("button", name="Submit for review").click()
    expect(writer.locator(".messagelist")).to_contain_text("In review")
    writer.context.close()

    reviewer = log_in(browser, live_server, "rita")
    reviewer.goto(f"{live_server.url}/admin/evidence/claim/review/{draft.pk}/")
    claims = reviewer.locator("#claims")
    expect(claims).to_contain_text(CLAIM)
    expect(claims).to_contain_text("DOI 10.1016/0190-9622(93)70010-x")
    expect(claims).to_contain_text("PMID 8486855")
    flagged = reviewer.locator("tr", has_text=FLAGGED)
    expect(flagged).to_contain_text("States a number, cites nothing.")
    reviewer.get_by_label("Checked against its sources").check()
    flagged.get_by_label("Accept without a citation").check()
    reviewer.get_by_label("Why the accepted sentences need no source").fill("NHS figure, general")
    reviewer.get_by_label("Review note").fill("Trial checked; the dose matches.")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    reviewer.screenshot(path=SCREENSHOTS / "evidence-review.png", full_page=True)
    reviewer.get_by_role("button", name="Save checks and approve").click()

    expect(reviewer.locator(".messagelist")).to_contain_text("Approved")
    draft.refresh_from_db()
    assert draft.status == "approved"
    check = ClaimCheck.objects.get()
    assert check.passage == CLAIM and check.review.notes == "Trial checked; the dose matches."
    assert AcceptedSentence.objects.get().reason == "NHS figure, general"
    reviewer.context.close()


def test_a_reader_without_javascript_opens_how_this_article_was_made(
    browser, live_server, demo_site
):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + DEMO_ARTICLE)

    page.locator(".trust-box").get_by_role("link", name="How this article was made").click()

    expect(page.locator("h1")).to_have_text("How this article was made")
    expect(page.locator("#trail-reviews + ol")).to_contain_text("reviewed by")
    expect(page.locator(".trail__claims li")).to_have_count(3)
    expect(page.get_by_role("heading", name="The sources, by type")).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "trail-phone.png", full_page=True)
    context.close()
