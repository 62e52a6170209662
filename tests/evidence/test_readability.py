"""Plain-language checks: figures from textstat on fixed texts, and what the panel points out."""

import pytest

from editorial.checks import problems_for
from evidence.models import GlossaryTerm
from evidence.readability import analyse, article_readability
from sitewide.models import SiteSettings
from tests.factories import ArticleFactory, SourceFactory, attach, cite

pytestmark = pytest.mark.django_db

# textstat's own test text and expected values (textstat/textstat,
# tests/backend/metrics/test_flesch_reading_ease.py and test_flesch_kincaid_grade.py: SHORT_TEXT).
SHORT_TEXT = "Cool dogs wear da sunglasses."


def test_reading_ease_and_grade_match_the_librarys_documented_values():
    result = analyse([SHORT_TEXT], glossary=[])

    assert result.reading_ease == 83.3  # documented: 83.32
    assert result.grade == 2.9  # documented: 2.88
    assert result.reading_age == 8  # grade + 5
    assert (result.words, result.sentence_count) == (5, 1)


def test_long_sentences_passive_voice_and_jargon_are_pointed_out():
    GlossaryTerm.objects.update_or_create(term="pruritus", defaults={"plain": "itching"})
    long = (
        "People with atopic dermatitis who have tried emollients, topical steroids and "
        "wet wraps without relief for many months may be offered an injection by a "
        "specialist in a hospital clinic."
    )
    sentences = [long, "The cream was applied twice a day.", "Pruritus is common. Pruritus."]

    result = analyse(sentences, glossary=list(GlossaryTerm.objects.all()))

    assert result.long_sentences == [(30, long)]
    assert ("be offered", long) in result.passive
    assert ("was applied", "The cream was applied twice a day.") in result.passive
    assert ("pruritus", "itching", 2) in result.jargon
    assert ("atopic", "allergy-prone", 1) in result.jargon  # seeded by the data migration
    assert ("dermatitis", "inflamed skin (eczema)", 1) in result.jargon


def test_the_glossary_is_seeded_with_common_terms():
    term = GlossaryTerm.objects.get(term="myocardial infarction")
    assert term.plain == "heart attack"
    assert GlossaryTerm.objects.count() >= 30


def test_the_body_and_the_faq_are_measured_separately():
    article = attach(ArticleFactory(body=f"<p>{SHORT_TEXT}</p>"), faqs=1)

    result = article_readability(article)

    assert result["body"].reading_ease == 83.3
    assert result["faq"].sentence_count == 2  # "Question 0?" and "Answer 0."


HARD = (
    "<p>Recombinant interferon-gamma immunotherapy demonstrated statistically significant "
    "amelioration of erythematous excoriated lesions in individuals with recalcitrant "
    "atopic dermatitis refractory to conventional immunosuppressive pharmacotherapy.</p>"
)


def test_the_site_can_make_the_gate_block_hard_text():
    source = SourceFactory()
    article = attach(
        ArticleFactory(body=HARD.replace("</p>", cite(source) + "</p>")), sources=[source]
    )
    settings = SiteSettings.objects.create(
        site_id=1, target_reading_age=11, readability_gate="warn"
    )
    assert not any("reading age" in p.message for p in problems_for(article))

    settings.readability_gate = "block"
    settings.save()
    blocking = [p.message for p in problems_for(article) if "reading age" in p.message]
    assert blocking and "above the site's target of 11" in blocking[0]
