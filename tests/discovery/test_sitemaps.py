"""sitemap.xml is a sitemap index of sections listing every public page with its lastmod, in pages
of at most 50,000 URLs; robots.txt points to it."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from articles.models import Article
from articles.sitemaps import ArticleSitemap, TagSitemap
from sitewide.models import SitePage
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ReviewerFactory, attach

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def get_xml(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # raises on malformed XML


def sitemap_urls(client):
    """The index's sitemap addresses, relative to the site."""
    index = get_xml(client, "/sitemap.xml")
    assert index.tag == f"{{{NS['s']}}}sitemapindex"
    return [
        loc.removeprefix("http://example.com")
        for loc in (
            node.findtext("s:loc", namespaces=NS) for node in index.findall("s:sitemap", NS)
        )
    ]


def sitemap_entries(client):
    """Every page listed by every sitemap of the index, with its lastmod."""
    entries = {}
    for url in sitemap_urls(client):
        root = get_xml(client, url)
        for node in root.findall("s:url", NS):
            entries[node.findtext("s:loc", namespaces=NS)] = node.findtext(
                "s:lastmod", namespaces=NS
            )
    return entries


def test_sitemap_lists_public_pages_with_lastmod(client):
    skin = CategoryFactory(name="Skin", slug="skin")
    writer, reviewer, idle = AuthorFactory(), ReviewerFactory(), AuthorFactory()
    article = attach(
        ArticleFactory(category=skin, medical_reviewer=reviewer), authors=[writer], tags=["itch"]
    )
    draft = attach(ArticleFactory(status=Article.Status.DRAFT), tags=["secret"])
    SitePage.objects.create(title="About", slug="about", role="about")

    entries = sitemap_entries(client)

    base = "http://example.com"  # the Site domain, with the scheme of the request
    published = timezone.localdate(article.published_at).isoformat()
    assert entries[f"{base}/"] == published
    assert entries[f"{base}{article.get_absolute_url()}"] == published
    assert entries[f"{base}/topics/skin/"] == published
    assert entries[f"{base}/tags/itch/"] == published
    assert entries[f"{base}{writer.get_absolute_url()}"] == published
    assert entries[f"{base}{reviewer.get_absolute_url()}"] == published
    assert entries[f"{base}/about/"] == timezone.localdate().isoformat()
    assert f"{base}{draft.get_absolute_url()}" not in entries
    assert f"{base}/tags/secret/" not in entries
    assert f"{base}{idle.get_absolute_url()}" not in entries


def test_lastmod_is_the_date_readers_see(client):
    """Publication, or the “Updated” date when later; not saves of admin-only fields."""
    skin = CategoryFactory(name="Skin", slug="skin")
    now = timezone.now()
    published = now - datetime.timedelta(days=40)
    updated = now - datetime.timedelta(days=10)
    plain = ArticleFactory(category=skin, published_at=published - datetime.timedelta(days=5))
    revised = ArticleFactory(category=skin, published_at=published, updated_at=updated)
    Article.objects.update(modified_at=now)  # e.g. a review date recorded today

    entries = sitemap_entries(client)

    base = "http://example.com"
    day = lambda moment: timezone.localdate(moment).isoformat()  # noqa: E731
    assert entries[f"{base}{plain.get_absolute_url()}"] == day(plain.published_at)
    assert entries[f"{base}{revised.get_absolute_url()}"] == day(updated)
    assert entries[f"{base}/topics/skin/"] == day(updated)
    assert entries[f"{base}/"] == day(updated)


def test_a_section_is_split_into_pages_listed_by_the_index(client, monkeypatch):
    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    articles = ArticleFactory.create_batch(5)

    urls = sitemap_urls(client)

    pages = [url for url in urls if url.startswith("/sitemap-articles.xml")]
    assert pages == [
        "/sitemap-articles.xml",
        "/sitemap-articles.xml?p=2",
        "/sitemap-articles.xml?p=3",
    ]
    listed = [
        node.findtext("s:loc", namespaces=NS)
        for url in pages
        for node in get_xml(client, url).findall("s:url", NS)
    ]
    assert listed == [f"http://example.com{a.get_absolute_url()}" for a in articles]
    assert client.get("/sitemap-articles.xml?p=4").status_code == 404


def test_article_pages_are_id_ranges_so_unpublished_ids_leave_gaps(client, monkeypatch):
    """At most ``limit`` URLs a page, counted without counting: a page is ``limit`` ids."""
    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    first, _, third, fourth = [
        ArticleFactory(),
        ArticleFactory(status=Article.Status.DRAFT),
        ArticleFactory(),
        ArticleFactory(),
    ]

    pages = [u for u in sitemap_urls(client) if u.startswith("/sitemap-articles.xml")]
    listed = [
        [
            node.findtext("s:loc", namespaces=NS)
            for node in get_xml(client, url).findall("s:url", NS)
        ]
        for url in pages
    ]

    assert pages == ["/sitemap-articles.xml", "/sitemap-articles.xml?p=2"]
    assert listed == [
        [f"http://example.com{first.get_absolute_url()}"],
        [f"http://example.com{a.get_absolute_url()}" for a in (third, fourth)],
    ]
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_addresses_match_the_pages_own_even_for_unicode_slugs(client):
    article = attach(ArticleFactory(slug="ekzéma-ölçü"), authors=[AuthorFactory(slug="zoë")])

    entries = sitemap_entries(client)

    assert f"http://example.com{article.get_absolute_url()}" in entries
    assert f"http://example.com{article.authors.get().get_absolute_url()}" in entries
    assert "http://example.com/articles/ekz%C3%A9ma-%C3%B6l%C3%A7%C3%BC/" in entries


def test_a_section_larger_than_a_page_is_counted_exactly(client, monkeypatch):
    """Tags without published articles are not listed, so past one page the count is exact."""
    monkeypatch.setattr(TagSitemap, "limit", 2)
    for n in range(3):
        attach(ArticleFactory(), tags=[f"listed-{n}"])
    attach(ArticleFactory(status=Article.Status.DRAFT), tags=["hidden-1", "hidden-2"])

    urls = sitemap_urls(client)

    assert [u for u in urls if u.startswith("/sitemap-tags.xml")] == [
        "/sitemap-tags.xml",
        "/sitemap-tags.xml?p=2",
    ]
    second = get_xml(client, "/sitemap-tags.xml?p=2").findall("s:url", NS)
    assert [n.findtext("s:loc", namespaces=NS) for n in second] == [
        "http://example.com/tags/listed-2/"
    ]


def test_the_protocol_limit_of_50000_urls_per_sitemap():
    assert ArticleSitemap.limit == 50_000
    assert TagSitemap.limit == 50_000


@pytest.mark.parametrize("articles", [1, 30])
def test_sitemap_queries_do_not_grow_with_the_site(
    page_cache_off, client, django_assert_num_queries, articles
):
    for n in range(articles):
        attach(ArticleFactory(), authors=[AuthorFactory()], tags=[f"t{n}"])

    # The site; home and articles: the newest date (2 index-ordered lookups), articles also
    # their first and last id (pages are id ranges: no count); pages: items and a count;
    # topics: the topics; tags and authors: a count of all (one page either way: their
    # lastmods, a scan of every article, are in their sections).
    with django_assert_num_queries(12):
        client.get("/sitemap.xml")
    # A section (the site is cached by now): articles: the first and last id and the page;
    # tags: a count and the page (one GROUP BY).
    with django_assert_num_queries(3):
        client.get("/sitemap-articles.xml")
    with django_assert_num_queries(2):
        client.get("/sitemap-tags.xml")


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
