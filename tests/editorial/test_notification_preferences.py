"""“My notifications”: every staff member turns their own emails on and off, nobody else's."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertRedirects

from editorial.models import NotificationPreference

pytestmark = pytest.mark.django_db

MINE = reverse("admin:editorial_notificationpreference_changelist")


def test_the_user_tools_link_to_my_notifications(login, reviewer):
    response = login(reviewer).get(reverse("admin:index"))

    assertContains(response, f'<a href="{MINE}">My notifications</a>', html=True)


def test_a_reviewer_turns_one_kind_off_and_keeps_the_rest(login, reviewer):
    client = login(reviewer)
    response = client.get(MINE)
    own_page = reverse("admin:editorial_notificationpreference_change", args=[reviewer.pk])
    assertRedirects(response, own_page)

    page = client.get(own_page)
    assertContains(page, "Email me when…")
    assertContains(page, "An article is submitted for medical review")
    # Everything starts on.
    assert page.content.decode().count('type="checkbox"') == 6
    assert page.content.decode().count("checked") == 6

    fields = ["sent_back", "approved", "ready_to_publish", "published", "error_reported"]
    response = client.post(own_page, dict.fromkeys(fields, "on"), follow=True)

    assertContains(response, "Your notification settings are saved.")
    preference = NotificationPreference.objects.get(user=reviewer)
    assert preference.submitted is False
    assert all(getattr(preference, name) for name in fields)


def test_nobody_can_open_or_change_someone_elses_settings(login, reviewer, writer):
    theirs = NotificationPreference.objects.create(user=writer)
    url = reverse("admin:editorial_notificationpreference_change", args=[writer.pk])
    client = login(reviewer)

    assert client.get(url).status_code == 302
    client.post(url, {"sent_back": ""})

    theirs.refresh_from_db()
    assert theirs.sent_back is True
    assert client.get(reverse("admin:editorial_notificationpreference_add")).status_code == 403
