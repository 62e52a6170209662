import pytest

from articles.models import ArticleAuthor, ArticleReference, Disclaimer
from editorial.checks import problems_for
from sitewide.models import SiteSettings
from tests.factories import ArticleFactory, AuthorFactory, SourceFactory, attach, cite

pytestmark = pytest.mark.django_db


def messages(article):
    return {problem.field: problem.message for problem in problems_for(article)}


def test_an_empty_article_names_every_missing_element_at_once():
    article = ArticleFactory(body='<p>Text <img src="/x.png" alt=""></p>', seo_description="")

    found = problems_for(article)

    fields = [problem.field for problem in found]
    assert fields == [
        "article_authors",
        "medical_reviewer",
        "article_references",
        "disclaimers",
        "body",
        "seo_description",
    ]
    text = " ".join(problem.message for problem in found)
    for words in [
        "at least one author",
        "medical reviewer",
        "at least one reference",
        "disclaimer",
        "alt text",
        "SEO description",
    ]:
        assert words in text


def test_authors_need_credentials():
    article = attach(ArticleFactory(), authors=[AuthorFactory(credentials="")])
    assert "needs credentials" in messages(article)["article_authors"]


def test_the_site_may_waive_the_medical_review():
    SiteSettings.objects.create(site_id=1, requires_medical_review=False)
    assert "medical_reviewer" not in messages(ArticleFactory())


def test_citations_must_resolve_and_references_must_be_cited():
    cited, uncited, stray = (
        SourceFactory(),
        SourceFactory(title="Never cited"),
        SourceFactory(title="Stray"),
    )
    article = attach(
        ArticleFactory(body=f"<p>a{cite(cited)} b{cite(stray)}</p>"), sources=[cited, uncited]
    )

    texts = [p.message for p in problems_for(article) if p.field == "article_references"]

    assert any("Stray" in t and "not in the reference list" in t for t in texts)
    assert any("Never cited" in t and "further reading" in t for t in texts)


def test_further_reading_need_not_be_cited():
    cited, extra = SourceFactory(), SourceFactory(title="Background book")
    article = attach(ArticleFactory(body=f"<p>a{cite(cited)}</p>"), sources=[cited, extra])
    ArticleReference.objects.filter(source=extra).update(is_further_reading=True)

    assert not any("Background book" in p.message for p in problems_for(article))


def test_reference_quality_checks():
    web = SourceFactory(kind="web", title="NICE page", url="https://nice.org.uk", cited_on=None)
    undated = SourceFactory(title="Undated study", year=None)
    twin_a = SourceFactory(title="Interferon-γ trial", year=1993)
    twin_b = SourceFactory(title="INTERFERON γ Trial!", year=1993)
    sources = [web, undated, twin_a, twin_b]
    article = attach(
        ArticleFactory(body="<p>" + "".join(cite(s) for s in sources) + "</p>"), sources=sources
    )

    texts = " ".join(p.message for p in problems_for(article))

    assert "NICE page” needs the date it was cited" in texts
    assert "Undated study” has no year" in texts
    assert "looks like a duplicate" in texts


def test_a_default_disclaimer_satisfies_the_gate():
    article = ArticleFactory()
    assert "disclaimers" in messages(article)
    Disclaimer.objects.create(title="Medical", body="<p>x</p>", is_default=True)
    from django.core.cache import cache

    cache.clear()
    assert "disclaimers" not in messages(article)


def test_a_complete_article_passes(draft, reviewer):
    from editorial.transitions import transition

    transition(draft, action="submit", user=draft.created_by)
    article = transition(draft, action="approve", user=reviewer)
    assert problems_for(article) == []
    assert ArticleAuthor.objects.filter(article=article).exists()


def test_a_source_imported_from_an_identifier_only_must_be_completed():
    from references.models import NEEDS_DETAILS

    stub = SourceFactory(title=f"DOI 10.1000/x{NEEDS_DETAILS}", year=None)
    article = attach(ArticleFactory(body=f"<p>a{cite(stub)}</p>"), sources=[stub])

    texts = [p.message for p in problems_for(article)]

    assert any("imported from an identifier only" in text for text in texts)
    assert not any("has no year" in text for text in texts)
