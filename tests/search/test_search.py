"""Full-text search: the same tests run on SQLite (FTS5) and PostgreSQL (tsvector + GIN)."""

import datetime

import pytest
import time_machine
from django.db import connection
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from search import query as search_query
from search.models import SearchDocument
from search.query import highlight, ranked_matches, search_articles, search_terms
from search.views import SearchView
from tests.factories import ArticleFactory, attach

pytestmark = pytest.mark.django_db


def found(text):
    return list(search_articles(Article.objects.published().for_cards(), text))


def titles(text):
    return [article.title for article in found(text)]


def fts_rows(article):
    """Rows for ``article`` in SQLite's FTS5 table (PostgreSQL keeps the vector on the row)."""
    if connection.vendor != "sqlite":
        return SearchDocument.objects.filter(pk=article.pk, vector__isnull=False).count()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_fts WHERE rowid = %s", [article.pk])
        return cursor.fetchone()[0]


def test_finds_words_in_title_standfirst_body_faq_and_tags():
    article = attach(
        ArticleFactory(
            title="Atopic dermatitis",
            standfirst="Why skin becomes inflamed.",
            body="<p>Emollients restore the barrier.</p>",
        ),
        faqs=1,
        tags=["hayfever"],
    )
    article.faqs.update(question="Is it contagious?", answer="No, it is not passed on.")
    article.save()  # as the admin does after saving the FAQ inline

    for word in ["dermatitis", "inflamed", "emollients", "contagious", "hayfever"]:
        assert titles(word) == ["Atopic dermatitis"], word


def test_title_matches_rank_above_body_matches():
    ArticleFactory(title="Skin care basics", body="<p>Some people also have eczema.</p>")
    ArticleFactory(title="Eczema explained", body="<p>A long-term skin condition.</p>")

    assert titles("eczema") == ["Eczema explained", "Skin care basics"]


def test_every_word_must_match_and_words_are_stemmed():
    ArticleFactory(title="Itching at night", body="<p>Scratching breaks the skin.</p>")
    ArticleFactory(title="Itching in children", body="<p>Cool baths help.</p>")

    assert titles("itch night") == ["Itching at night"]
    assert sorted(titles("itches")) == ["Itching at night", "Itching in children"]


def test_only_published_articles_are_found():
    ArticleFactory(title="Visible eczema guide")
    ArticleFactory(title="Draft eczema guide", status=Article.Status.DRAFT)
    ArticleFactory(
        title="Scheduled eczema guide",
        published_at=timezone.now() + datetime.timedelta(days=1),
    )

    assert titles("eczema guide") == ["Visible eczema guide"]


def test_publishing_unpublishing_and_scheduling_need_no_reindexing():
    article = ArticleFactory(title="Psoriasis treatments", status=Article.Status.DRAFT)
    assert titles("psoriasis") == []

    article.status = Article.Status.PUBLISHED
    article.save()
    assert titles("psoriasis") == ["Psoriasis treatments"]

    # An update() bypasses save() and the index: visibility is decided when searching.
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DRAFT)
    assert titles("psoriasis") == []

    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.PUBLISHED, published_at=timezone.now() + datetime.timedelta(hours=1)
    )
    assert titles("psoriasis") == []
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=2)):
        assert titles("psoriasis") == ["Psoriasis treatments"]


def test_edits_replace_the_old_text_in_the_index():
    article = ArticleFactory(title="Rosacea triggers", body="<p>Alcohol and spicy food.</p>")

    article.title = "Rosacea flares"
    article.body = "<p>Sunlight and heat.</p>"
    article.save()

    assert titles("flares sunlight") == ["Rosacea flares"]
    assert titles("triggers") == []
    assert titles("spicy") == []


def test_deleting_an_article_removes_its_entry():
    article = ArticleFactory(title="Urticaria")
    assert fts_rows(article) == 1

    Article.objects.filter(pk=article.pk).delete()

    assert not SearchDocument.objects.filter(pk=article.pk).exists()
    assert fts_rows(article) == 0


def test_citation_numbers_are_not_indexed_but_the_text_around_them_is():
    article = ArticleFactory(body="<p>Interferon gamma helps some people.</p>")

    document = SearchDocument.objects.get(pk=article.pk)

    assert document.body == "Interferon gamma helps some people."


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced',
        "*",
        "eczema*",
        "NEAR(eczema itch)",
        "eczema OR",
        "AND",
        "NOT eczema",
        "((",
        ")",
        "title:eczema",
        "^eczema",
        "-eczema",
        "+eczema",
        "{eczema itch}",
        "eczema' OR '1'='1",
        "'; DROP TABLE articles_article; --",
        "%",
        "_",
        "\\",
        "\x00eczema",
        "😀",
        "😀 eczema 🧴",
        "ε" * 300,
        "eczema " * 2000,
        "x" * 10_000,
    ],
)
def test_any_query_text_is_safe(client, query):
    """Query syntax characters are plain text; nothing a reader types can cause a 500."""
    ArticleFactory(title="Eczema explained")

    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    words = search_terms(query)
    if words and all(word.lower() == "eczema" for word in words):
        assertContains(response, "Eczema explained")


