"""How public pages are served: hits without queries, HTTP caching headers, editors and
previews kept out of the cache, and what happens when the database or the cache is down."""

import re
import socket

import pytest
from django.db import OperationalError, connection
from django.test import Client, override_settings
from pytest_django.asserts import assertContains

from editorial.previews import preview_link
from pagecache import store
from tests.factories import ArticleFactory, AuthorFactory, CommentFactory, attach

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(site_settings):
    article = ArticleFactory(title="Interferons explained")
    CommentFactory(article=article, parent=CommentFactory(article=article))
    return attach(article, authors=[AuthorFactory()], tags=["itch", "skin"], faqs=2)


def test_a_hit_runs_no_query_and_a_miss_at_most_ten(client, article, django_assert_max_num_queries):
    client.get("/")  # the site-wide context and the publication schedule, as in production
    url = article.get_absolute_url()

    with django_assert_max_num_queries(10):
        miss = client.get(url)
    with django_assert_max_num_queries(0):
        hit = client.get(url)

    assert miss["X-Page-Cache"] == "miss"
    assert hit["X-Page-Cache"] == "hit"
    assert hit.content == miss.content


@pytest.mark.parametrize(
    "url", ["/", "/articles/", "/feed/", "/feed/atom/", "/sitemap.xml", "/robots.txt"]
)
def test_every_public_page_is_served_from_the_cache_without_queries(
    client, article, url, django_assert_num_queries
):
    client.get(url)
    with django_assert_num_queries(0):
        assert client.get(url)["X-Page-Cache"] == "hit"


def test_topic_tag_author_and_site_pages_are_cached(client, article, django_assert_num_queries):
    from sitewide.models import SitePage

    SitePage.objects.create(title="Privacy", slug="privacy", role="privacy")
    author = article.ordered_authors()[0]
    urls = [article.category.get_absolute_url(), "/tags/itch/", author.get_absolute_url()]
    for url in [*urls, "/privacy/"]:
        client.get(url)
        with django_assert_num_queries(0):
            assert client.get(url)["X-Page-Cache"] == "hit", url


def test_anonymous_pages_are_public_for_shared_caches_without_cookies(client, article):
    response = client.get(article.get_absolute_url())

    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "max-age=60" in cache_control
    assert "s-maxage=86400" in cache_control
    assert "stale-while-revalidate=30" in cache_control
    assert "stale-if-error=86400" in cache_control
    assert not response.cookies  # no session, CSRF or messages cookie
    assert "Cookie" not in response.get("Vary", "")
    assert f"article:{article.pk}" in response["xkey"].split()
    assert "sitewide" in response["xkey"].split()
    # The stored HTML carries no nonce; each response's policy header gets a fresh one.
    assert b"nonce" not in response.content
    policies = [client.get(article.get_absolute_url()) for _ in "ab"]
    assert [p["X-Page-Cache"] for p in policies] == ["hit", "hit"]
    nonces = {re.search(r"'nonce-([^']+)'", p["Content-Security-Policy"])[1] for p in policies}
    assert len(nonces) == 2
    assert policies[0]["X-Frame-Options"] == "DENY"
    assert policies[0]["X-Content-Type-Options"] == "nosniff"


def test_a_conditional_get_of_an_unchanged_page_is_304(client, article):
    first = client.get(article.get_absolute_url())
    etag = first["ETag"]

    again = client.get(article.get_absolute_url(), headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""

    article.title = "Changed"
    article.save()
    changed = client.get(article.get_absolute_url(), headers={"if-none-match": etag})
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_tracking_parameters_share_the_stored_page_and_page_numbers_do_not(client, article):
    client.get("/articles/")

    assert client.get("/articles/?utm_source=social&fbclid=x")["X-Page-Cache"] == "hit"
    assert client.get("/articles/?page=1")["X-Page-Cache"] == "miss"


def test_editors_with_a_session_are_never_served_or_stored(client, article, admin_user):
    url = article.get_absolute_url()
    client.get(url)  # stored for readers
    client.force_login(admin_user)

    response = client.get(url)
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]

    reader = Client()
    reader.get("/articles/")
    client.get("/articles/")  # the editor's rendering is not stored ...
    assert reader.get("/articles/")["X-Page-Cache"] == "hit"  # ... the reader's copy stays


def test_previews_are_never_cached(client, site_settings):
    draft = ArticleFactory(status="draft", title="Secret draft")
    link = preview_link(draft)

    for _ in range(2):
        response = client.get(link)
        assertContains(response, "Secret draft")
        assert "X-Page-Cache" not in response
        assert "no-store" in response["Cache-Control"]


