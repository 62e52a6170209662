"""With a read replica, anonymous readers' pages read from it; editors and writes use the primary.

The two aliases are two separate test databases (tests/conftest.py), so each test gives the
replica an older copy of an article, as a lagging replica would have, and sees which database
a page came from: by its text and by the queries each connection ran.
"""

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from health_library.replica import PIN_COOKIE
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(databases=["default", "replica"])


@pytest.fixture
def routed(settings):
    settings.DATABASE_ROUTERS = ["health_library.replica.PrimaryReplicaRouter"]


@pytest.fixture
def article():
    """Published on the primary as “Fresh title”; the lagging replica still has “Stale title”."""
    article = ArticleFactory(title="Fresh title", category=None)
    stale = Article.objects.get(pk=article.pk)
    stale.title = "Stale title"
    stale.save_base(using="replica", raw=True, force_insert=True)
    return article


def queries_per_database(client, url, **kwargs):
    with (
        CaptureQueriesContext(connections["default"]) as primary,
        CaptureQueriesContext(connections["replica"]) as replica,
    ):
        response = client.get(url, **kwargs)
    return response, len(primary), len(replica)


def test_anonymous_readers_read_from_the_replica(client, routed, article):
    response, on_primary, on_replica = queries_per_database(client, article.get_absolute_url())

    assertContains(response, "Stale title")
    assert on_primary == 0
    assert on_replica > 0


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")


def test_a_logged_in_editor_reads_from_the_primary(client, routed, article, editor):
    client.force_login(editor)

    response, on_primary, on_replica = queries_per_database(client, article.get_absolute_url())

    assertContains(response, "Fresh title")
    assertNotContains(response, "Stale title")
    assert on_primary > 0
    assert on_replica == 0


def test_the_admin_reads_on_the_primary(client, routed, article, editor):
    client.force_login(editor)

    response, on_primary, on_replica = queries_per_database(
        client, f"/admin/articles/article/{article.pk}/change/"
    )

    assertContains(response, "Fresh title")
    assert on_replica == 0


def test_after_posting_a_browser_reads_from_the_primary_for_a_while(
    client, settings, routed, article
):
    settings.REPLICA_LAG_SECONDS = 15
    with CaptureQueriesContext(connections["replica"]) as replica:
        posted = client.post(f"/comments/post/{article.pk}/", {})
    assert len(replica) == 0
    assert posted.cookies[PIN_COOKIE]["max-age"] == 15

    response, on_primary, on_replica = queries_per_database(client, article.get_absolute_url())

    assertContains(response, "Fresh title")
    assert on_replica == 0


def test_code_outside_requests_reads_from_the_primary(routed, article):
    """Management commands and the email worker never see a lagging replica."""
    with CaptureQueriesContext(connections["replica"]) as replica:
        assert Article.objects.get(pk=article.pk).title == "Fresh title"
    assert len(replica) == 0


def test_without_a_router_everything_uses_the_primary(client, article):
    response, on_primary, on_replica = queries_per_database(client, article.get_absolute_url())

    assertContains(response, "Fresh title")
    assert on_replica == 0
