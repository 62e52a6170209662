"""Home, topic, tag, author and all-articles pages: content and fixed query counts."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from articles.views import ArticleListView, CategoryDetailView, TagDetailView
from authors.views import AuthorDetailView
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    ReviewerFactory,
    attach,
)

pytestmark = pytest.mark.django_db


def test_an_article_editors_feature_leads_the_home_page(client):
    picked = ArticleFactory(title="Editors' pick", is_featured=True)
    for n in range(3):
        ArticleFactory(title=f"Newer {n}")

    response = client.get("/")

    assert response.context["featured"] == picked
    assert picked not in response.context["latest_articles"]
    assert [a.title for a in response.context["latest_articles"]][0] == "Newer 2"


def test_home_shows_the_featured_article_latest_articles_and_topics(client):
    CategoryFactory(name="Allergies", slug="allergies")
    for n in range(4):
        ArticleFactory(title=f"Article {n}")  # the last one created is the newest

    response = client.get("/")

    assertContains(response, 'id="featured-title"')
    assert response.context["featured"].title == "Article 3"
    assert [a.title for a in response.context["latest_articles"]] == [
        "Article 2",
        "Article 1",
        "Article 0",
    ]
    assertContains(response, "Browse by topic")
    assertContains(response, 'href="/topics/allergies/"')


def test_tag_page_lists_published_articles_with_the_tag(client):
    attach(ArticleFactory(title="Tagged"), tags=["itch"])
    attach(ArticleFactory(title="Tagged draft", status=Article.Status.DRAFT), tags=["itch"])
    ArticleFactory(title="Untagged")

    response = client.get("/tags/itch/")

    assertContains(response, '<h1><span class="listing__kind">Tag</span> itch</h1>', html=True)
    assertContains(response, "Tagged")
    assertNotContains(response, "Tagged draft")
    assertNotContains(response, "Untagged")
    assert client.get("/tags/nothing-here/").status_code == 404


def test_article_page_links_its_tags_to_their_pages(client):
    article = attach(ArticleFactory(), tags=["itch"])

    assertContains(client.get(article.get_absolute_url()), 'href="/tags/itch/"')


def test_author_page_lists_written_and_reviewed_articles_separately(client):
    person = AuthorFactory(name="Dr Both", is_medical_reviewer=True)
    attach(ArticleFactory(title="Written by them"), authors=[person])
    ArticleFactory(title="Reviewed by them", medical_reviewer=person)
    ArticleFactory(title="Unpublished review", medical_reviewer=person, status="draft")

    response = client.get(person.get_absolute_url())

    assert [a.title for a in response.context["page_obj"]] == ["Written by them"]
    assert [a.title for a in response.context["reviewed_page"]] == ["Reviewed by them"]
    assertContains(response, "Articles by Dr Both")
    assertContains(response, "Articles medically reviewed by Dr Both")
    assertNotContains(response, "Unpublished review")


def test_author_page_paginates_each_list_on_its_own(client):
    person = AuthorFactory(is_medical_reviewer=True)
    for _ in range(3):
        attach(ArticleFactory(), authors=[person])
        ArticleFactory(medical_reviewer=person)
    AuthorDetailView.paginate_by = 2
    try:
        response = client.get(person.get_absolute_url(), {"page": 2, "reviewed_page": 1})
    finally:
        AuthorDetailView.paginate_by = 12

    assert response.context["page_obj"].number == 2
    assert response.context["reviewed_page"].number == 1
    assertContains(response, "?page=2&amp;reviewed_page=2")  # the other list keeps its page
    assertContains(response, 'aria-label="Pages of articles reviewed"')


def make_articles(count, category, author, tag):
    for _ in range(count):
        article = ArticleFactory(category=category, medical_reviewer=author)
        attach(article, authors=[author], tags=[tag, "other"], faqs=1)


@pytest.mark.parametrize(
    ("view", "path", "queries"),
    [
        (ArticleListView, "/articles/", 2),  # count, page
        (CategoryDetailView, "/topics/skin/", 3),  # category, count, page
        (TagDetailView, "/tags/itch/", 3),  # tag, count, page
        (AuthorDetailView, "/authors/dr-both/", 6),  # author, links, 2 × (count, page)
        (None, "/", 2),  # the featured article, the newest articles
    ],
)
@pytest.mark.parametrize("page_size", [2, 20])
def test_listing_pages_run_fixed_queries_whatever_the_page_size(
    page_cache_off, client, django_assert_num_queries, monkeypatch, view, path, queries, page_size
):
    skin = CategoryFactory(name="Skin", slug="skin")
    person = ReviewerFactory(name="Dr Both", slug="dr-both", is_writer=True)
    make_articles(25, skin, person, "itch")
    if view:
        monkeypatch.setattr(view, "paginate_by", page_size)
    client.get(path)  # warm the site-wide cache, as in production

    with django_assert_num_queries(queries):
        response = client.get(path)

    assert response.status_code == 200
    if view:
        assert len(response.context["page_obj"].object_list) == page_size
