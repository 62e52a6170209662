"""A site that grows: generated articles behave like edited ones, listings page cheaply from
either end, the admin list does not count or load what it does not show, and every page's
query count stays the same as the site grows."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from articles.changelist import RecentTagFilter
from articles.models import Article
from articles.paginators import EstimatedCountPaginator, FromEitherEndPaginator
from articles.richtext import render_body, sanitize_body
from search.models import SearchDocument
from tests.factories import ArticleFactory, attach

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.com", "pw")
    client.force_login(user)
    return user


def test_generated_articles_have_the_derived_fields_save_computes():
    call_command("generate_articles", 12, stdout=StringIO())

    assert Article.objects.published().count() == 12
    assert SearchDocument.objects.count() == 12
    for article in Article.objects.prefetch_related("article_references", "tags"):
        cited = {link.source_id for link in article.article_references.all()}
        rendered = render_body(sanitize_body(article.body), cited, {})
        assert article.body == sanitize_body(article.body)
        assert article.body_html == rendered.html
        assert article.toc == rendered.toc
        assert article.citation_order == rendered.cited_ids
        assert article.unresolved_citations == []
        assert article.word_count == rendered.word_count
        assert article.review_due_on is not None
        assert article.authors.exists()
        assert article.tags.exists()


def test_generated_articles_are_found_by_search(client):
    call_command("generate_articles", 5, stdout=StringIO())
    article = Article.objects.order_by("pk").first()
    word = article.title.split()[2].rstrip(":")  # the made-up word of its title

    response = client.get("/search/", {"q": word})

    assert article in response.context["object_list"]


def test_a_bad_count_is_a_clear_error():
    with pytest.raises(Exception, match="COUNT must be a positive number"):
        call_command("generate_articles", 0)


@pytest.mark.parametrize("per_page, orphans", [(3, 0), (3, 1), (4, 2)])
def test_pages_read_from_the_end_are_the_same_pages(per_page, orphans):
    for _ in range(11):
        ArticleFactory()
    articles = Article.objects.published()

    expected = Paginator(articles, per_page, orphans=orphans)
    paginator = FromEitherEndPaginator(articles, per_page, orphans=orphans)

    assert paginator.num_pages == expected.num_pages
    for number in expected.page_range:
        page, reference = paginator.page(number), expected.page(number)
        assert list(page) == list(reference)
        assert (page.start_index(), page.end_index()) == (
            reference.start_index(),
            reference.end_index(),
        )


def test_the_last_page_of_a_tag_skips_no_rows(client):
    for n in range(30):
        attach(ArticleFactory(title=f"Tagged {n:02}"), tags=["itch"])

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/tags/itch/?page=last")

    # The oldest six, newest first, as page 3 of 12 per page lists them.
    assert [a.title for a in response.context["object_list"]] == [
        f"Tagged {n:02}" for n in range(5, -1, -1)
    ]
    listing = [q["sql"] for q in queries.captured_queries if "LIMIT" in q["sql"]]
    assert listing and all("OFFSET 24" not in sql for sql in listing)


def test_the_admin_list_loads_no_bodies_and_counts_once(client, editor):
    for _ in range(3):
        ArticleFactory()

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/articles/article/", {"status__exact": "published"})

    assert response.status_code == 200
    sqls = [q["sql"] for q in queries.captured_queries]
    rows = [sql for sql in sqls if '"articles_article"."title"' in sql]
    assert rows and all('"body_html"' not in sql for sql in rows)
    # Filtered: its own count only, not a second one of the whole table.
    assert len([sql for sql in sqls if "COUNT(" in sql and "articles_article" in sql]) == 1


def test_the_admin_tag_filter_offers_recent_tags_and_takes_any(client, editor, monkeypatch):
    monkeypatch.setattr(RecentTagFilter, "RECENT_ARTICLES", 2)
    attach(ArticleFactory(title="Old one"), tags=["vintage"])
    attach(ArticleFactory(title="New one"), tags=["fresh"])
    attach(ArticleFactory(title="Newest"), tags=["fresh", "current"])

    listing = client.get("/admin/articles/article/")
    offered = [slug for slug, _ in listing.context["cl"].filter_specs[-1].lookup_choices]
    assert offered == ["current", "fresh"]

    filtered = client.get("/admin/articles/article/", {"tag": "vintage"})
    assert [a.title for a in filtered.context["cl"].result_list] == ["Old one"]
    offered = [slug for slug, _ in filtered.context["cl"].filter_specs[-1].lookup_choices]
    assert "vintage" in offered


def test_an_unfiltered_large_table_is_estimated_on_postgresql(client, editor, monkeypatch):
    """PostgreSQL takes the planner's estimate; other databases count (cheaply)."""
    monkeypatch.setattr(EstimatedCountPaginator, "ESTIMATE_FROM", 5)
    for _ in range(8):
        ArticleFactory()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/articles/article/")

    assert response.status_code == 200
    counts = [q for q in queries.captured_queries if "COUNT(" in q["sql"]]
    if connection.vendor == "postgresql":
        assert counts == []
        assert response.context["cl"].result_count == 8  # ANALYZE counted them exactly
    else:
        assert len(counts) == 1
    assert len(response.context["cl"].result_list) == 8


def page_urls():
    article = Article.objects.order_by("pk")[Article.objects.count() // 2]
    tag = Tag.objects.annotate(n=Count("taggit_taggeditem_items")).order_by("-n").first()
    return {
        "article": article.get_absolute_url(),
        "home": "/",
        "topic": article.category.get_absolute_url(),
        "tag, last page": f"/tags/{tag.slug}/?page=last",
        "search": "/search/?q=treatment",
        "sitemap index": "/sitemap.xml",
        "sitemap section": "/sitemap-articles.xml",
        "feed": "/feed/",
        "admin list": "/admin/articles/article/",
    }


def query_counts(client):
    counts = {}
    for name, url in page_urls().items():
        client.get(url)  # the cached site-wide object is loaded once, not counted
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[name] = len(queries)
    return counts


def test_query_counts_do_not_grow_with_the_site(client, editor):
    devnull = StringIO()
    call_command("generate_articles", 30, stdout=devnull)
    small = query_counts(client)

    call_command("generate_articles", 60, seed=2, stdout=devnull)
    large = query_counts(client)

    assert large == small
