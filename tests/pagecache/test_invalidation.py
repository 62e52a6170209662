"""Exact invalidation: a stored page changes as soon as something it shows changes.

Each test stores a page (the second request is a hit), changes one thing the way the site does
(the admin's save, a workflow function, a bulk update), and reads the page again.
"""

import datetime

import pytest
import time_machine
from django.contrib.sites.models import Site
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from comments.models import Comment
from comments.moderation import moderate
from editorial.models import CorrectionNote
from sitewide.models import SitePage, SiteSettings
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CategoryFactory,
    CommentFactory,
    DisclaimerFactory,
    SourceFactory,
    attach,
    cite,
)

pytestmark = pytest.mark.django_db


def stored(client, url):
    """Read ``url`` twice; the second answer must come from the page cache."""
    client.get(url)
    response = client.get(url)
    assert response["X-Page-Cache"] == "hit", url
    return response


def fresh(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status
    assert response.get("X-Page-Cache") != "hit", url
    return response


def test_editing_an_article_drops_its_page(client, site_settings):
    article = ArticleFactory(title="Old title")
    stored(client, article.get_absolute_url())

    article.title = "New title"
    article.save()

    assertContains(fresh(client, article.get_absolute_url()), "New title")


def test_publishing_an_article_drops_home_listings_feeds_and_sitemap(client, site_settings):
    category = CategoryFactory(slug="skin")
    ArticleFactory(category=category)
    draft = ArticleFactory(title="Brand new", category=category, status=Article.Status.DRAFT)
    urls = ["/", "/articles/", "/topics/skin/", "/feed/", "/sitemap-articles.xml"]
    for url in urls:
        assertNotContains(stored(client, url), draft.slug)

    draft.status = Article.Status.PUBLISHED
    draft.save()

    for url in urls:
        assertContains(fresh(client, url), draft.slug)


def test_unpublishing_drops_the_article_page_and_the_listings(client, site_settings):
    article = ArticleFactory()
    stored(client, article.get_absolute_url())
    stored(client, "/")

    article.status = Article.Status.UNPUBLISHED
    article.save()

    fresh(client, article.get_absolute_url(), status=404)
    assertNotContains(fresh(client, "/"), article.slug)


def test_a_scheduled_publication_appears_when_its_time_comes_without_a_worker(
    client, site_settings
):
    now = timezone.now()
    ArticleFactory(title="Already out")
    scheduled = ArticleFactory(title="Coming soon", published_at=now + datetime.timedelta(hours=1))
    with time_machine.travel(now, tick=False):
        assertNotContains(stored(client, "/"), "Coming soon")
        assertNotContains(stored(client, "/feed/"), "Coming soon")
    with time_machine.travel(now + datetime.timedelta(minutes=59), tick=False):
        assert client.get("/")["X-Page-Cache"] == "hit"
    with time_machine.travel(now + datetime.timedelta(hours=1, seconds=1), tick=False):
        assertContains(fresh(client, "/"), "Coming soon")
        assertContains(fresh(client, "/feed/"), "Coming soon")
        assertContains(fresh(client, scheduled.get_absolute_url()), "Coming soon")


def test_a_scheduled_unpublication_removes_the_page_when_its_time_comes(client, site_settings):
    now = timezone.now()
    article = ArticleFactory(unpublish_at=now + datetime.timedelta(hours=2))
    with time_machine.travel(now, tick=False):
        response = stored(client, article.get_absolute_url())
        # Shared caches are told the same: not beyond the scheduled time.
        assert "s-maxage=7200" in response["Cache-Control"]
    with time_machine.travel(now + datetime.timedelta(hours=2, seconds=1), tick=False):
        fresh(client, article.get_absolute_url(), status=404)


def test_an_article_says_its_review_is_overdue_the_day_after_it_was_due(client, site_settings):
    """No edit happens when a review falls due: the date alone bounds the stored copy."""
    noon = timezone.make_aware(datetime.datetime(2026, 3, 10, 12, 0))
    with time_machine.travel(noon - datetime.timedelta(days=30), tick=False):
        article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(review_due_on=datetime.date(2026, 3, 10))
    url = article.get_absolute_url()
    with time_machine.travel(noon, tick=False):
        response = stored(client, url)
        assertContains(response, "Next review due")
        assert "s-maxage=43200" in response["Cache-Control"]  # until local midnight
    with time_machine.travel(noon + datetime.timedelta(hours=11, minutes=59), tick=False):
        assert client.get(url)["X-Page-Cache"] == "hit"
    with time_machine.travel(noon + datetime.timedelta(hours=12, seconds=1), tick=False):
        assertContains(fresh(client, url), "Review overdue")


def test_approving_comments_in_bulk_drops_their_article_pages(client, site_settings, admin_user):
    article = ArticleFactory()
    held = CommentFactory(article=article, text="A held comment", status="pending")
    stored(client, article.get_absolute_url())

    moderate(comments=Comment.objects.filter(pk=held.pk), status="approved", moderator=admin_user)

    assertContains(fresh(client, article.get_absolute_url()), "A held comment")


def test_rejecting_an_approved_comment_in_the_admin_drops_it(client, site_settings, admin_user):
    article = ArticleFactory()
    shown = CommentFactory(article=article, text="Shown for now")
    stored(client, article.get_absolute_url())
    client.force_login(admin_user)

    client.post(
        "/admin/comments/comment/",
        {"action": "reject", "_selected_action": [shown.pk]},
    )
    client.logout()
    client.cookies.clear()

    assertNotContains(fresh(client, article.get_absolute_url()), "Shown for now")


def test_a_new_held_comment_keeps_the_stored_page(client, site_settings):
    """Readers' posts are held: a comment flood must not make every request render."""
    article = ArticleFactory()
    stored(client, article.get_absolute_url())

    CommentFactory(article=article, status="pending")
    CommentFactory(article=article, status="spam")

    assert client.get(article.get_absolute_url())["X-Page-Cache"] == "hit"


def test_editing_site_settings_drops_every_page(client, site_settings):
    article = ArticleFactory()
    stored(client, article.get_absolute_url())
    stored(client, "/")

    site_settings.site_name = "Renamed Library"
    site_settings.save()

    assertContains(fresh(client, article.get_absolute_url()), "Renamed Library")
    assertContains(fresh(client, "/"), "Renamed Library")


def test_editing_a_site_page_drops_it_and_the_footers(client, site_settings):
    page = SitePage.objects.create(title="About us", slug="about", role="about", body="<p>Old</p>")
    article = ArticleFactory()
    stored(client, "/about/")
    stored(client, article.get_absolute_url())

    page.title = "About the library"
    page.body = "<p>New text</p>"
    page.save()

    assertContains(fresh(client, "/about/"), "New text")
    assertContains(fresh(client, article.get_absolute_url()), "About the library")


def test_renaming_an_author_or_the_reviewer_changes_the_byline(client, site_settings):
    """The byline is a stored fragment keyed by the article: people changes bump the article."""
    from tests.factories import ReviewerFactory

    writer, reviewer = AuthorFactory(name="Ann Old"), ReviewerFactory(name="Dr Rob Old")
    article = attach(ArticleFactory(medical_reviewer=reviewer), authors=[writer])
    stored(client, article.get_absolute_url())

    writer.name = "Ann New"
    writer.save()
    reviewer.name = "Dr Rob New"
    reviewer.save()

    byline = fresh(client, article.get_absolute_url()).content.decode().split('class="byline"')[1]
    assert "Ann New" in byline.split("</div>")[0]
    assert "Dr Rob New" in byline


def test_changing_an_authors_bio_or_photo_drops_their_articles_and_page(client, site_settings):
    author = AuthorFactory(bio="Old bio.")
    article = attach(ArticleFactory(), authors=[author])
    other = ArticleFactory(title="Someone else's")
    stored(client, article.get_absolute_url())
    stored(client, author.get_absolute_url())
    stored(client, other.get_absolute_url())

    author.bio = "A brand new bio."
    author.save()

    assertContains(fresh(client, article.get_absolute_url()), "A brand new bio.")
    assertContains(fresh(client, author.get_absolute_url()), "A brand new bio.")
    assert client.get(other.get_absolute_url())["X-Page-Cache"] == "hit"  # exact, not a flush

    author.photo_renditions = {"width": 400, "height": 400, "webp": [], "fallback": []}
    author.save()
    fresh(client, article.get_absolute_url())


def test_editing_a_shared_source_drops_the_articles_citing_it(client, site_settings):
    source = SourceFactory(title="Original study title")
    article = attach(ArticleFactory(body=f"<p>Claim{cite(source)}</p>"), sources=[source])
    stored(client, article.get_absolute_url())

    source.title = "Corrected study title"
    source.save()

    assertContains(fresh(client, article.get_absolute_url()), "Corrected study title")


def test_renaming_a_category_drops_its_articles_and_the_navigation(client, site_settings):
    category = CategoryFactory(name="Skin", slug="skin")
    article = ArticleFactory(category=category)
    stored(client, article.get_absolute_url())
    stored(client, "/topics/skin/")

    category.name = "Skin and hair"
    category.save()

    assertContains(fresh(client, article.get_absolute_url()), "Skin and hair")
    assertContains(fresh(client, "/topics/skin/"), "Skin and hair")


def test_tag_changes_drop_the_article_and_tag_pages(client, site_settings):
    article = attach(ArticleFactory(), tags=["itch"])
    stored(client, article.get_absolute_url())
    stored(client, "/tags/itch/")

    article.tags.add("eczema")
    assertContains(fresh(client, article.get_absolute_url()), "eczema")

    stored(client, article.get_absolute_url())
    tag = article.tags.get(slug="itch")
    tag.name = "Itching"
    tag.save()
    assertContains(fresh(client, article.get_absolute_url()), "Itching")
    assertContains(fresh(client, "/tags/itch/"), "Itching")

    stored(client, article.get_absolute_url())
    article.tags.clear()
    assertNotContains(fresh(client, article.get_absolute_url()), "Itching")


def test_editing_a_disclaimer_drops_the_articles_showing_it(client, site_settings):
    chosen = DisclaimerFactory(title="Chosen notice")
    article = attach(ArticleFactory(), disclaimers=[chosen])
    plain = ArticleFactory()
    stored(client, article.get_absolute_url())
    stored(client, plain.get_absolute_url())

    chosen.title = "Chosen notice, revised"
    chosen.save()
    assertContains(fresh(client, article.get_absolute_url()), "Chosen notice, revised")

    DisclaimerFactory(title="The new site default", is_default=True)
    assertContains(fresh(client, plain.get_absolute_url()), "The new site default")


def test_a_public_correction_drops_the_article_page(client, site_settings):
    article = ArticleFactory()
    stored(client, article.get_absolute_url())

    CorrectionNote.objects.create(
        article=article, note="We corrected the dose.", noted_on=timezone.localdate()
    )

    assertContains(fresh(client, article.get_absolute_url()), "We corrected the dose.")


def test_a_new_related_article_appears_on_article_pages_of_its_topic(client, site_settings):
    category = CategoryFactory()
    article = ArticleFactory(category=category)
    elsewhere = ArticleFactory(category=CategoryFactory())
    stored(client, article.get_absolute_url())
    stored(client, elsewhere.get_absolute_url())

    ArticleFactory(title="A fresh neighbour", category=category)

    assertContains(fresh(client, article.get_absolute_url()), "A fresh neighbour")
    assert client.get(elsewhere.get_absolute_url())["X-Page-Cache"] == "hit"


def test_changing_the_site_record_drops_feeds(client, site_settings):
    ArticleFactory()
    stored(client, "/feed/")

    site = Site.objects.get(pk=1)
    site.domain = "health.example.org"
    site.save()

    assertContains(fresh(client, "/feed/"), "health.example.org")


def test_editing_a_draft_keeps_the_listings(client, site_settings):
    ArticleFactory()
    draft = ArticleFactory(status=Article.Status.DRAFT)
    stored(client, "/")

    draft.title = "Still a draft"
    draft.save()

    assert client.get("/")["X-Page-Cache"] == "hit"


def test_deleting_an_article_drops_the_listings(client, site_settings):
    article = ArticleFactory(title="Going away")
    stored(client, "/")

    Article.objects.filter(pk=article.pk).delete()

    assertNotContains(fresh(client, "/"), "Going away")


def test_site_settings_created_later_drop_pages(client):
    stored(client, "/")

    SiteSettings.objects.create(site=Site.objects.get(pk=1), site_name="Brand new name")

    assertContains(fresh(client, "/"), "Brand new name")


def test_editing_a_hand_picked_related_article_drops_the_pages_that_picked_it(
    client, site_settings
):
    article = ArticleFactory(category=CategoryFactory())
    picked = ArticleFactory(title="Picked by hand", category=CategoryFactory())
    article.related_articles.add(picked)
    assertContains(stored(client, article.get_absolute_url()), "Picked by hand")

    picked.title = "Picked by hand, retitled"
    picked.save()

    assertContains(fresh(client, article.get_absolute_url()), "Picked by hand, retitled")


def test_search_results_are_cached_per_query_and_dropped_when_an_article_changes(
    client, site_settings
):
    ArticleFactory(title="Eczema in children")
    stored(client, "/search/?q=eczema")
    assert client.get("/search/?q=asthma")["X-Page-Cache"] == "miss"

    ArticleFactory(title="Eczema in adults")

    assertContains(fresh(client, "/search/?q=eczema"), "Eczema in adults")
