"""“Was this page helpful?” and “Report an error”: tied to the revision the reader saw, triaged
by editors, under the same anti-spam rules as comments."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from comments import spam
from feedback.models import ErrorReport, PageFeedback
from tests.factories import ArticleFactory
from tests.reader_forms import post

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    article = ArticleFactory(title="Eczema treatments")
    article.save()  # a second revision
    assert article.version == 2
    return article


def answer(client, article, helpful, **data):
    url = reverse("feedback:helpful", args=[article.pk])
    return post(client, url, {"helpful": helpful, "version": article.version, **data})


def report(client, article, **data):
    url = reverse("feedback:report", args=[article.pk])
    fields = {"description": "IFN-γ is type II, not type I.", "version": article.version}
    return post(client, url, {**fields, **data})


def test_the_article_page_asks_and_offers_an_error_report(client, article):
    response = client.get(article.get_absolute_url())

    assertContains(response, "Was this page helpful?")
    assertContains(response, "<summary>Report an error in this article</summary>", html=True)
    assertContains(response, 'name="version" value="2"', count=2)


def test_a_yes_is_recorded_with_the_revision_and_thanked(client, article):
    response = answer(client, article, "yes")

    feedback = PageFeedback.objects.get()
    assert (feedback.is_helpful, feedback.article_version, feedback.is_spam) == (True, 2, False)
    thanks = client.get(response["Location"])
    assertContains(thanks, "Thank you for your feedback")
    assertNotContains(thanks, "What was wrong?")


def test_a_no_asks_what_was_wrong_once(client, article):
    response = answer(client, article, "no")
    thanks_url = response["Location"]
    assertContains(client.get(thanks_url), "What was wrong?")

    sent = post(client, thanks_url, {"comment": "It does not say how long treatment lasts."})

    assert sent.status_code == 200
    assertNotContains(sent, "What was wrong?")
    feedback = PageFeedback.objects.get()
    assert feedback.is_helpful is False
    assert feedback.comment == "It does not say how long treatment lasts."
    post(client, thanks_url, {"comment": "Overwritten?"})
    assert PageFeedback.objects.get().comment == "It does not say how long treatment lasts."


def test_what_was_wrong_keeps_the_text_when_too_long(client, article):
    thanks_url = answer(client, article, "no")["Location"]

    response = post(client, thanks_url, {"comment": "x" * 1001})

    assert response.status_code == 400
    assertContains(response, "x" * 1001, status_code=400)
    assert PageFeedback.objects.get().comment == ""


def test_an_answer_needs_yes_or_no(client, article):
    response = answer(client, article, "maybe")

    assertContains(response, "Select a valid choice", status_code=400)
    assert PageFeedback.objects.count() == 0


def test_an_error_report_lands_in_the_queue_tied_to_the_revision_seen(client, article):
    response = report(client, article, version=1, email="reader@example.org")

    assert response.status_code == 302
    assertContains(client.get(response["Location"]), "Thank you for your report")
    filed = ErrorReport.objects.get()
    assert filed.article == article
    assert filed.article_version == 1
    assert filed.is_about_an_older_revision
    assert filed.status == ErrorReport.Status.NEW
    assert filed.email == "reader@example.org"
    assert filed.ip_address == "127.0.0.1"


@pytest.mark.parametrize("version", ["", "0", "99", "-1"])
def test_an_impossible_revision_is_recorded_as_the_current_one(client, article, version):
    report(client, article, version=version)

    assert ErrorReport.objects.get().article_version == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"description": " "}, "Tell us what is wrong in the article."),
        ({"description": "x" * 2001}, "Keep your report to 2000 characters (it has 2001)."),
        ({"email": "nope"}, "Enter an email address like name@example.com, or leave it out."),
    ],
)
def test_report_errors_are_explained_and_the_text_kept(client, article, data, message):
    response = report(client, article, **{"email": "kept@example.org", **data})

    assert response.status_code == 400
    assertContains(response, message, status_code=400)
    kept = {"description": "IFN-γ is type II, not type I.", "email": "kept@example.org", **data}
    for value in kept.values():
        if value.strip():
            assertContains(response, value, status_code=400)
    assert ErrorReport.objects.count() == 0


def test_the_report_form_also_works_as_its_own_page(client, article):
    response = client.get(reverse("feedback:report", args=[article.pk]))

    assertContains(response, "Report an error in “Eczema treatments”")


def test_spam_checks_hold_reports_and_answers_for_review(client, article):
    report(client, article, subject="filled")
    answer(client, article, "no", subject="filled")
    report(client, article, description="https://a.example https://b.example https://c.example")

    honeypot, links = ErrorReport.objects.order_by("pk")
    assert honeypot.is_spam and honeypot.spam_reasons == ["filled in the hidden field"]
    assert links.is_spam and links.spam_reasons == ["3 links (more than 2)"]
    assert PageFeedback.objects.get().is_spam
    assert ErrorReport.objects.genuine().count() == 0


def test_a_flood_of_reports_is_refused_with_the_text_kept(client, article, settings):
    settings.READER_FORM_RATE_LIMITS = {**spam.DEFAULT_RATE_LIMITS, "report": (1, 600)}
    for _ in range(4):
        report(client, article)

    response = report(client, article, description="My fifth report.")

    assert response.status_code == 429
    assertContains(response, "My fifth report.", status_code=429)
    assert ErrorReport.objects.count() == 4


def test_feedback_on_unpublished_articles_is_refused(client):
    draft = ArticleFactory(status="draft")

    assert answer(client, draft, "yes").status_code == 404
    assert report(client, draft).status_code == 404
