"""Script-injection attempts in every field readers fill in come out as inert text: on the
article page, on the form shown again, on the thank-you pages and in the admin."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from comments.models import Comment
from feedback.models import ErrorReport, PageFeedback
from newsletter.models import Subscriber
from tests.factories import ArticleFactory, CommentFactory, SubscriberFactory
from tests.reader_forms import post

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><svg onload=alert(1)>",
    '<a href="javascript:alert(1)">click</a>',
    'https://x.example/"><script>alert(1)</script>',
    "javascript:alert(document.cookie)",
    "{{ request }}{% debug %}",
]

# What would run if any payload were output unescaped (or evaluated as a template).
LIVE = ["<script>alert", "<img src=x", "<svg onload", 'href="javascript:', "<WSGIRequest"]


def assert_inert(response):
    html = response.content.decode()
    for marker in LIVE:
        assert marker not in html, marker


@pytest.fixture
def article():
    return ArticleFactory()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_comment_payloads_are_inert_everywhere(client, admin_client, article, payload):
    response = post(
        client,
        reverse("comments:post", args=[article.pk]),
        {"name": payload, "email": "a@example.org", "website": "", "text": payload},
    )
    assert_inert(client.get(response["Location"]))  # "awaits moderation" page
    comment = Comment.objects.get()
    Comment.objects.filter(pk=comment.pk).update(status="approved")

    page = client.get(article.get_absolute_url())
    assert_inert(page)
    assert escape(payload) in page.content.decode()  # shown, as text (name at least)
    assert_inert(admin_client.get(reverse("admin:comments_comment_changelist")))
    assert_inert(admin_client.get(reverse("admin:comments_comment_change", args=[comment.pk])))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_a_form_shown_again_are_inert(client, article, payload):
    response = post(
        client,
        reverse("comments:post", args=[article.pk]),
        {"name": payload, "email": payload, "website": payload, "text": payload},
    )

    assert response.status_code == 400
    assert_inert(response)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_website_field_takes_only_web_addresses(client, article, payload):
    response = post(
        client,
        reverse("comments:post", args=[article.pk]),
        {"name": "N", "email": "a@example.org", "website": payload, "text": "Hello"},
    )

    if response.status_code == 302:  # a valid https address with odd characters in its path
        website = Comment.objects.get().website
        assert website.startswith("https://x.example/")
        Comment.objects.update(status="approved")
        assert_inert(client.get(article.get_absolute_url()))
    else:
        assert response.status_code == 400
        assert Comment.objects.count() == 0


def test_a_website_stored_by_other_means_is_still_escaped(client, article):
    CommentFactory(article=article, website='https://x.example/"><script>alert(1)</script>')

    assert_inert(client.get(article.get_absolute_url()))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_feedback_payloads_are_inert_everywhere(client, admin_client, article, payload):
    post(
        client,
        reverse("feedback:report", args=[article.pk]),
        {"description": payload, "email": "", "version": "1"},
    )
    thanks = post(client, reverse("feedback:helpful", args=[article.pk]), {"helpful": "no"})[
        "Location"
    ]
    post(client, thanks, {"comment": payload})
    assert ErrorReport.objects.count() == 1
    assert PageFeedback.objects.get().comment == payload

    assert_inert(admin_client.get(reverse("admin:feedback_errorreport_changelist")))
    report = ErrorReport.objects.get()
    assert_inert(admin_client.get(reverse("admin:feedback_errorreport_change", args=[report.pk])))
    assert_inert(admin_client.get(reverse("admin:feedback_pagefeedback_changelist")))
    assert_inert(
        post(
            client,
            reverse("feedback:report", args=[article.pk]),
            {"description": payload, "email": payload},
        )
    )


@pytest.mark.parametrize("payload", PAYLOADS)
def test_newsletter_payloads_are_inert(client, admin_client, payload):
    response = post(
        client,
        reverse("newsletter:subscribe"),
        {"email": payload, "consent": "on", "page": payload, "placement": payload},
    )
    assert response.status_code == 400
    assert_inert(response)

    subscriber = SubscriberFactory(consent_page="/" + payload, consent_text=payload)
    assert_inert(
        admin_client.get(reverse("admin:newsletter_subscriber_change", args=[subscriber.pk]))
    )
    assert Subscriber.objects.count() == 1
