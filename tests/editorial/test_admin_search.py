"""The admin's article search: words starting with what the editor typed, in titles,
standfirsts and tags, read from the full-text index (not a scan of every article)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from tests.factories import ArticleFactory, attach

pytestmark = pytest.mark.django_db

LIST = "/admin/articles/article/"


@pytest.fixture
def articles():
    return {
        "eczema": ArticleFactory(
            title="Atopic eczema and dermatitis in adults",
            standfirst="Why the skin itches and what helps.",
        ),
        "asthma": ArticleFactory(
            title="Asthma inhalers explained",
            standfirst="Preventers, relievers and spacers.",
            status=Article.Status.DRAFT,
            published_at=None,
        ),
        "body only": ArticleFactory(
            title="Sleep and the immune system",
            standfirst="What a bad night does.",
            body="<p>Eczema flares can follow poor sleep.</p>",
        ),
        "tagged": attach(
            ArticleFactory(title="Moisturisers compared", standfirst="Creams and ointments."),
            tags=["emollients"],
        ),
    }


def titles_found(client, query):
    response = client.get(LIST, {"q": query})
    assert response.status_code == 200
    return {article.title for article in response.context["cl"].result_list}


def test_the_start_of_a_title_word_is_enough(login, editor, articles):
    client = login(editor)

    assert titles_found(client, "ecz") == {"Atopic eczema and dermatitis in adults"}
    assert titles_found(client, "Dermat") == {"Atopic eczema and dermatitis in adults"}


def test_every_word_typed_must_match(login, editor, articles):
    client = login(editor)

    assert titles_found(client, "ecz derm") == {"Atopic eczema and dermatitis in adults"}
    assert titles_found(client, "eczema inhalers") == set()


def test_standfirst_and_tags_are_searched_but_not_the_body(login, editor, articles):
    client = login(editor)

    assert titles_found(client, "spacers") == {"Asthma inhalers explained"}  # a draft too
    assert titles_found(client, "emoll") == {"Moisturisers compared"}
    assert "Sleep and the immune system" not in titles_found(client, "eczema")


def test_query_syntax_is_just_text(login, editor, articles):
    client = login(editor)

    for query in ['"ecz', "ecz*", "ecz:*", "ecz & !derm", "(ecz", "ecz)", "ecz'"]:
        assert titles_found(client, query) == {"Atopic eczema and dermatitis in adults"}, query


def test_only_stop_words_fall_back_to_a_substring_search(login, editor, articles):
    client = login(editor)

    assert titles_found(client, "the") == {
        "Sleep and the immune system",
        "Atopic eczema and dermatitis in adults",  # "Why the skin itches"
    }


def test_a_writer_searches_only_the_articles_they_may_edit(login, writer, articles):
    client = login(writer)

    assert titles_found(client, "ecz") == set()  # published: not a writer's to edit


def test_the_search_reads_the_index_not_every_article(login, editor, articles):
    client = login(editor)

    with CaptureQueriesContext(connection) as queries:
        titles_found(client, "ecz")

    searched = [q["sql"] for q in queries if "articles_article" in q["sql"] and "ecz" in str(q)]
    assert searched, "the article list query"
    assert all("LIKE" not in sql.upper() for sql in searched)
