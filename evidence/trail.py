"""The public trail: "How this article was made", as a page, JSON and schema.org JSON-LD.

Everything comes from records the editorial workflow keeps (bylines, medical reviews, checked
claims, references, correction notes, triaged error reports); nothing here is typed for show.
"""

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q
from django.urls import reverse

from articles import structured_data
from articles.models import Article, ArticleAuthor, ArticleReference
from evidence.models import ClaimCheck
from references.models import Source


@dataclass
class Trail:
    article: Article
    reviews: list  # MedicalReview, newest first
    claim_checks: list  # ClaimCheck of every review, newest review first
    sources_by_kind: list  # (kind label, [(number, source)])
    corrections: list
    reports_received: int
    reports_fixed: int
    numbers: dict  # source id -> number in the article's reference list

    @property
    def reference_count(self):
        return sum(len(sources) for _, sources in self.sources_by_kind)


def published_article(slug):
    """The published article with what the trail shows, or None. Fixed number of queries."""
    return (
        Article.objects.published()
        .select_related("category", "medical_reviewer")
        .prefetch_related(
            Prefetch("article_authors", queryset=ArticleAuthor.objects.select_related("author")),
            Prefetch(
                "article_references", queryset=ArticleReference.objects.select_related("source")
            ),
            "corrections",
        )
        .filter(slug=slug)
        .first()
    )


def trail_for(article):
    reviews = list(
        article.reviews.select_related("reviewer").prefetch_related(
            Prefetch("claim_checks", queryset=ClaimCheck.objects.order_by("pk"), to_attr="checks")
        )
    )
    numbered = article.numbered_references()
    kinds = dict(Source.Kind.choices)
    by_kind = {}
    for number, source, _ in numbered:
        by_kind.setdefault(source.kind, []).append((number, source))
    sources_by_kind = [(kinds[kind], by_kind[kind]) for kind in kinds if kind in by_kind]
    reports = article.error_reports.filter(is_spam=False).aggregate(
        received=Count("pk"), fixed=Count("pk", filter=Q(status="fixed"))
    )
    return Trail(
        article=article,
        reviews=reviews,
        claim_checks=[check for review in reviews for check in review.checks],
        sources_by_kind=sources_by_kind,
        corrections=[note for note in article.corrections.all() if note.is_public],
        reports_received=reports["received"],
        reports_fixed=reports["fixed"],
        numbers={source.pk: number for number, source, _ in numbered},
    )


def as_json(trail, *, absolute, editorial_standards_url=""):
    """The trail as plain data for the JSON endpoint."""
    article = trail.article
    numbers = trail.numbers
    return {
        "article": {
            "title": article.title,
            "url": absolute(article.get_absolute_url()),
            "published": article.published_at.isoformat() if article.published_at else None,
            "updated": article.last_updated.isoformat() if article.last_updated else None,
        },
        "authors": [
            {"name": a.name, "credentials": a.credentials, "role": "writer"}
            for a in article.ordered_authors()
        ],
        "medical_reviews": [
            {
                "reviewer": review.reviewer.name,
                "credentials": review.reviewer.credentials,
                "reviewed_on": review.reviewed_on.isoformat(),
                "claims_checked": len(review.checks),
            }
            for review in trail.reviews
        ],
        "sources": [
            {
                "type": kind,
                "references": [
                    {
                        "number": number,
                        "title": source.title,
                        "year": source.year,
                        "doi": source.doi or None,
                        "pmid": source.pmid or None,
                        "url": source.url or None,
                    }
                    for number, source in sources
                ],
            }
            for kind, sources in trail.sources_by_kind
        ],
        "claims_checked": [
            {
                "passage": check.passage,
                "strength": check.get_strength_display(),
                "references": sorted(numbers[s["id"]] for s in check.sources if s["id"] in numbers),
            }
            for check in trail.claim_checks
        ],
        "corrections": [
            {"date": note.noted_on.isoformat(), "note": note.note} for note in trail.corrections
        ],
        "reader_error_reports": {
            "received": trail.reports_received,
            "fixed": trail.reports_fixed,
        },
        "editorial_standards": absolute(editorial_standards_url)
        if editorial_standards_url
        else None,
    }


def json_ld(trail, *, absolute):
    """schema.org WebPage describing the article's review and evidence."""
    article = trail.article
    article_url = absolute(article.get_absolute_url())
    latest = trail.reviews[0] if trail.reviews else None
    return structured_data._compact(
        {
            "@context": structured_data.CONTEXT,
            "@type": "WebPage",
            "url": absolute(reverse("evidence:trail", kwargs={"slug": article.slug})),
            "name": f"How this article was made: {article.title}",
            "about": {"@id": article_url},
            "lastReviewed": latest.reviewed_on.isoformat() if latest else None,
            "reviewedBy": structured_data.person(latest.reviewer, absolute) if latest else None,
            "citation": [
                structured_data.citation(source)
                for _, sources in trail.sources_by_kind
                for _, source in sources
            ],
        }
    )
