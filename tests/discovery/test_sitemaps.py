"""sitemap.xml is valid XML listing every public page with its lastmod; robots.txt points to it."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from articles.models import Article
from sitewide.models import SitePage
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ReviewerFactory, attach

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # raises on malformed XML
    return {
        url.findtext("s:loc", namespaces=NS): url.findtext("s:lastmod", namespaces=NS)
        for url in root.findall("s:url", NS)
    }


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
    today = timezone.localdate().isoformat()
    assert entries[f"{base}/"] == today
    assert entries[f"{base}{article.get_absolute_url()}"] == today
    assert entries[f"{base}/topics/skin/"] == today
    assert entries[f"{base}/tags/itch/"] == today
    assert entries[f"{base}{writer.get_absolute_url()}"] == today
    assert entries[f"{base}{reviewer.get_absolute_url()}"] == today
    assert entries[f"{base}/about/"] == today
    assert f"{base}{draft.get_absolute_url()}" not in entries
    assert f"{base}/tags/secret/" not in entries
    assert f"{base}{idle.get_absolute_url()}" not in entries


def test_lastmod_of_a_topic_is_its_newest_published_change(client):
    skin = CategoryFactory(name="Skin", slug="skin")
    old = timezone.now() - datetime.timedelta(days=40)
    article = ArticleFactory(category=skin)
    Article.objects.filter(pk=article.pk).update(modified_at=old)

    entries = sitemap_entries(client)

    assert entries["http://example.com/topics/skin/"] == timezone.localdate(old).isoformat()


@pytest.mark.parametrize("articles", [1, 30])
def test_sitemap_queries_do_not_grow_with_the_site(
    page_cache_off, client, django_assert_num_queries, articles
):
    for n in range(articles):
        attach(ArticleFactory(), authors=[AuthorFactory()], tags=[f"t{n}"])

    # Per section a count and the items (the home section only its lastmod), plus the site.
    with django_assert_num_queries(11):
        client.get("/sitemap.xml")


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
