"""Caching-friendly CSRF protection: no token in the shared page, the browser's own headers say
where a post came from, and posts from other sites are refused."""

import pytest
from django.urls import reverse
from pytest_django.asserts import assertContains, assertNotContains

from comments.models import Comment
from tests.factories import ArticleFactory
from tests.reader_forms import stamp

pytestmark = pytest.mark.django_db

DATA = {"name": "Priya", "email": "priya@example.org", "text": "Thank you."}


@pytest.fixture
def article():
    return ArticleFactory()


def send(client, article, **headers):
    return client.post(
        reverse("comments:post", args=[article.pk]), {**DATA, "stamp": stamp()}, **headers
    )


def test_the_article_page_carries_no_per_visitor_token_or_cookie(client, article):
    response = client.get(article.get_absolute_url())

    assertNotContains(response, "csrfmiddlewaretoken")
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")
    assertContains(response, 'action="/comments/post/')
    assertContains(response, 'action="/newsletter/subscribe/"')
    assertContains(response, 'action="/feedback/')


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/articles/x/"},  # old browsers send no Origin
    ],
)
def test_posts_from_this_sites_pages_are_accepted(client, article, headers):
    assert send(client, article, **headers).status_code == 302
    assert Comment.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_REFERER": "https://evil.example/page"},
        {"HTTP_REFERER": "http://testserver.evil.example/"},
        {},  # neither Origin nor Referer
    ],
)
def test_posts_another_site_could_forge_are_refused(client, article, headers):
    response = send(client, article, **headers)

    assert response.status_code == 403
    assertContains(response, "We could not accept this form", status_code=403)
    assert Comment.objects.count() == 0


def test_trusted_origins_from_settings_are_accepted(client, article, settings):
    settings.CSRF_TRUSTED_ORIGINS = ["https://health.example.com"]

    assert send(client, article, HTTP_ORIGIN="https://health.example.com").status_code == 302


def test_the_check_also_guards_newsletter_and_feedback(client, article):
    evil = {"HTTP_ORIGIN": "https://evil.example"}

    for url in [
        reverse("newsletter:subscribe"),
        reverse("feedback:helpful", args=[article.pk]),
        reverse("feedback:report", args=[article.pk]),
    ]:
        assert client.post(url, {"stamp": stamp()}, **evil).status_code == 403, url
