"""Workflow emails, read as the real SMTP server received them: who is told about each move and
each reader's error report, what the email says, and that each person can turn each kind off."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from editorial.models import NotificationPreference
from editorial.roles import EDITOR, REVIEWER, WRITER
from editorial.transitions import PublishingBlocked, transition
from feedback.models import ErrorReport
from tests.factories import AuthorFactory, make_user
from tests.reader_forms import post

pytestmark = pytest.mark.django_db

SITE = "https://health.example.com"


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def people(writer, reviewer, editor):
    """The fixtures' logins with addresses, and a second reviewer."""
    writer.email, reviewer.email, editor.email = (
        "wendy@example.org",
        "rita@example.org",
        ("eddie@example.org"),
    )
    for user in (writer, reviewer, editor):
        user.save()
    other = make_user(type(writer), "ravi", REVIEWER)
    other.email = "ravi@example.org"
    other.save()
    return {"writer": writer, "reviewer": reviewer, "editor": editor, "other_reviewer": other}


def move(capture, article, **kwargs):
    with capture(execute=True):
        return transition(article, **kwargs)


def inbox(smtp_server):
    """{address: [message, …]} of what the server received."""
    received = {}
    for recipients, message in smtp_server.messages:
        for address in recipients:
            received.setdefault(address, []).append(message)
    return received


