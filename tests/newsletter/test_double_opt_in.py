"""The whole double opt-in journey against a real SMTP server: sign up on an article, read the
confirmation email as delivered, confirm from its link, unsubscribe with one click."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.sites.models import Site
from pytest_django.asserts import assertContains

from newsletter.models import Subscriber
from sitewide.models import SitePage, SiteSettings
from tests.factories import ArticleFactory
from tests.newsletter.helpers import sign_up

pytestmark = pytest.mark.django_db

PRIVACY_LINE = "Your privacy is important to us. We only use your address for the newsletter."


@pytest.fixture
def article():
    SiteSettings.objects.create(
        site=Site.objects.get(pk=1), site_name="Health Library", privacy_line=PRIVACY_LINE
    )
    SitePage.objects.create(title="Privacy", slug="privacy", role="privacy")
    return ArticleFactory()


def path_of(url):
    return urlsplit(url).path


def test_double_opt_in_over_real_smtp(
    client, article, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(
            client, "Reader@Example.org", path=article.get_absolute_url(), placement="article"
        )
    assert response.status_code == 302
    assertContains(client.get(response["Location"]), "Check your inbox")

    # Consent is recorded: when, where, and the exact wording shown.
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "reader@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.consent_page == article.get_absolute_url()
    assert subscriber.consent_form == "article"
    assert subscriber.consented_at is not None
    assert subscriber.consent_text == (
        "Yes, email me the newsletter. I can unsubscribe at any time.\n"
        f"{PRIVACY_LINE}\nPrivacy policy: /privacy/"
    )

    # The message as the SMTP server received it.
    [(recipients, message)] = smtp_server.messages
    assert recipients == ["reader@example.org"]
    assert message["To"] == "reader@example.org"
    assert message["Subject"] == "Please confirm your subscription to Health Library"
    unsubscribe_url = message["List-Unsubscribe"].strip().strip("<>")  # may be folded
    assert unsubscribe_url.startswith("http://testserver/newsletter/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    confirm_url = re.search(r"http://testserver/newsletter/confirm/\S+/", text).group(0)
    assert f'href="{confirm_url}"' in html
    assert unsubscribe_url in text and unsubscribe_url in html
    assert "reader@example.org" not in confirm_url + unsubscribe_url

    # Opening the link asks; it does not confirm (mail scanners open links too).
    page = client.get(path_of(confirm_url))
    assertContains(page, "Confirm your subscription")
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    confirmed = client.post(path_of(confirm_url))
    assertContains(confirmed, "You are subscribed")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.confirmed_at is not None
    assert list(Subscriber.objects.confirmed()) == [subscriber]

    assertContains(client.post(path_of(confirm_url)), "You are already subscribed")
    assertContains(client.get(path_of(confirm_url)), "You are already subscribed")

    # One-click unsubscribe, as a mail client sends it: no Origin, no cookies, no CSRF token.
    assertContains(client.get(path_of(unsubscribe_url)), "Unsubscribe from our newsletter")
    response = client.post(
        path_of(unsubscribe_url),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assertContains(response, "You are unsubscribed")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    assertContains(client.post(path_of(unsubscribe_url)), "You are unsubscribed")  # repeatable

    # The old confirmation link cannot quietly subscribe the address again.
    assertContains(client.post(path_of(confirm_url)), "This link does not work", status_code=400)
    assert Subscriber.objects.confirmed().count() == 0