def test_search_terms_keep_words_only_and_bound_their_number():
    assert search_terms('"NEAR(x* OR y)" -z') == ["NEAR", "x", "y", "z"]
    assert search_terms("what is eczema?") == ["eczema"]
    assert search_terms("😀") == []
    assert len(search_terms("word " * 1000)) == 10


def test_snippets_mark_matches_and_escape_the_text(client):
    ArticleFactory(
        title="Eczema at work",
        body="<p>Doses of 5 &lt; 10 mg &lt;script&gt;alert(1)&lt;/script&gt; in eczema.</p>",
    )

    response = client.get("/search/", {"q": "eczema"})

    assertContains(response, "<mark>eczema</mark>")
    assertContains(response, "5 &lt; 10 mg")
    # SQLite shows the text escaped; PostgreSQL's ts_headline drops tag-like words. Never raw.
    assertNotContains(response, "<script>alert(1)")


def test_highlight_escapes_then_marks():
    snippet = "a <b> \ue000eczema\ue001 & \ue000itch\ue001 end"

    assert str(highlight(snippet)) == (
        "a &lt;b&gt; <mark>eczema</mark> &amp; <mark>itch</mark> end"
    )
    assert str(highlight("stray \ue001 marker \ue000")) == "stray  marker "


def test_results_page_shows_count_and_paginates_keeping_the_query(client):
    for n in range(12):
        ArticleFactory(title=f"Eczema note {n}")

    first = client.get("/search/", {"q": "eczema note"})
    second = client.get("/search/", {"q": "eczema note", "page": 2})

    assertContains(first, "12 results")
    assertContains(first, 'href="/search/?q=eczema+note&amp;page=2"')
    assert len(second.context["page_obj"].object_list) == 2
    assertContains(second, 'href="/search/?q=eczema+note"')  # back to page 1


def test_empty_and_wordless_queries_explain_what_to_do(client):
    assertContains(client.get("/search/"), "Type a word or two")
    assertContains(client.get("/search/", {"q": "***"}), "Try other words")
    assertContains(client.get("/search/", {"q": "what is it"}), "Try other words")
    assertContains(client.get("/search/", {"q": "zzzz"}), "No articles match")


def test_results_page_is_not_indexed_by_search_engines(client):
    assertContains(
        client.get("/search/", {"q": "x"}), '<meta name="robots" content="noindex, follow">'
    )


@pytest.mark.parametrize("page_size", [2, 10, 25])
def test_search_runs_the_same_queries_whatever_the_page_size(
    client, django_assert_num_queries, monkeypatch, page_size
):
    for n in range(30):
        attach(ArticleFactory(title=f"Eczema study {n}"), faqs=2, tags=["skin", f"t{n}"])
    monkeypatch.setattr(SearchView, "paginate_by", page_size)
    client.get("/search/", {"q": "eczema"})  # warm the site-wide cache, as in production

    # Where ranking stops, the count, one page of results, their snippets.
    with django_assert_num_queries(4):
        response = client.get("/search/", {"q": "eczema study"})

    assert len(response.context["page_obj"].object_list) == page_size


def test_a_common_query_ranks_only_its_newest_matches_and_says_there_are_more(client, monkeypatch):
    monkeypatch.setattr(search_query, "MAX_RANKED", 3)
    oldest = ArticleFactory(title="Eczema explained", body="<p>Eczema.</p>")
    ArticleFactory(title="Skin one", body="<p>Some eczema.</p>")
    ArticleFactory(title="Skin two", body="<p>Some eczema.</p>")
    ArticleFactory(title="Eczema at night", body="<p>Itching.</p>")
    ArticleFactory(title="Skin three", body="<p>Some eczema.</p>")

    matches, more = ranked_matches(Article.objects.published(), "eczema")
    response = client.get("/search/", {"q": "eczema"})

    # The newest three, the title match first: the oldest (a title match too) is not ranked.
    assert more is True
    assert [a.title for a in matches] == ["Eczema at night", "Skin three", "Skin two"]
    assert oldest not in response.context["object_list"]
    assertContains(response, "More than 3 results: the best of the newest 3 are shown.")
    assertNotContains(response, "3 results.")


def test_a_query_with_few_matches_ranks_them_all_and_counts_them(client, monkeypatch):
    monkeypatch.setattr(search_query, "MAX_RANKED", 3)
    ArticleFactory(title="Eczema explained", body="<p>Eczema.</p>")
    ArticleFactory(title="Skin one", body="<p>Some eczema.</p>")
    ArticleFactory(title="Eczema at night", body="<p>Itching.</p>")

    matches, more = ranked_matches(Article.objects.published(), "eczema")
    response = client.get("/search/", {"q": "eczema"})

    assert more is False  # all ranked: title and body above title, above body
    assert [a.title for a in matches] == ["Eczema explained", "Eczema at night", "Skin one"]
    assertContains(response, "3 results.")
    assertNotContains(response, "More than")


def test_unpublished_matches_count_towards_the_cap_but_are_never_shown(client, monkeypatch):
    monkeypatch.setattr(search_query, "MAX_RANKED", 2)
    ArticleFactory(title="Eczema one")
    ArticleFactory(title="Eczema two")
    ArticleFactory(title="Eczema draft", status=Article.Status.DRAFT)

    response = client.get("/search/", {"q": "eczema"})

    assert [a.title for a in response.context["object_list"]] == ["Eczema two"]
    assertContains(response, "More than 2 results")
