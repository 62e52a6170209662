"""JSON-LD (schema.org) and the meta tags that social sites and search engines read."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup

from authors.models import ProfileLink
from sitewide.models import SiteSettings
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ReviewerFactory,
    SourceFactory,
    attach,
    cite,
)

pytestmark = pytest.mark.django_db


def json_ld(response):
    soup = BeautifulSoup(response.content, "html.parser")
    scripts = soup.find_all("script", type="application/ld+json")
    # Data blocks need no nonce (never executed); without one the HTML is the same for everyone.
    assert all(not script.has_attr("nonce") for script in scripts)
    return {doc["@type"]: doc for doc in (json.loads(script.string) for script in scripts)}


def meta(response):
    soup = BeautifulSoup(response.content, "html.parser")
    tags = soup.find_all("meta", attrs={"property": True}) + soup.find_all(
        "meta", attrs={"name": True}
    )
    values = {tag.get("property") or tag.get("name"): tag["content"] for tag in tags}
    values["canonical"] = soup.find("link", rel="canonical")["href"]
    return values


@pytest.fixture
def article(site_settings):
    sources = [SourceFactory(doi="10.1517/14712598.2016.1135898"), SourceFactory()]
    article = ArticleFactory(
        title="Interferon for eczema </script><script>alert(1)</script>",
        body=f"<p>Claim{cite(sources[0])} and{cite(sources[1])}.</p>",
        medical_reviewer=ReviewerFactory(name="Dr Lewis", credentials="MBChB, MRCP"),
        reviewed_on=datetime.date(2025, 1, 15),
    )
    return attach(
        article,
        authors=[AuthorFactory(name="Eleanor Hartley", credentials="BSc, Warwick")],
        sources=sources,
        faqs=2,
        tags=["eczema"],
    )


def test_article_page_describes_a_medical_web_page(client, article):
    documents = json_ld(client.get(article.get_absolute_url()))

    page = documents["MedicalWebPage"]
    assert page["@context"] == "https://schema.org"
    assert page["headline"] == article.title
    assert page["description"] == article.description
    assert page["url"] == "http://testserver" + article.get_absolute_url()
    assert page["datePublished"] == article.published_at.isoformat()
    assert page["lastReviewed"] == "2025-01-15"
    assert page["reviewedBy"]["name"] == "Dr Lewis"
    assert page["reviewedBy"]["hasCredential"]["name"] == "MBChB, MRCP"
    assert page["author"][0]["@type"] == "Person"
    assert page["author"][0]["hasCredential"]["name"] == "BSc, Warwick"
    assert page["author"][0]["url"].endswith(article.ordered_authors()[0].get_absolute_url())
    assert page["publisher"]["name"] == "Managed Self Ltd"
    assert page["publisher"]["vatID"] == "362 5758 74"
    assert [c["@type"] for c in page["citation"]] == ["ScholarlyArticle", "ScholarlyArticle"]
    assert page["citation"][0]["url"] == "https://doi.org/10.1517/14712598.2016.1135898"
    assert "dateModified" in page


def test_article_page_describes_its_faq_and_breadcrumbs(client, article):
    documents = json_ld(client.get(article.get_absolute_url()))

    questions = documents["FAQPage"]["mainEntity"]
    assert [q["name"] for q in questions] == ["Question 0?", "Question 1?"]
    assert questions[0]["acceptedAnswer"]["text"] == "Answer 0."
    trail = documents["BreadcrumbList"]["itemListElement"]
    assert [item["name"] for item in trail] == ["Home", article.category.name, article.title]
    assert trail[-1]["item"] == "http://testserver" + article.get_absolute_url()


def test_json_ld_cannot_close_its_script_element(client, article):
    html = client.get(article.get_absolute_url()).content.decode()

    assert "</script><script>alert(1)" not in html
    assert "\\u003C/script\\u003E" in html


def test_sites_without_medical_review_describe_articles_as_articles(client, article):
    site_settings = SiteSettings.objects.get()
    site_settings.requires_medical_review = False
    site_settings.save()

    assert "Article" in json_ld(client.get(article.get_absolute_url()))


def test_article_page_has_canonical_open_graph_and_twitter_tags(client, article):
    values = meta(client.get(article.get_absolute_url() + "?utm_source=x"))

    url = "http://testserver" + article.get_absolute_url()
    assert values["canonical"] == url
    assert values["og:url"] == url
    assert values["og:type"] == "article"
    assert values["og:title"] == article.title
    assert values["og:description"] == article.description
    assert values["description"] == article.description
    assert values["og:site_name"] == "Health Library"
    assert values["twitter:card"] == "summary"  # no hero image in this one
    assert values["article:published_time"] == article.published_at.isoformat()


def test_author_page_describes_a_person(client, site_settings):
    author = AuthorFactory(name="Eleanor Hartley", job_title="Medical writer")
    ProfileLink.objects.create(author=author, label="ORCID", url="https://orcid.org/0000-0001")

    response = client.get(author.get_absolute_url())
    person = json_ld(response)["Person"]

    assert person["name"] == "Eleanor Hartley"
    assert person["jobTitle"] == "Medical writer"
    assert person["hasCredential"]["name"] == author.credentials
    assert person["sameAs"] == ["https://orcid.org/0000-0001"]
    assert meta(response)["og:type"] == "profile"


def test_home_page_describes_the_organization_and_site_search(client, site_settings):
    documents = json_ld(client.get("/"))

    assert documents["Organization"]["name"] == "Managed Self Ltd"
    assert documents["Organization"]["telephone"] == "+44 20 3239 9818"
    action = documents["WebSite"]["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://testserver/search/?q={search_term_string}"


def test_listing_canonical_keeps_only_the_page_number(client, site_settings):
    for _ in range(13):
        ArticleFactory()

    values = meta(client.get("/articles/", {"page": 2, "utm_campaign": "x"}))

    assert values["canonical"] == "http://testserver/articles/?page=2"
    assert meta(client.get("/articles/", {"page": 1}))["canonical"] == "http://testserver/articles/"
