"""Rebuild an article as a saved revision had it, to preview exactly what readers would see."""

from articles.models import ArticleAuthor, ArticleReference, Disclaimer, FAQItem
from authors.models import Author
from references.models import Source


def article_as_of(version):
    """An unsaved Article with its inlines as of ``version`` (a django-reversion Version)."""
    saved = version._object_version
    article = saved.object
    rows = {ArticleAuthor: [], ArticleReference: [], FAQItem: []}
    for other in version.revision.version_set.all():
        model = other.content_type.model_class()
        if model in rows:
            obj = other._object_version.object
            if obj.article_id == article.pk:
                rows[model].append(obj)
    authors = Author.objects.in_bulk([row.author_id for row in rows[ArticleAuthor]])
    sources = Source.objects.in_bulk([row.source_id for row in rows[ArticleReference]])
    bylines = [row for row in rows[ArticleAuthor] if row.author_id in authors]
    for row in bylines:
        row.author = authors[row.author_id]
    references = [row for row in rows[ArticleReference] if row.source_id in sources]
    for row in references:
        row.source = sources[row.source_id]
    # The template reads related rows through prefetch caches; fill them from the revision.
    article._prefetched_objects_cache = {
        "article_authors": sorted(bylines, key=lambda row: (row.position, row.pk or 0)),
        "article_references": sorted(references, key=lambda row: row.pk or 0),
        "faqs": sorted(rows[FAQItem], key=lambda row: (row.position, row.pk or 0)),
        "disclaimers": list(
            Disclaimer.objects.filter(pk__in=saved.m2m_data.get("disclaimers", []))
        ),
        "tags": [],
    }
    return article
