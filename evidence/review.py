"""Everything the medical reviewer sees about an article's evidence, in one object: sentences and
claims beside their sources, sources no longer standing, old sources, plain language.

Used by the evidence review page and the summary on the article's admin page.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from articles.models import ArticleReference
from evidence.claims import review_sentences
from evidence.models import Claim, FastMovingTopic, LinkCheck
from evidence.readability import article_readability
from evidence.retractions import notices_for_article


@dataclass
class ReferenceRow:
    link: ArticleReference
    notices: list = field(default_factory=list)  # retractions.Notice
    link_checks: list = field(default_factory=list)
    too_old: bool = False

    @property
    def source(self):
        return self.link.source

    @property
    def broken_links(self):
        return [check for check in self.link_checks if check.is_broken]


@dataclass
class EvidenceReview:
    article: object
    sentences: list
    claims: list
    references: dict  # source id -> ReferenceRow, in reference-list order
    readability: dict
    target_reading_age: int
    readability_gate: str
    max_age_years: int | None

    @property
    def flagged(self):
        return [s for s in self.sentences if s.is_flagged]

    @property
    def unaccepted(self):
        return [s for s in self.sentences if s.needs_attention]

    @property
    def cited_sentences(self):
        return [s for s in self.sentences if s.source_ids]

    @property
    def checked_claims(self):
        return [c for c in self.claims if c.is_checked]

    @property
    def notices(self):
        return [n for row in self.references.values() for n in row.notices]

    @property
    def unhandled_notices(self):
        return [n for n in self.notices if not n.handled]

    @property
    def broken_links(self):
        return [c for row in self.references.values() for c in row.broken_links]

    @property
    def old_references(self):
        return [row for row in self.references.values() if row.too_old]

    @property
    def readability_warning(self):
        body = self.readability["body"]
        return self.readability_gate != "off" and body.above(self.target_reading_age)

    def rows_for(self, source_ids):
        return [self.references[pk] for pk in source_ids if pk in self.references]


def _max_age(article, site_settings):
    """The age threshold in years for the article's topic, or None when not flagged."""
    if not article.category_id or not site_settings.reference_max_age_years:
        return None
    topic = FastMovingTopic.objects.filter(category_id=article.category_id).first()
    if topic is None:
        return None
    return topic.max_age_years or site_settings.reference_max_age_years


def evidence_review(article, *, site_settings):
    """Build the review for ``article`` in a fixed number of queries."""
    links = list(
        article.article_references.select_related("source").prefetch_related(
            Prefetch("source__link_checks", queryset=LinkCheck.objects.order_by("link"))
        )
    )
    order = {pk: n for n, pk in enumerate(article.citation_order)}
    links.sort(key=lambda link: order.get(link.source_id, len(order) + link.pk))
    max_age = _max_age(article, site_settings)
    this_year = timezone.localdate().year
    rows = {}
    for link in links:
        year = link.source.year
        rows[link.source_id] = ReferenceRow(
            link=link,
            link_checks=list(link.source.link_checks.all()),
            too_old=bool(max_age and year and this_year - year > max_age),
        )
    for notice in notices_for_article(article, [link.source for link in links]):
        rows[notice.source.pk].notices.append(notice)
    claims = list(
        Claim.objects.filter(article=article)
        .select_related("checked_by")
        .prefetch_related(
            Prefetch("references", queryset=ArticleReference.objects.select_related("source"))
        )
    )
    return EvidenceReview(
        article=article,
        sentences=review_sentences(article),
        claims=claims,
        references=rows,
        readability=article_readability(article),
        target_reading_age=site_settings.target_reading_age,
        readability_gate=site_settings.readability_gate,
        max_age_years=max_age,
    )
