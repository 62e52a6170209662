import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from sitewide.models import OverdueReviewDisplay, SitePage
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    CommentFactory,
    DisclaimerFactory,
    ReviewerFactory,
    SourceFactory,
    attach,
    cite,
)

pytestmark = pytest.mark.django_db


def make_full_article(n_authors=2, n_sources=3, n_tags=2, n_faqs=2):
    sources = [SourceFactory() for _ in range(n_sources)]
    body = "<h2>What are interferons?</h2><p>IFN-𝛾 and β"
    body += cite(*sources[:2]) + "</p><h3>Types</h3><p>More" + cite(sources[0]) + "</p>"
    body += "".join(f"<p>Claim {n}{cite(s)}</p>" for n, s in enumerate(sources[2:]))
    article = ArticleFactory(
        body=body, medical_reviewer=ReviewerFactory(), reviewed_on=datetime.date(2024, 3, 1)
    )
    return attach(
        article,
        authors=[AuthorFactory() for _ in range(n_authors)],
        sources=sources,
        faqs=n_faqs,
        tags=[f"tag-{n}" for n in range(n_tags)],
    )


def test_article_page_shows_every_part_of_the_anatomy(client, site_settings):
    """Byline, review, dates, trust box, TOC, citations, FAQ, references, disclaimer, bios."""
    SitePage.objects.create(
        title="Editorial standards", slug="editorial-standards", role="editorial-standards"
    )
    SitePage.objects.create(
        title="How we make money", slug="how-we-make-money", role="how-we-make-money"
    )
    DisclaimerFactory(title="Medical disclaimer", is_default=True)
    article = make_full_article()
    author = article.ordered_authors()[0]

    response = client.get(article.get_absolute_url())

    assertContains(response, "<h1>" + article.title + "</h1>", html=False)
    assertContains(response, article.standfirst)
    assertContains(response, "We are independent and ad-supported.")
    assertContains(response, 'href="/how-we-make-money/"')
    assertContains(response, 'aria-label="Breadcrumb"')
    assertContains(response, author.get_absolute_url())
    assertContains(response, author.credentials)
    assertContains(response, "Medically reviewed")
    assertContains(response, article.medical_reviewer.name)
    assertContains(response, '<time datetime="2024-03-01">1 March 2024</time>', html=True)
    assertContains(response, "min read")
    assertContains(response, "We check every fact against the evidence.")
    assertContains(response, 'href="/editorial-standards/"')
    assertContains(response, '<a href="#what-are-interferons">What are interferons?</a>', html=True)
    assertContains(response, '<sup class="citation" id="cite-1">')
    assertContains(response, "Frequently asked questions")
    assertContains(response, "Question 0?")
    assertContains(response, 'id="references-title"')
    assertContains(response, "Medical disclaimer")
    assertContains(response, "About the authors")
    assertContains(response, "Managed Self Ltd")
    assertContains(response, "362 5758 74")
    assertContains(response, "10696687")
    assertContains(response, "IFN-𝛾 and β")


def test_reference_list_links_back_to_every_citation_of_a_source(client, site_settings):
    """Reference 1 is cited twice (back links a and b); references 2 and 3 once (↩ alone)."""
    article = make_full_article(n_sources=3)
    first, second, third = (ref.source for ref in article.article_references.order_by("pk"))

    response = client.get(article.get_absolute_url())

    assertContains(response, f'<a href="#ref-{first.pk}">1</a>', html=True)
    assertContains(response, f'<li id="ref-{first.pk}" value="1">', html=False)
    assertContains(response, f'<li id="ref-{third.pk}" value="3">', html=False)
    page = BeautifulSoup(response.content, "html.parser")
    backlinks = {
        item["id"]: [(link.get_text(), link["href"]) for link in item.select("a[href^='#cite-']")]
        for item in page.select(".references__list li")
    }
    assert backlinks == {
        f"ref-{first.pk}": [("a", "#cite-1"), ("b", "#cite-2")],
        f"ref-{second.pk}": [("↩", "#cite-1")],
        f"ref-{third.pk}": [("↩", "#cite-3")],
    }
    assert page.select_one(f"#ref-{first.pk} a[href='#cite-2']")["aria-label"] == (
        "Back to citation b of reference 1"
    )


def test_an_article_saved_before_lettered_back_links_still_links_back(client, site_settings):
    """Anchors stored as one id per source (the old shape) keep their single back link."""
    article = make_full_article(n_sources=3)
    first = article.article_references.order_by("pk").first().source
    Article.objects.filter(pk=article.pk).update(citation_anchors={str(first.pk): "cite-1"})

    response = client.get(article.get_absolute_url())

    page = BeautifulSoup(response.content, "html.parser")
    assert [a["href"] for a in page.select(f"#ref-{first.pk} a[href^='#cite-']")] == ["#cite-1"]


