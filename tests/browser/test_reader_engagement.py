"""A reader comments on an article and subscribes to the newsletter in Chromium, without and with
mistakes; the pages pass axe."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import expect

from comments.models import Comment
from comments.moderation import moderate
from newsletter.models import Subscriber
from tests.factories import ArticleFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def article(settings):
    # A person takes longer than this; the test's typing does not, so the time check is off.
    settings.READER_FORM_MIN_SECONDS = 0
    return ArticleFactory(title="Eczema treatments")


def assert_no_axe_violations(page):
    violations = Axe().run(page).response["violations"]
    assert violations == [], [(v["id"], v["nodes"][0]["html"]) for v in violations]


def test_reader_posts_a_comment_and_keeps_their_text_after_a_mistake(live_server, page, article):
    page.goto(live_server.url + article.get_absolute_url())
    form = page.locator("form[action^='/comments/post/']")
    expect(page.get_by_role("heading", name="Leave a Reply")).to_be_visible()
    expect(page.locator("#comment-subject")).to_be_hidden()  # the honeypot

    form.get_by_label("Name").fill("Priya")
    # Starting to write the comment fetches a fresh anti-spam stamp for this reader.
    with page.expect_response(re.compile(r"/comments/stamp/$")):
        form.get_by_role("textbox", name="Comment", exact=True).fill(
            "Does this help children too? See https://www.nhs.uk"
        )

    # A mistake the browser does not catch (the address is left out with validation off).
    form.evaluate("form => form.noValidate = true")
    form.get_by_role("button", name="Post comment").click()
    expect(page.locator(".error-summary")).to_contain_text("Enter your email address")
    expect(form.get_by_label("Name")).to_have_value("Priya")
    expect(form.get_by_role("textbox", name="Comment", exact=True)).to_have_value(
        "Does this help children too? See https://www.nhs.uk"
    )
    assert_no_axe_violations(page)

    form.get_by_role("textbox", name="Email", exact=True).fill("priya@example.org")
    form.get_by_role("button", name="Post comment").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Thank you, your comment awaits moderation"
    )
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING, comment.spam_reasons

    # Once an editor approves it, it is on the page: link marked, address nowhere.
    moderate(comments=Comment.objects.all(), status=Comment.Status.APPROVED, moderator=None)
    page.goto(live_server.url + article.get_absolute_url())
    # The browser keeps a page for a minute (max-age=60); reloading asks the site again.
    page.reload()
    shown = page.locator(f"#comment-{comment.pk}")
    expect(shown).to_contain_text("Does this help children too?")
    expect(shown.get_by_role("link", name="https://www.nhs.uk")).to_have_attribute(
        "rel", "nofollow ugc"
    )
    assert "priya@example.org" not in page.content()

    # And another reader replies to it from its reply page.
    page.get_by_role("link", name="Reply to Priya").click()
    form = page.locator("form[action^='/comments/post/']")
    form.get_by_label("Name").fill("Sam")
    form.get_by_role("textbox", name="Email", exact=True).fill("sam@example.org")
    form.get_by_role("textbox", name="Comment", exact=True).fill("It helped my daughter.")
    form.get_by_role("button", name="Post comment").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("awaits moderation")
    assert Comment.objects.get(name="Sam").parent == comment


def test_reader_subscribes_and_confirms_from_the_email(live_server, page, article):
    page.goto(live_server.url + article.get_absolute_url())
    signup = page.locator(".newsletter--article")
    expect(signup.get_by_role("heading")).to_have_text("Get health & wellness advice in your inbox")

    signup.get_by_label("Email address").fill("reader@example.org")
    signup.get_by_role("button", name="Subscribe").click()
    # The browser's own check stops an unticked consent box; nothing is sent.
    assert Subscriber.objects.count() == 0
    signup.get_by_label("Yes, email me the newsletter").check()
    signup.get_by_role("button", name="Subscribe").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")
    assert_no_axe_violations(page)
    subscriber = Subscriber.objects.get()
    assert subscriber.consent_page == article.get_absolute_url()
    assert subscriber.consent_form == "article"
    assert subscriber.held_reasons == []

    [message] = mail.outbox
    link = re.search(r"http://\S+/newsletter/confirm/\S+/", message.body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Yes, subscribe me").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED


def test_reader_subscribes_from_the_footer_of_any_page(live_server, page, article):
    page.goto(live_server.url + "/")
    footer = page.locator(".newsletter--footer")

    footer.get_by_label("Email address").fill("footer@example.org")
    footer.get_by_label("Yes, email me the newsletter").check()
    footer.get_by_role("button", name="Subscribe").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")
    assert Subscriber.objects.get().consent_form == "footer"


def test_reader_says_a_page_was_not_helpful_and_reports_an_error(live_server, page, article):
    page.goto(live_server.url + article.get_absolute_url())

    page.get_by_role("button", name=re.compile(r"^No\b")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    page.get_by_role("textbox", name="What was wrong?").fill(
        "It does not say how long treatment lasts."
    )
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("textbox", name="What was wrong?")).to_have_count(0)

    page.goto(live_server.url + article.get_absolute_url())
    page.get_by_text("Report an error in this article").click()
    page.get_by_role("textbox", name="What is wrong in this article?").fill("IFN-γ is type II.")
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your report")
