"""Friendly 404, 500 and 503 pages in the site's design."""

import pytest
from django.template.loader import render_to_string
from pytest_django.asserts import assertContains

pytestmark = pytest.mark.django_db


def test_unknown_address_gets_the_friendly_404(client):
    response = client.get("/articles/no-such-article/")

    assert response.status_code == 404
    assertContains(response, "We can’t find that page", status_code=404)
    assertContains(response, 'class="search-box"', status_code=404)


def test_500_page_renders_without_context_or_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")

    assert "Sorry, something went wrong" in html


def test_maintenance_mode_answers_503_with_retry_after(client, settings):
    settings.MAINTENANCE_MODE = True

    for path in ["/", "/articles/anything/", "/search/?q=x", "/admin/"]:
        response = client.get(path)
        assert response.status_code == 503
        assert response["Retry-After"] == "600"
        assert "Content-Security-Policy" in response
        assertContains(response, "We’ll be back soon", status_code=503)


def test_maintenance_mode_needs_no_database(client, settings, django_assert_num_queries):
    settings.MAINTENANCE_MODE = True

    with django_assert_num_queries(0):
        client.get("/")


def test_site_works_normally_when_maintenance_mode_is_off(client, settings):
    settings.MAINTENANCE_MODE = False

    assert client.get("/").status_code == 200