def test_unpublished_and_future_articles_are_404(client, site_settings):
    draft = ArticleFactory(status=Article.Status.DRAFT)
    future = ArticleFactory(published_at=timezone.now() + datetime.timedelta(days=1))

    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(future.get_absolute_url()).status_code == 404


def test_site_default_disclaimer_is_shown_when_the_article_picks_none(client, site_settings):
    DisclaimerFactory(title="Default notice", is_default=True)
    chosen = DisclaimerFactory(title="Affiliate notice")
    plain = make_full_article()
    picky = attach(make_full_article(), disclaimers=[chosen])

    assertContains(client.get(plain.get_absolute_url()), "Default notice")
    response = client.get(picky.get_absolute_url())
    assertContains(response, "Affiliate notice")
    assertNotContains(response, "Default notice")


def test_related_articles_put_hand_picked_first_then_shared_tags(client, site_settings):
    article = make_full_article()
    picked = ArticleFactory(title="Hand picked one")
    sharing = attach(ArticleFactory(title="Shares a tag"), tags=["tag-0"])
    ArticleFactory(title="Unrelated", category=None)
    article.related_articles.add(picked)

    related = article.related(limit=3)

    assert related[0] == picked
    assert sharing in related
    assert all(a.title != "Unrelated" for a in related)


@pytest.mark.parametrize(
    ("size", "expected_max"),
    [((1, 1, 0, 0), 10), ((5, 40, 10, 10), 10)],
)
def test_article_page_query_count_is_fixed(
    page_cache_off, client, site_settings, django_assert_max_num_queries, size, expected_max
):
    """The same small number of queries whether an article has 1 or 40 references."""
    authors, sources, tags, faqs = size
    DisclaimerFactory(is_default=True)
    article = make_full_article(n_authors=authors, n_sources=sources, n_tags=tags, n_faqs=faqs)
    for _ in range(faqs):  # approved comment threads with a reply each: none, then ten
        CommentFactory(article=article, parent=CommentFactory(article=article))
    client.get(article.get_absolute_url())  # warm the site-wide cache, as in production

    with django_assert_max_num_queries(expected_max):
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200


def test_articles_without_a_category_are_not_related_by_that(client, site_settings):
    lonely = ArticleFactory(category=None)
    other = ArticleFactory(category=None)

    assert other not in lonely.related()


def reviewed_article():
    """Reviewed on 1 March 2024 with a 12-month cadence: the next review is due 1 March 2025."""
    return ArticleFactory(
        medical_reviewer=ReviewerFactory(),
        reviewed_on=datetime.date(2024, 3, 1),
        published_at=datetime.datetime(2024, 3, 2, tzinfo=datetime.UTC),
    )


DUE = '<time datetime="2025-03-01">1 March 2025</time>'


def test_next_review_due_date_is_shown_under_the_review_line(client, site_settings):
    article = reviewed_article()

    with time_machine.travel(datetime.datetime(2025, 2, 28, 12, tzinfo=datetime.UTC)):
        response = client.get(article.get_absolute_url())

    page = response.content.decode()
    assertContains(response, f'<p class="review-due">Next review due {DUE}</p>', html=True)
    assert page.index("byline__review") < page.index("Next review due")
    assertNotContains(response, "Review overdue")


@pytest.mark.parametrize(
    ("display", "shows_notice", "shows_date"),
    [
        (OverdueReviewDisplay.NOTICE, True, True),
        (OverdueReviewDisplay.DATE, False, True),
        (OverdueReviewDisplay.HIDE, False, False),
    ],
)
def test_an_overdue_article_shows_what_the_site_chose(
    client, site_settings, display, shows_notice, shows_date
):
    site_settings.overdue_review_display = display
    site_settings.save()
    article = reviewed_article()

    with time_machine.travel(datetime.datetime(2025, 3, 2, 12, tzinfo=datetime.UTC)):
        response = client.get(article.get_absolute_url())

    page = response.content.decode()
    assert ("Review overdue" in page) is shows_notice
    assert (DUE in page) is shows_date
    if display == OverdueReviewDisplay.DATE:
        assertContains(response, f'<p class="review-due">Next review due {DUE}</p>', html=True)
    if shows_notice:
        assert "was due for its next medical review on" in page


def test_the_overdue_setting_defaults_to_a_notice_and_is_a_choice_in_the_admin(
    admin_client, site_settings
):
    assert site_settings.overdue_review_display == OverdueReviewDisplay.NOTICE

    response = admin_client.get(f"/admin/sitewide/sitesettings/{site_settings.pk}/change/")

    for value, _ in OverdueReviewDisplay.choices:
        assertContains(response, f'value="{value}"')


def test_an_article_without_a_recorded_review_shows_no_next_review_line(client, site_settings):
    article = ArticleFactory(medical_reviewer=None, reviewed_on=None)

    response = client.get(article.get_absolute_url())

    assertNotContains(response, "Next review due")
    assertNotContains(response, "Review overdue")
