"""Claims and cited sentences on the evidence review page, the reviewer's checks, and the gate."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from editorial.checks import problems_for
from editorial.transitions import PublishingBlocked, transition
from evidence.claims import sentences
from evidence.models import AcceptedSentence, Claim, ClaimCheck
from sitewide.models import SiteSettings
from tests.factories import ArticleFactory, SourceFactory, attach, cite

pytestmark = pytest.mark.django_db


def test_sentences_carry_their_citations_and_figures_without_one_are_flagged():
    a, b = SourceFactory(), SourceFactory()
    body = (
        f"<h2>Treatment</h2><p>Interferon reduced itch by 40% in adults.{cite(a, b)} "
        "Most people use 2 mg twice a day, e.g. in the morning. Eczema is common.</p>"
        f"<ul><li><p>Steroid creams cause skin thinning{cite(a)}.</p></li></ul>"
    )

    found = sentences(body)

    assert [(s.text, s.source_ids, s.is_flagged) for s in found] == [
        ("Interferon reduced itch by 40% in adults.", [a.pk, b.pk], False),
        ("Most people use 2 mg twice a day, e.g. in the morning.", [], True),
        ("Eczema is common.", [], False),
        ("Steroid creams cause skin thinning.", [a.pk], False),
    ]
    assert found[0].reasons == ["a percentage", "cause and effect (“reduced”)"]
    assert found[1].reasons == ["a dose", "a number"]  # "twice"


FLAGGED = "Interferon halves flares in 6 weeks."


@pytest.fixture
def article(draft):
    """The workflow tests' draft, with one flagged sentence that cites nothing."""
    draft.body += f"<p>{FLAGGED}</p>"
    draft.save()
    return draft


def review_url(article):
    return f"/admin/evidence/claim/review/{article.pk}/"


def test_the_review_page_lists_cited_sentences_beside_their_sources(
    article, login, reviewer, writer
):
    transition(article, action="submit", user=writer)
    source = article.article_references.first().source
    source.doi, source.pmid = "10.1000/xyz", "123456"
    source.save()

    page = login(reviewer).get(review_url(article))

    assertContains(page, "Claim and more")
    assertContains(page, '<a href="https://doi.org/10.1000/xyz" rel="noopener">DOI 10.1000/xyz</a>')
    assertContains(page, "PMID 123456")
    assertContains(page, "Journal article, 2016")
    assertContains(page, FLAGGED)
    assertContains(page, "States a number and cause and effect (“halves”), cites nothing.")
    assertContains(page, 'name="accept"')


def test_a_writer_marks_a_claim_and_links_it_to_references(article, login, writer):
    link = article.article_references.first()
    client = login(writer)

    refused = client.post(
        review_url(article),
        {"action": "add_claim", "passage": "Words not in the text", "references": [link.pk]},
    )
    assertContains(refused, "These words are not in the article")
    client.post(
        review_url(article),
        {
            "action": "add_claim",
            "passage": "Interferon halves   flares",
            "references": [link.pk],
            "strength": "rct",
        },
    )

    claim = Claim.objects.get()
    assert claim.passage == "Interferon halves flares"
    assert list(claim.references.all()) == [link]
    assert claim.created_by == writer
    assert article.body.count("Interferon halves flares") == 1  # the body itself is unchanged


def test_writers_cannot_tick_checks_or_accept_sentences(article, login, writer):
    response = login(writer).post(review_url(article), {"action": "save_checks"})
    assert response.status_code == 403


