"""RSS and Atom feeds parse in a real feed reader (feedparser) and list published articles."""

import datetime

import feedparser
import pytest
from django.utils import timezone

from articles.feeds import FEED_LENGTH
from articles.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, attach

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize(("url", "version"), [("/feed/", "rss20"), ("/feed/atom/", "atom10")])
def test_site_feeds_list_published_articles_newest_first(client, url, version):
    older = ArticleFactory(title="Older", published_at=timezone.now() - datetime.timedelta(days=9))
    newer = attach(
        ArticleFactory(title="Newer", standfirst="What is new."),
        authors=[AuthorFactory(name="Eleanor Hartley")],
        tags=["eczema"],
    )
    ArticleFactory(title="Draft", status=Article.Status.DRAFT)
    ArticleFactory(title="Later", published_at=timezone.now() + datetime.timedelta(days=1))

    response, feed = parse(client, url)

    assert feed.version == version
    assert [entry.title for entry in feed.entries] == ["Newer", "Older"]
    entry = feed.entries[0]
    assert entry.link == "http://example.com" + newer.get_absolute_url()
    assert entry.summary == "What is new."
    assert entry.author == "Eleanor Hartley"
    assert {tag.term for tag in entry.tags} >= {"eczema", newer.category.name}
    assert feed.entries[1].link.endswith(older.get_absolute_url())


@pytest.mark.parametrize("suffix", ["", "atom/"])
def test_topic_and_tag_feeds_list_only_their_articles(client, suffix):
    skin = CategoryFactory(name="Skin", slug="skin")
    attach(ArticleFactory(title="In skin", category=skin), tags=["itch"])
    ArticleFactory(title="Elsewhere")

    _, by_topic = parse(client, f"/topics/skin/feed/{suffix}")
    _, by_tag = parse(client, f"/tags/itch/feed/{suffix}")

    assert [entry.title for entry in by_topic.entries] == ["In skin"]
    assert by_topic.feed.title.startswith("Skin")
    assert [entry.title for entry in by_tag.entries] == ["In skin"]
    assert client.get(f"/tags/no-such-tag/feed/{suffix}").status_code == 404


@pytest.mark.parametrize("articles", [1, FEED_LENGTH + 5])
def test_feed_queries_do_not_grow_with_its_length(
    page_cache_off, client, django_assert_num_queries, articles
):
    for n in range(articles):
        attach(ArticleFactory(), authors=[AuthorFactory()], tags=[f"t{n}", "shared"])
    client.get("/feed/")  # warm the site-wide cache

    with django_assert_num_queries(3):  # articles, their authors, their tags
        client.get("/feed/")


def test_pages_advertise_their_feeds(client):
    CategoryFactory(name="Skin", slug="skin")

    html = client.get("/topics/skin/").content.decode()

    assert 'type="application/rss+xml"' in html
    assert 'href="/topics/skin/feed/"' in html
    assert 'href="/feed/atom/"' in html
