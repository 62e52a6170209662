"""The public page “How this article was made”, its JSON and its JSON-LD."""

import datetime
import json
import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from articles.models import Article
from editorial.models import CorrectionNote, MedicalReview
from evidence.claims import record_checks
from evidence.models import Claim
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ErrorReportFactory,
    ReviewerFactory,
    SourceFactory,
    attach,
    cite,
)

pytestmark = pytest.mark.django_db


def make_article(n_sources=3, n_claims=2, n_reports=3):
    sources = [SourceFactory() for _ in range(n_sources - 1)]
    sources.append(
        SourceFactory(kind="web", title="NICE eczema guidance", url="https://nice.org.uk/x")
    )
    body = "".join(f"<p>Finding {n} reduces itch.{cite(s)}</p>" for n, s in enumerate(sources))
    reviewer = ReviewerFactory(name="Dr Catriona Lewis")
    article = attach(
        ArticleFactory(
            title="Interferon for eczema",
            body=body,
            medical_reviewer=reviewer,
            reviewed_on=datetime.date(2024, 3, 1),
        ),
        authors=[AuthorFactory(name="Eleanor Hartley")],
        sources=sources,
    )
    older = MedicalReview.objects.create(
        article=article, reviewer=reviewer, reviewed_on=datetime.date(2023, 2, 1)
    )
    review = MedicalReview.objects.create(
        article=article, reviewer=reviewer, reviewed_on=datetime.date(2024, 3, 1)
    )
    links = list(article.article_references.all())
    claims = []
    for n in range(n_claims):
        claim = Claim.objects.create(
            article=article, passage=f"Finding {n} reduces itch", strength="systematic_review"
        )
        claim.references.add(links[n % len(links)])
        claims.append(claim)
    record_checks(review=review, claims=claims)
    record_checks(review=older, claims=claims[:1])
    CorrectionNote.objects.create(
        article=article, noted_on=datetime.date(2024, 4, 2), note="We corrected the dose."
    )
    CorrectionNote.objects.create(article=article, note="Internal only.", is_public=False)
    for n in range(n_reports):
        ErrorReportFactory(article=article, status="fixed" if n % 2 == 0 else "declined")
    ErrorReportFactory(article=article, is_spam=True)
    return article


def trail_url(article):
    return f"/articles/{article.slug}/how-this-article-was-made/"


def test_the_page_shows_people_reviews_claims_sources_corrections_and_feedback(
    client, site_settings
):
    article = make_article()

    page = client.get(trail_url(article))

    assertContains(page, "<h1>How this article was made</h1>", html=True)
    assertContains(page, "Eleanor Hartley")
    assertContains(page, "Medically reviewed by")
    assertContains(page, "1 March 2024</time>: reviewed by Dr Catriona Lewis, who checked 2 claims")
    assertContains(
        page, "1 February 2023</time>: reviewed by Dr Catriona Lewis, who checked 1 claim"
    )
    assertContains(page, "<p>Finding 1 reduces itch</p>", html=True)
    assertContains(page, "Systematic review or meta-analysis; reference 2")
    assertContains(page, "This article cites 3 sources.")
    assertContains(page, "Journal articles (2)")
    assertContains(page, "Web page (1)")
    assertContains(page, "We corrected the dose.")
    assertNotContains(page, "Internal only.")
    assertContains(page, "Readers have reported 3 possible errors in this article; 2 led to a fix.")


def test_the_article_page_links_to_it_from_the_trust_box(client, site_settings):
    article = make_article()

    page = client.get(article.get_absolute_url()).content.decode()

    trust_box = page.split('class="trust-box"')[1].split("</section>")[0]
    assert f'<a href="{trail_url(article)}">How this article was made</a>' in trust_box


def test_unpublished_articles_have_no_public_trail(client, site_settings):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(status=Article.Status.UNPUBLISHED)

    assert client.get(trail_url(article)).status_code == 404
    assert client.get(trail_url(article)[:-1] + ".json").status_code == 404


@pytest.mark.parametrize("size", [(1, 0, 0), (12, 10, 10)], ids=["small", "large"])
def test_the_page_takes_a_fixed_number_of_queries(
    client, site_settings, django_assert_num_queries, size
):
    article = make_article(*size)
    client.get(trail_url(article))  # warm the site-wide cache, as in production

    # Article, authors, references, corrections, reviews with their claim checks (2), reports.
    with django_assert_num_queries(7):
        response = client.get(trail_url(article))
    assert response.status_code == 200
    with django_assert_num_queries(7):
        response = client.get(trail_url(article)[:-1] + ".json")
    assert response.status_code == 200


def test_the_json_endpoint_carries_the_same_record(client, site_settings):
    article = make_article()

    data = client.get(trail_url(article)[:-1] + ".json").json()

    assert data["article"]["title"] == "Interferon for eczema"
    assert data["authors"] == [
        {
            "name": "Eleanor Hartley",
            "credentials": "BSc in Biological Sciences, University of Warwick",
            "role": "writer",
        }
    ]
    assert [r["reviewed_on"] for r in data["medical_reviews"]] == ["2024-03-01", "2023-02-01"]
    assert [r["claims_checked"] for r in data["medical_reviews"]] == [2, 1]
    assert [group["type"] for group in data["sources"]] == ["Journal article", "Web page"]
    assert data["claims_checked"][0] == {
        "passage": "Finding 0 reduces itch",
        "strength": "Systematic review or meta-analysis",
        "references": [1],
    }
    assert data["reader_error_reports"] == {"received": 3, "fixed": 2}
    assert data["corrections"] == [{"date": "2024-04-02", "note": "We corrected the dose."}]


def test_the_page_describes_itself_in_schema_org(client, site_settings):
    article = make_article()

    page = client.get(trail_url(article)).content.decode()

    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    data = json.loads(blocks[0])
    assert data["@type"] == "WebPage"
    assert data["about"] == {"@id": "http://testserver" + article.get_absolute_url()}
    assert data["lastReviewed"] == "2024-03-01"
    assert data["reviewedBy"]["name"] == "Dr Catriona Lewis"
    assert len(data["citation"]) == 3
    assert data["citation"][2]["@type"] == "WebPage"