def test_page_cache_seconds_zero_turns_the_cache_off(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(article.get_absolute_url())

    response = client.get(article.get_absolute_url())
    assert "X-Page-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_a_page_rendered_while_a_change_committed_is_not_stored():
    """The render read old data; the change's bump landed before the store: discard it."""
    started = store.generation()
    store.bump(["article:1"])

    stored = store.store(
        "pagecache:test",
        content=b"old",
        status=200,
        headers=[],
        tags=["article:1"],
        fresh_until=10**12,
        started_generation=started,
        stale_seconds=0,
    )

    assert stored is False
    assert store.lookup("pagecache:test") == (None, False)


class CacheCalls:
    """Counts the page cache's reads: each call is one round trip to Redis."""

    def __init__(self, monkeypatch):
        from django.core.cache import cache

        self.calls = []
        self.depth = 0  # the local memory cache's get_many calls its get: count the outer call
        for name in ("get", "get_many"):
            original = getattr(cache, name)
            monkeypatch.setattr(cache, name, self.counting(name, original))

    def counting(self, name, original):
        def call(*args, **kwargs):
            if not self.depth:
                self.calls.append(name)
            self.depth += 1
            try:
                return original(*args, **kwargs)
            finally:
                self.depth -= 1

        return call


def test_a_hit_is_one_cache_read_until_something_changes(client, article, monkeypatch):
    url = article.get_absolute_url()
    client.get(url)
    reads = CacheCalls(monkeypatch)

    assert client.get(url)["X-Page-Cache"] == "hit"
    assert reads.calls == ["get_many"]  # page, its validated generation, the generation

    store.bump(["article:0"])  # another article changed: this page's tags are checked once
    reads.calls.clear()
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert reads.calls == ["get_many", "get_many"]
    reads.calls.clear()
    assert client.get(url)["X-Page-Cache"] == "hit"
    assert reads.calls == ["get_many"]


def test_a_reader_between_a_bumps_writes_does_not_validate_the_old_page(
    client, article, monkeypatch
):
    """A reader that reads the new generation but the old tag versions (the bump is half done)
    records that generation as validated; the bump's last write must still make it stale."""
    from django.core.cache import cache
    from django.test import RequestFactory

    from pagecache.middleware import page_key

    url = article.get_absolute_url()
    client.get(url)
    key = page_key(RequestFactory().get(url))
    set_many = cache.set_many
    readers = []

    def tags_written_after_a_reader(mapping, *args, **kwargs):
        if any(":tag:" in name for name in mapping):
            readers.append(store.lookup(key)[1])  # still sees the old tags: fresh
        return set_many(mapping, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(cache, "set_many", tags_written_after_a_reader)
        store.bump([f"article:{article.pk}"])

    assert readers == [True]
    assert store.lookup(key)[1] is False
    assert client.get(url)["X-Page-Cache"] != "hit"


def test_an_evicted_tag_makes_its_pages_stale(client, article):
    from django.core.cache import cache

    client.get(article.get_absolute_url())
    cache.delete(store.tag_key(f"article:{article.pk}"))  # as local memory culls do
    store.bump(["article:0"])  # any change makes readers check the page's tags again

    assert client.get(article.get_absolute_url())["X-Page-Cache"] != "hit"


# --- Failure behaviour ------------------------------------------------------------------


def database_down(execute, sql, params, many, context):
    raise OperationalError("could not connect to server: Connection refused")


def test_database_down_serves_stored_pages_and_a_friendly_503_for_others(client, article):
    client.raise_request_exception = False
    stored_url = article.get_absolute_url()
    client.get(stored_url)
    other = ArticleFactory(title="Never read before")
    client.get("/")

    with connection.execute_wrapper(database_down):
        hit = client.get(stored_url)
        missing = client.get(other.get_absolute_url())
        admin = client.get("/admin/login/")

    assert hit.status_code == 200
    assertContains(hit, "Interferons explained")
    for response in (missing, admin):
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assertContains(response, "technical problem on our side", status_code=503)


def test_database_down_serves_the_previous_copy_of_a_changed_page(client, article):
    client.raise_request_exception = False
    client.get(article.get_absolute_url())
    article.title = "Edited just before the outage"
    article.save()

    with connection.execute_wrapper(database_down):
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert response["X-Page-Cache"] == "stale"
    assertContains(response, "Interferons explained")


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_down():
    """The cache is Redis on a port where nothing listens (restored before the cache is cleared)."""
    redis = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
    }
    with override_settings(CACHES={"default": redis}):
        yield


def test_redis_down_pages_still_render(client, article, redis_down):
    for url in [article.get_absolute_url(), "/", "/feed/", "/sitemap.xml"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assertContains(client.get(article.get_absolute_url()), "Interferons explained")


def test_redis_down_posting_is_refused_politely_and_nothing_is_stored(client, article, redis_down):
    response = client.post(
        f"/comments/post/{article.pk}/",
        {"name": "Ann", "email": "ann@example.org", "text": "Hello", "stamp": "", "subject": ""},
        headers={"origin": "http://testserver", "sec-fetch-site": "same-origin"},
    )

    assert response.status_code == 503
    assertContains(response, "technical problem on our side", status_code=503)
    assert article.comments.filter(name="Ann").count() == 0


def test_redis_down_saving_content_still_works(article, redis_down):
    article.title = "Saved while the cache is down"
    article.save()


def test_healthz_reports_database_and_cache(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_is_503_when_the_cache_is_down(client, redis_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"


def test_healthz_is_503_when_the_database_is_down(client, db):
    with connection.execute_wrapper(database_down):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}


def test_postgresql_connections_give_up_quickly(monkeypatch):
    """A database that does not answer gets the 503 page within seconds, not a hung worker."""
    import importlib

    from health_library import settings as settings_module

    monkeypatch.setenv("DATABASE_URL", "postgresql://app:app@127.0.0.1:1/app")
    monkeypatch.setenv("HEALTH_LIBRARY_LOCAL", "1")
    reloaded = importlib.reload(settings_module)
    try:
        assert reloaded.DATABASES["default"]["OPTIONS"]["connect_timeout"] == 3
    finally:
        monkeypatch.undo()
        importlib.reload(settings_module)


def test_a_page_rendered_while_someone_else_commits_a_change_is_kept_out_of_all_caches(
    client, article
):
    """The render read the old state; the other change's purge may already be done."""
    bumped = []

    def change_lands_meanwhile(execute, sql, params, many, context):
        if not bumped:
            bumped.append(sql)
            store.bump([f"article:{article.pk}"])  # as another app server's commit does
        return execute(sql, params, many, context)

    with connection.execute_wrapper(change_lands_meanwhile):
        response = client.get(article.get_absolute_url())

    assert response["X-Page-Cache"] == "miss"
    assert "s-maxage=0" in response["Cache-Control"]
    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "miss"  # not stored
