"""Editors see subscribers, export the confirmed ones as CSV and release held sign-ups."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from newsletter.models import Subscriber
from tests.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:newsletter_subscriber_changelist")
EXPORT = reverse("admin:newsletter_subscriber_export")


def rows(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


@pytest.fixture
def subscribers():
    return {
        "confirmed": SubscriberFactory(email="yes@example.org", consent_page="/articles/a/"),
        "pending": SubscriberFactory(email="maybe@example.org", status="pending"),
        "gone": SubscriberFactory(email="gone@example.org", status="unsubscribed"),
    }


def test_editors_see_subscribers_with_their_status_and_filter_them(admin_client, subscribers):
    listing = admin_client.get(CHANGELIST)
    for address in ["yes@example.org", "maybe@example.org", "gone@example.org"]:
        assertContains(listing, address)
    assertContains(listing, "Export confirmed subscribers (CSV)")

    confirmed = admin_client.get(CHANGELIST, {"status__exact": "confirmed"})
    assertContains(confirmed, "yes@example.org")
    assertNotContains(confirmed, "maybe@example.org")


def test_the_export_holds_confirmed_addresses_with_their_consent_record(admin_client, subscribers):
    response = admin_client.get(EXPORT)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="subscribers-')
    header, *body = rows(response)
    assert header == [
        "Email",
        "Confirmed at",
        "Consented at",
        "Signed up on page",
        "Form",
        "Consent wording",
    ]
    assert [row[0] for row in body] == ["yes@example.org"]
    assert body[0][3] == "/articles/a/"
    assert body[0][5].startswith("Yes, email me the newsletter.")


def test_the_export_cannot_smuggle_spreadsheet_formulas(admin_client):
    SubscriberFactory(email="=cmd@example.org", consent_text='=HYPERLINK("http://x")')

    [_, row] = rows(admin_client.get(EXPORT))

    assert row[0] == "'=cmd@example.org"
    assert row[5] == '\'=HYPERLINK("http://x")'


def test_exporting_selected_rows_keeps_only_confirmed_ones(admin_client, subscribers):
    response = admin_client.post(
        CHANGELIST,
        {
            "action": "export_csv",
            "_selected_action": [s.pk for s in subscribers.values()],
        },
    )

    assert [row[0] for row in rows(response)[1:]] == ["yes@example.org"]


def test_the_export_needs_permission_to_view_subscribers(client, subscribers):
    user = User.objects.create_user("writer", password="password", is_staff=True)
    client.force_login(user)

    assert client.get(EXPORT).status_code == 403
    user.user_permissions.add(Permission.objects.get(codename="view_subscriber"))
    assert client.get(EXPORT).status_code == 200


def test_consent_records_cannot_be_edited_or_invented(admin_client, subscribers):
    change = admin_client.get(
        reverse("admin:newsletter_subscriber_change", args=[subscribers["confirmed"].pk])
    )

    assertNotContains(change, 'name="consent_text"')
    assert admin_client.get(reverse("admin:newsletter_subscriber_add")).status_code == 403


def test_editors_can_release_a_held_sign_up(
    admin_client, mailoutbox, django_capture_on_commit_callbacks
):
    held = SubscriberFactory(
        email="held@example.org", status="pending", held_reasons=["filled in the hidden field"]
    )
    assertContains(admin_client.get(CHANGELIST, {"held": "yes"}), "held@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            CHANGELIST, {"action": "send_confirmation", "_selected_action": [held.pk]}
        )

    held.refresh_from_db()
    assert held.held_reasons == []
    assert held.confirmation_sent_at is not None
    assert [m.to for m in mailoutbox] == [["held@example.org"]]
    assert held.status == Subscriber.Status.PENDING  # still needs the reader's click
