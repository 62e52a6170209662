"""Parts of the article page rendered once for every reader ({% fragment %}), dropped exactly
when what they show changes: a miss renders less, with fewer queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from pytest_django.asserts import assertContains

from comments.moderation import moderate
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CommentFactory,
    SourceFactory,
    attach,
    cite,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def uncached_pages(settings):
    """No whole-page cache: every request renders, fragments stay on."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def article(site_settings):
    source = SourceFactory(title="The first trial")
    article = ArticleFactory(body=f"<p>Claim{cite(source)}</p>")
    CommentFactory(article=article, text="First approved comment")
    return attach(article, authors=[AuthorFactory(bio="Writes well.")], sources=[source])


def render(client, article):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return response, queries


def test_a_second_render_reuses_the_fragments_and_runs_fewer_queries(
    client, article, uncached_pages
):
    first, cold = render(client, article)
    second, warm = render(client, article)

    assert second.content == first.content
    assert len(warm) < len(cold)
    assert len(warm) <= 10
    assert not any("comments_comment" in query["sql"] for query in warm)


def test_fragments_follow_changes_of_what_they_show(client, article, uncached_pages, admin_user):
    render(client, article)
    source = article.article_references.get().source
    author = article.ordered_authors()[0]

    source.title = "The first trial, corrected"
    source.save()
    assertContains(render(client, article)[0], "The first trial, corrected")

    author.bio = "Now writes even better."
    author.save()
    assertContains(render(client, article)[0], "Now writes even better.")

    held = CommentFactory(article=article, text="Approved later", status="pending")
    moderate(
        comments=type(held).objects.filter(pk=held.pk), status="approved", moderator=admin_user
    )
    assertContains(render(client, article)[0], "Approved later")

    from sitewide.models import SiteSettings

    settings_row = SiteSettings.objects.get()
    settings_row.citation_style = "apa"
    settings_row.privacy_line = "We never sell your address."
    settings_row.save()
    assertContains(render(client, article)[0], "We never sell your address.")


def test_editors_see_the_same_fragments_as_readers(client, article, admin_user):
    reader = client.get(article.get_absolute_url()).content
    client.force_login(admin_user)

    editor = client.get(article.get_absolute_url()).content

    assert editor == reader
