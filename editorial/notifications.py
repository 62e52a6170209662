"""Workflow emails: who hears about a move through the workflow or a reader's error report.

Called explicitly once the change is committed (``editorial.transitions.transition`` and
``feedback.triage.report_error`` register them with ``transaction.on_commit``), so a move that
is rolled back tells nobody. The error report's email is sent by ``feedback/triage.py`` with
the functions below: reader feedback imports the newsroom, never the other way round. The
emails leave through the task queue (see TASKS in settings): a slow mail server never holds up
the person pressing the button. Each person can turn each kind off (``NotificationPreference``),
and nobody is emailed about their own move.

Recipients are found with one query per kind of email and sent over one SMTP connection, so
the work does not grow in queries with the number of people told.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sites.models import Site
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task

from authors.models import Author
from editorial.models import Transition
from editorial.roles import EDITOR, REVIEWER
from sitewide.context_processors import load_sitewide

# Each kind of email is a NotificationPreference field of the same name and the templates
# editorial/email/<kind>_subject.txt, <kind>.txt and <kind>.html.
SUBMITTED = "submitted"
SENT_BACK = "sent_back"
APPROVED = "approved"
READY_TO_PUBLISH = "ready_to_publish"
PUBLISHED = "published"
ERROR_REPORTED = "error_reported"

# What each workflow action (editorial.transitions.ACTIONS) tells whom, in order: someone in
# two audiences (a writer who is also an editor) gets the first email only.
WRITERS, REVIEWERS, EDITORS = "writers", "reviewers", "editors"
ACTION_EMAILS = {
    "submit": [(SUBMITTED, REVIEWERS)],
    "send_back": [(SENT_BACK, WRITERS)],
    "approve": [(APPROVED, WRITERS), (READY_TO_PUBLISH, EDITORS)],
    "publish": [(PUBLISHED, WRITERS)],
}


def workflow_moved(*, transition_id, action):
    """Queue the emails of a committed workflow move (an ``editorial.Transition``)."""
    if action in ACTION_EMAILS:
        send_workflow_emails.enqueue(transition_id, action)


@task()
def send_workflow_emails(transition_id, action):
    """Email everyone ``action`` concerns; return how many were sent."""
    move = (
        Transition.objects.select_related("article", "user__author_profile")
        .filter(pk=transition_id)
        .first()
    )
    if move is None:  # the article was deleted since
        return 0
    article, actor = move.article, move.user
    context = {"actor_name": display_name(actor), "note": move.note.strip(), "move": move}
    messages, told = [], set()
    for kind, audience_name in ACTION_EMAILS[action]:
        people = recipients(
            audience(audience_name, article), kind=kind, actor_id=move.user_id
        ).exclude(pk__in=told)
        for person in people:
            told.add(person.pk)
            messages.append(build_message(kind=kind, person=person, article=article, **context))
    return send(messages)


def audience(name, article):
    """Everyone in an audience, before preferences: the article's writers, or a role."""
    users = get_user_model().objects
    if name == REVIEWERS:
        return users.filter(groups__name=REVIEWER)
    if name == EDITORS:
        return users.filter(groups__name=EDITOR)
    if name == WRITERS:
        # Its authors' logins and whoever created it.
        linked = Author.objects.filter(articles=article, user__isnull=False).values("user")
        return users.filter(Q(pk__in=linked) | Q(pk=article.created_by_id))
    raise ValueError(f"Unknown audience {name!r}")


def recipients(users, *, kind, actor_id=None):
    """Those of ``users`` who can be emailed and have not turned ``kind`` off."""
    people = users.filter(is_active=True).exclude(email="").select_related("author_profile")
    if actor_id is not None:
        people = people.exclude(pk=actor_id)
    # No preference row means every kind is on.
    return people.exclude(**{f"notification_preference__{kind}": False}).order_by("pk")


def display_name(user):
    if user is None:
        return "Someone"
    profile = getattr(user, "author_profile", None)
    return (profile and profile.name) or user.get_full_name() or user.get_username()


def site_url():
    """Scheme and host for links in emails: ``SITE_URL``, else the current Site's domain."""
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/")
    scheme = "https" if settings.SECURE_SSL_REDIRECT else "http"
    return f"{scheme}://{Site.objects.get_current().domain}"


def build_message(*, kind, person, article, **context):
    """A text and HTML email of ``kind`` about ``article`` to ``person``."""
    base = site_url()
    context = {
        **context,
        "person": person,
        "person_name": display_name(person),
        "article": article,
        "admin_url": base + reverse("admin:articles_article_change", args=[article.pk]),
        "public_url": base + article.get_absolute_url(),
        "preferences_url": base + reverse("admin:editorial_notificationpreference_changelist"),
        "site_name": load_sitewide().settings.site_name,
    }
    subject = render_to_string(f"editorial/email/{kind}_subject.txt", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),  # one line, whatever the template's whitespace
        body=render_to_string(f"editorial/email/{kind}.txt", context),
        to=[person.email],
    )
    message.attach_alternative(
        render_to_string(f"editorial/email/{kind}.html", context), "text/html"
    )
    return message


def send(messages):
    """Send over one connection; return how many were sent."""
    if not messages:
        return 0
    return get_connection().send_messages(messages)
