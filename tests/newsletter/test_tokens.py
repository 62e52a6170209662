"""Signed links: altered, unknown, expired or misused tokens get a friendly page, never an error
page, and change nothing."""

import base64
import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from pytest_django.asserts import assertContains

from newsletter import tokens
from newsletter.models import Subscriber
from tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending():
    return SubscriberFactory(email="pending@example.org", status="pending", confirmed_at=None)


def confirm_url(subscriber):
    return reverse("newsletter:confirm", args=[tokens.make_token(subscriber, tokens.CONFIRM)])


def unsubscribe_url(subscriber):
    return reverse(
        "newsletter:unsubscribe", args=[tokens.make_token(subscriber, tokens.UNSUBSCRIBE)]
    )


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_altered_confirmation_link_is_explained_and_confirms_nothing(client, pending, method):
    url = confirm_url(pending)
    altered = url[:-3] + ("A" if url[-3] != "A" else "B") + url[-2:]

    response = getattr(client, method)(altered)

    assertContains(response, "This link does not work", status_code=400)
    assertContains(response, 'name="email"', status_code=400)  # and a way to sign up again
    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.PENDING


def test_an_expired_confirmation_link_offers_to_sign_up_again(client, pending):
    url = confirm_url(pending)

    with time_machine.travel(timezone.now() + datetime.timedelta(days=8)):
        response = client.post(url)

    assertContains(response, "This link has expired", status_code=410)
    assertContains(response, "Subscribe", status_code=410)
    pending.refresh_from_db()
    assert pending.status == Subscriber.Status.PENDING


def test_a_confirmation_link_works_within_its_lifetime(client, pending):
    url = confirm_url(pending)

    with time_machine.travel(timezone.now() + datetime.timedelta(days=6)):
        assertContains(client.post(url), "You are subscribed")


def test_a_link_for_a_deleted_subscriber_is_explained(client, pending):
    url = confirm_url(pending)
    pending.delete()

    assertContains(client.get(url), "This link does not work", status_code=400)


def test_a_link_stops_working_when_the_address_changes(client, pending):
    url = confirm_url(pending)
    Subscriber.objects.filter(pk=pending.pk).update(email="other@example.org")

    assertContains(client.post(url), "This link does not work", status_code=400)
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_an_unsubscribe_token_cannot_confirm_and_a_confirm_token_cannot_unsubscribe(
    client, pending
):
    swapped_confirm = reverse(
        "newsletter:confirm", args=[tokens.make_token(pending, tokens.UNSUBSCRIBE)]
    )
    swapped_unsubscribe = reverse(
        "newsletter:unsubscribe", args=[tokens.make_token(pending, tokens.CONFIRM)]
    )

    assert client.post(swapped_confirm).status_code == 400
    assert client.post(swapped_unsubscribe).status_code == 400
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_unsubscribe_links_keep_working_for_old_emails(client):
    subscriber = SubscriberFactory()
    url = unsubscribe_url(subscriber)

    with time_machine.travel(timezone.now() + datetime.timedelta(days=400)):
        assertContains(client.post(url), "You are unsubscribed")

    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_an_altered_unsubscribe_link_is_explained(client):
    subscriber = SubscriberFactory()

    response = client.post(unsubscribe_url(subscriber)[:-2] + "x/")

    assertContains(response, "This link does not work", status_code=400)
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED


def test_opening_an_unsubscribe_link_asks_first(client):
    subscriber = SubscriberFactory()

    assertContains(client.get(unsubscribe_url(subscriber)), "Unsubscribe from our newsletter")
    assert Subscriber.objects.get(pk=subscriber.pk).status == Subscriber.Status.CONFIRMED


def test_tokens_do_not_carry_the_address(pending):
    token = tokens.make_token(pending, tokens.CONFIRM)
    payload = token.split(":")[0]

    decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    assert b"pending@example.org" not in decoded
    assert "pending" not in token