def test_approving_records_the_claims_the_reviewer_checked(article, login, reviewer, writer):
    link = article.article_references.first()
    checked = Claim.objects.create(article=article, passage="Claim and more", strength="rct")
    checked.references.add(link)
    unchecked = Claim.objects.create(article=article, passage=FLAGGED)
    transition(article, action="submit", user=writer)
    key = next(s.key for s in sentences(article.body) if s.text == FLAGGED)

    response = login(reviewer).post(
        review_url(article),
        {
            "action": "approve",
            "checked": [checked.pk],
            "accept": [key],
            "accept_reason": "Explained in the next section",
            "note": "Checked against the trial.",
        },
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == "approved"
    review = article.reviews.get()
    assert review.notes == "Checked against the trial."
    check = ClaimCheck.objects.get()
    assert (check.review, check.claim, check.passage) == (review, checked, "Claim and more")
    assert check.sources[0]["id"] == link.source_id
    assert check.get_strength_display() == "Randomised controlled trial"
    unchecked.refresh_from_db()
    assert not unchecked.is_checked
    accepted = AcceptedSentence.objects.get()
    assert (accepted.sentence, accepted.accepted_by) == (FLAGGED, reviewer)


def test_the_site_can_require_flagged_sentences_to_be_cited_or_accepted(
    article, reviewer, editor, writer
):
    transition(article, action="submit", user=writer)
    article = transition(article, action="approve", user=reviewer)
    settings = SiteSettings.objects.create(site_id=1, require_cited_claims=True)

    with pytest.raises(PublishingBlocked) as blocked:
        transition(article, action="publish", user=editor)
    assert [p.field for p in blocked.value.problems] == ["body"]
    assert FLAGGED in blocked.value.problems[0].message

    key = next(s.key for s in sentences(article.body) if s.text == FLAGGED)
    AcceptedSentence.objects.create(article=article, key=key, sentence=FLAGGED)
    assert problems_for(article) == []
    assert transition(article, action="publish", user=editor).status == "published"
    assert settings.require_cited_claims


def test_editing_an_accepted_sentence_flags_it_again(article):
    SiteSettings.objects.create(site_id=1, require_cited_claims=True)
    key = next(s.key for s in sentences(article.body) if s.text == FLAGGED)
    AcceptedSentence.objects.create(article=article, key=key, sentence=FLAGGED)
    assert not any(FLAGGED in p.message for p in problems_for(article))

    article.body = article.body.replace("6 weeks", "8 weeks")
    article.save()

    assert any("8 weeks" in p.message for p in problems_for(article))


def test_a_claim_whose_words_left_the_text_is_marked(article, login, writer):
    Claim.objects.create(article=article, passage="A sentence that was deleted")

    assertContains(login(writer).get(review_url(article)), "No longer in the text")


def test_the_review_page_query_count_does_not_grow_with_claims_or_sources(login, editor):
    def make(n):
        sources = [SourceFactory() for _ in range(n)]
        body = "".join(f"<p>Claim {i} reduces risk.{cite(s)}</p>" for i, s in enumerate(sources))
        article = attach(ArticleFactory(body=body), sources=sources)
        for i, link in enumerate(article.article_references.all()):
            claim = Claim.objects.create(article=article, passage=f"Claim {i} reduces risk")
            claim.references.add(link)
        return article

    client = login(editor)
    small, large = make(1), make(8)
    client.get(review_url(small))  # warm the site-wide cache and the session

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(review_url(small))
    with CaptureQueriesContext(connection) as many:
        response = client.get(review_url(large))

    assert response.status_code == 200
    assert len(many) == len(few)


def test_the_article_admin_page_summarises_the_evidence(article, login, editor):
    page = login(editor).get(f"/admin/articles/article/{article.pk}/change/")

    assertContains(page, "Evidence trail")
    assertContains(page, "<strong>1</strong> flagged sentence citing nothing")
    assertContains(page, review_url(article))
    assertNotContains(page, "broken reference link")


def test_old_references_are_flagged_only_in_topics_where_guidance_changes(login, editor):
    from evidence.models import FastMovingTopic

    old, recent = SourceFactory(year=2009, title="Old trial"), SourceFactory(year=2024)
    body = f"<p>One{cite(old)} and two{cite(recent)}.</p>"
    article = attach(ArticleFactory(body=body), sources=[old, recent])
    SiteSettings.objects.create(site_id=1, reference_max_age_years=5)
    client = login(editor)

    assertNotContains(client.get(review_url(article)), "Older than")

    FastMovingTopic.objects.create(category=article.category)
    page = client.get(review_url(article))
    assertContains(page, "Older than 5 years", count=2)  # beside the sentence, and listed
    assertContains(page, "<li>Brar 2009: Old trial (2009)</li>", html=True)

    FastMovingTopic.objects.filter(category=article.category).update(max_age_years=20)
    assertNotContains(client.get(review_url(article)), "Older than")