def parts(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text.replace("\r\n", "\n"), html.replace("\r\n", "\n")


def test_submitting_tells_every_reviewer_but_not_the_writer(
    draft, people, smtp_server, django_capture_on_commit_callbacks
):
    move(django_capture_on_commit_callbacks, draft, action="submit", user=people["writer"])

    received = inbox(smtp_server)
    assert sorted(received) == ["ravi@example.org", "rita@example.org"]
    [message] = received["rita@example.org"]
    assert message["Subject"] == f"Ready for medical review: {draft.title}"
    text, html = parts(message)
    link = f"{SITE}/admin/articles/article/{draft.pk}/change/"
    assert "Wendy Writer submitted" in text
    assert link in text
    assert f'href="{link}"' in html
    assert "Hello Dr Rita Reviewer," in text
    assert f"{SITE}/admin/editorial/notificationpreference/" in text


def test_sending_back_tells_the_writers_with_the_note(
    draft, people, smtp_server, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    coauthor_login = make_user(type(people["writer"]), "cora", WRITER)
    coauthor_login.email = "cora@example.org"
    coauthor_login.save()
    draft.article_authors.create(author=AuthorFactory(user=coauthor_login), position=2)
    move(capture, draft, action="submit", user=people["writer"])
    smtp_server.messages.clear()

    note = "Cite the NICE guidance for the dose.\nAnd check <b>table 2</b>."
    move(capture, draft, action="send_back", user=people["reviewer"], note=note)

    received = inbox(smtp_server)
    assert sorted(received) == ["cora@example.org", "wendy@example.org"]
    [message] = received["wendy@example.org"]
    assert message["Subject"] == f"Sent back to you: {draft.title}"
    text, html = parts(message)
    assert "Dr Rita Reviewer sent" in text
    assert note in text
    # The note is the reviewer's text, escaped in the HTML part.
    assert "Cite the NICE guidance for the dose.<br>And check &lt;b&gt;table 2&lt;/b&gt;." in html


def test_approving_tells_the_writers_and_the_editors(
    draft, people, smtp_server, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    move(capture, draft, action="submit", user=people["writer"])
    smtp_server.messages.clear()

    move(capture, draft, action="approve", user=people["reviewer"], note="Doses checked.")

    received = inbox(smtp_server)
    assert sorted(received) == ["eddie@example.org", "wendy@example.org"]
    assert received["wendy@example.org"][0]["Subject"] == f"Approved: {draft.title}"
    to_editor = received["eddie@example.org"][0]
    assert to_editor["Subject"] == f"Approved, ready to publish: {draft.title}"
    assert "Doses checked." in parts(to_editor)[0]


def test_publishing_tells_the_writers_where_readers_see_it(
    draft, people, smtp_server, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    move(capture, draft, action="submit", user=people["writer"])
    move(capture, draft, action="approve", user=people["reviewer"])
    smtp_server.messages.clear()

    article = move(capture, draft, action="publish", user=people["editor"])

    received = inbox(smtp_server)
    assert sorted(received) == ["wendy@example.org"]
    message = received["wendy@example.org"][0]
    assert message["Subject"] == f"Published: {draft.title}"
    assert f"{SITE}{article.get_absolute_url()}" in parts(message)[0]


def test_scheduling_tells_the_writers_when_it_will_appear(
    draft, people, smtp_server, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    move(capture, draft, action="submit", user=people["writer"])
    move(capture, draft, action="approve", user=people["reviewer"])
    smtp_server.messages.clear()
    when = timezone.make_aware(datetime.datetime(2031, 3, 4, 9, 30))

    move(capture, draft, action="publish", user=people["editor"], publish_at=when)

    [message] = inbox(smtp_server)["wendy@example.org"]
    assert message["Subject"] == f"Scheduled for 4 March 2031, 09:30: {draft.title}"
    assert "to be published on 4 March 2031 at 09:30" in parts(message)[0]


def test_archiving_tells_nobody(draft, people, smtp_server, django_capture_on_commit_callbacks):
    move(django_capture_on_commit_callbacks, draft, action="archive", user=people["editor"])

    assert smtp_server.messages == []


def test_a_refused_move_tells_nobody(
    draft, people, smtp_server, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    move(capture, draft, action="submit", user=people["writer"])
    move(capture, draft, action="approve", user=people["reviewer"])
    smtp_server.messages.clear()
    draft.article_references.all().delete()  # the publishing gate needs references

    with capture(execute=True), pytest.raises(PublishingBlocked):
        transition(draft, action="publish", user=people["editor"])

    assert smtp_server.messages == []


def test_each_person_can_turn_a_kind_off(
    draft, people, smtp_server, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    NotificationPreference.objects.create(user=people["other_reviewer"], submitted=False)
    NotificationPreference.objects.create(user=people["writer"], approved=False)

    move(capture, draft, action="submit", user=people["writer"])
    assert sorted(inbox(smtp_server)) == ["rita@example.org"]

    smtp_server.messages.clear()
    move(capture, draft, action="approve", user=people["reviewer"])
    # The writer turned "approved" off; the editor still hears.
    assert sorted(inbox(smtp_server)) == ["eddie@example.org"]


def test_nobody_is_emailed_twice_for_one_move(
    draft, people, smtp_server, django_capture_on_commit_callbacks
):
    """A writer who is also an editor gets the writer's email about an approval, not both."""
    capture = django_capture_on_commit_callbacks
    people["writer"].groups.add(Group.objects.get(name=EDITOR))
    move(capture, draft, action="submit", user=people["writer"])
    smtp_server.messages.clear()

    move(capture, draft, action="approve", user=people["reviewer"])

    received = inbox(smtp_server)
    assert [m["Subject"] for m in received["wendy@example.org"]] == [f"Approved: {draft.title}"]


def test_a_login_without_an_address_or_inactive_is_skipped(
    draft, people, smtp_server, django_capture_on_commit_callbacks
):
    people["other_reviewer"].email = ""
    people["other_reviewer"].save()
    people["reviewer"].is_active = False
    people["reviewer"].save()

    move(django_capture_on_commit_callbacks, draft, action="submit", user=people["writer"])

    assert smtp_server.messages == []


def test_links_use_the_site_domain_without_site_url(
    settings, draft, people, smtp_server, django_capture_on_commit_callbacks
):
    settings.SITE_URL = ""
    settings.SECURE_SSL_REDIRECT = True  # as in production: links are https
    Site.objects.filter(pk=1).update(domain="library.example.net")
    Site.objects.clear_cache()

    move(django_capture_on_commit_callbacks, draft, action="submit", user=people["writer"])

    text, _ = parts(inbox(smtp_server)["rita@example.org"][0])
    assert f"https://library.example.net/admin/articles/article/{draft.pk}/change/" in text


@pytest.mark.parametrize("extra_reviewers", [0, 6])
def test_the_fan_out_runs_a_fixed_number_of_queries(
    extra_reviewers, draft, people, mailoutbox, django_capture_on_commit_callbacks
):
    for n in range(extra_reviewers):
        user = make_user(type(people["writer"]), f"reviewer-{n}", REVIEWER)
        user.email = f"reviewer-{n}@example.org"
        user.save()
        NotificationPreference.objects.create(user=user)  # rows joined, not looked up one by one
    with django_capture_on_commit_callbacks() as callbacks:
        transition(draft, action="submit", user=people["writer"])
    [send] = callbacks

    with CaptureQueriesContext(connection) as queries:
        send()

    assert len(mailoutbox) == 2 + extra_reviewers
    # The move with its article and actor; the reviewers with their preferences and profiles;
    # the Site and the site-wide settings (4, cached afterwards). None per recipient.
    assert len(queries) == 7, "\n".join(q["sql"] for q in queries)


# Reader error reports.


def report(client, article, **data):
    """Send the article page's "Report an error" form."""
    fields = {"description": "IFN-γ is type II, not type I.", "version": article.version}
    return post(client, reverse("feedback:report", args=[article.pk]), {**fields, **data})


@pytest.fixture
def published(draft, people):
    draft.status = draft.Status.PUBLISHED
    draft.published_at = draft.created_at
    draft.save()
    return draft


def test_a_readers_error_report_tells_the_writers(
    client, published, people, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = report(
            client, published, description="The dose in table 2 is\nten times too high."
        )
    assert response.status_code == 302

    received = inbox(smtp_server)
    assert sorted(received) == ["wendy@example.org"]
    message = received["wendy@example.org"][0]
    assert message["Subject"] == f"A reader reports an error in: {published.title}"
    text, html = parts(message)
    assert "The dose in table 2 is\nten times too high." in text
    assert "The dose in table 2 is<br>ten times too high." in html
    assert f"{SITE}/admin/articles/article/{published.pk}/change/" in text
    assert ErrorReport.objects.get().is_spam is False


def test_a_report_held_as_spam_tells_nobody(
    client, published, people, smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report(client, published, subject="filled by a bot")  # the honeypot

    assert ErrorReport.objects.get().is_spam is True
    assert smtp_server.messages == []


def test_writers_can_turn_error_reports_off(
    client, published, people, smtp_server, django_capture_on_commit_callbacks
):
    NotificationPreference.objects.create(user=people["writer"], error_reported=False)
    with django_capture_on_commit_callbacks(execute=True):
        report(client, published)

    assert ErrorReport.objects.count() == 1
    assert smtp_server.messages == []
