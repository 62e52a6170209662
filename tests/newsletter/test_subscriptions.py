"""Signing up: validation, consent records, and a form that never tells who is subscribed."""

import datetime

import pytest
import time_machine
from django.contrib.sites.models import Site
from django.core import signing
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from pytest_django.asserts import assertContains, assertNotContains

from newsletter.forms import CONSENT_SALT
from newsletter.models import Subscriber
from sitewide.models import SiteSettings
from tests.factories import ArticleFactory, SubscriberFactory
from tests.newsletter.helpers import SUBSCRIBE, sign_up, signup_fields
from tests.reader_forms import post

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent(mailoutbox):
    return mailoutbox


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks):
    """Send the sign-up form; its on-commit callbacks (the queued email) run as after a commit."""

    def subscribe(address, **data):
        with django_capture_on_commit_callbacks(execute=True):
            return sign_up(client, address, **data)

    return subscribe


def test_the_form_is_inline_on_articles_and_in_every_footer(client):
    article = ArticleFactory()
    SiteSettings.objects.create(
        site=Site.objects.get(pk=1),
        newsletter_blurb="Weekly advice from our medical team.",
        privacy_line="Your privacy is important to us.",
    )

    page = client.get(article.get_absolute_url())
    assertContains(page, 'id="newsletter-article-email"')
    assertContains(page, 'id="newsletter-footer-email"')
    assertContains(page, "Weekly advice from our medical team.")
    assertContains(page, "Your privacy is important to us.", count=2)
    assertContains(client.get("/"), 'id="newsletter-footer-email"')


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": ""}, "Enter your email address."),
        ({"email": "not-an-address"}, "Enter an email address like name@example.com."),
        ({"consent": ""}, "Tick the box to say you want the newsletter."),
    ],
)
def test_validation_errors_are_explained_and_the_address_is_kept(
    subscribe, client, sent, data, message
):
    response = subscribe("kept@example.org", **data)

    assert response.status_code == 400
    assertContains(response, message, status_code=400)
    if data.get("email", "kept@example.org"):
        assertContains(
            response, f'value="{data.get("email", "kept@example.org")}"', status_code=400
        )
    assert Subscriber.objects.count() == 0
    assert sent == []


@pytest.mark.parametrize("state", ["new", "pending", "confirmed", "unsubscribed"])
def test_the_response_never_reveals_whether_an_address_is_subscribed(
    subscribe, client, sent, state
):
    if state != "new":
        SubscriberFactory(email="someone@example.org", status=state)

    response = subscribe("someone@example.org")

    assert response.status_code == 302
    assert response["Location"] == "/newsletter/check-your-inbox/"
    page = client.get(response["Location"])
    assertContains(page, "If this address is not on our list yet")
    assertNotContains(page, "someone@example.org")


def test_a_confirmed_address_gets_no_second_email_and_stays_confirmed(subscribe, client, sent):
    subscriber = SubscriberFactory(email="fan@example.org")

    subscribe("FAN@example.org")

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert sent == []


def test_signing_up_again_while_pending_does_not_flood_the_inbox(subscribe, client, sent):
    subscribe("new@example.org")
    subscribe("new@example.org")
    assert len(sent) == 1

    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=11)):
        subscribe("new@example.org")
    assert len(sent) == 2


def test_an_unsubscribed_reader_can_subscribe_again_with_fresh_consent(subscribe, client, sent):
    old = SubscriberFactory(
        email="back@example.org",
        status="unsubscribed",
        consent_text="Old wording",
        consented_at=timezone.now() - datetime.timedelta(days=400),
    )

    subscribe("back@example.org")

    old.refresh_from_db()
    assert old.status == Subscriber.Status.PENDING
    assert old.consent_text.startswith("Yes, email me the newsletter.")
    assert old.consented_at > timezone.now() - datetime.timedelta(minutes=1)
    assert len(sent) == 1


def test_the_consent_recorded_is_the_wording_the_reader_saw(client, sent):
    """A cached page may show last week's privacy line: that is what the reader agreed to."""
    SiteSettings.objects.create(site=Site.objects.get(pk=1), privacy_line="Old privacy line.")
    fields = signup_fields(client, "/newsletter/subscribe/", "page")
    settings_row = SiteSettings.objects.get()
    settings_row.privacy_line = "New privacy line."
    settings_row.save()

    post(client, SUBSCRIBE, {**fields, "email": "a@example.org", "consent": "on", "stamp": ""})

    assert "Old privacy line." in Subscriber.objects.get().consent_text


def test_altered_consent_wording_is_not_recorded(subscribe, client, sent):
    forged = signing.dumps("I agree to anything", salt=CONSENT_SALT)[:-2] + "xx"

    response = subscribe("a@example.org", consent_text=forged)

    assertContains(response, "tick the box again", status_code=400)
    assertContains(response, 'value="a@example.org"', status_code=400)
    assert Subscriber.objects.count() == 0


def test_a_suspected_bot_is_held_without_emailing_anyone(subscribe, client, sent):
    subscribe("victim@example.org", subject="http://spam.example")

    held = Subscriber.objects.get()
    assert held.status == Subscriber.Status.PENDING
    assert held.held_reasons == ["filled in the hidden field"]
    assert list(Subscriber.objects.held()) == [held]
    assert sent == []


def test_a_suspected_bot_cannot_change_a_genuine_subscription(subscribe, client, sent):
    genuine = SubscriberFactory(email="real@example.org", status="unsubscribed")

    subscribe("real@example.org", subject="filled")

    genuine.refresh_from_db()
    assert genuine.status == Subscriber.Status.UNSUBSCRIBED
    assert genuine.held_reasons == []


def test_the_sign_up_page_works_on_its_own(client):
    response = client.get(SUBSCRIBE)

    assertContains(response, "Our newsletter")
    assertContains(response, 'name="placement" value="page"')


# The worker closes database connections as a long-running process should: a real transaction.
@pytest.mark.django_db(transaction=True)
def test_with_the_database_queue_nothing_is_sent_until_the_worker_runs(client, settings, sent):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    sign_up(client, "queued@example.org")

    assert sent == []
    assert DBTaskResult.objects.count() == 1
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert [message.to for message in sent] == [["queued@example.org"]]
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"
