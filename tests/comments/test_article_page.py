"""Comments on the article page: a fixed number of queries, plain text with safe links."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from comments.models import Comment, render_plain_text
from tests.factories import ArticleFactory, CommentFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("threads", [0, 1, 25])
def test_comments_add_one_query_however_many_there_are(
    page_cache_off, client, django_assert_max_num_queries, threads
):
    article = ArticleFactory()
    for n in range(threads):
        parent = CommentFactory(article=article, text=f"Comment {n}")
        CommentFactory.create_batch(3, article=article, parent=parent)
    client.get(article.get_absolute_url())  # warm the site-wide cache

    with django_assert_max_num_queries(10) as captured:
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    comment_queries = [q for q in captured.captured_queries if "comments_comment" in q["sql"]]
    assert len(comment_queries) == 1
    assert "email" not in comment_queries[0]["sql"]  # never even loaded for the page


def test_links_in_comments_are_marked_as_user_content_and_addresses_stay_text():
    html = render_plain_text(
        "See https://www.nhs.uk/conditions/atopic-eczema/ or www.example.org.\n"
        "Mail me: me@example.org\n\nSecond paragraph."
    )

    assert html == (
        '<p>See <a href="https://www.nhs.uk/conditions/atopic-eczema/" rel="nofollow ugc">'
        "https://www.nhs.uk/conditions/atopic-eczema/</a> or "
        '<a href="http://www.example.org" rel="nofollow ugc">www.example.org</a>.<br>'
        "Mail me: me@example.org</p><p>Second paragraph.</p>"
    )


def test_markup_in_comments_is_shown_as_text(client):
    article = ArticleFactory()
    CommentFactory(article=article, text="<b>bold</b> & <i>italic</i>")

    response = client.get(article.get_absolute_url())

    assertContains(response, "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;italic&lt;/i&gt;")
    assertNotContains(response, "<b>bold</b>")


def test_long_links_are_shortened_for_display_but_not_in_the_address():
    url = "https://example.org/" + "a" * 100
    html = render_plain_text(url)

    assert f'href="{url}"' in html
    assert "…</a>" in html


def test_line_breaks_within_a_paragraph_are_kept():
    comment = Comment(text="Line one\nLine two")

    assert comment.text_html == "<p>Line one<br>Line two</p>"
