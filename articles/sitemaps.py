"""Sitemap sections of articles, topics and tags (see health_library/urls.py for the index).

``/sitemap.xml`` is a sitemap index; each section is at ``/sitemap-<section>.xml`` and split into
pages of at most 50,000 URLs (``?p=2``, ...), the protocol's limit. Every section is two queries
whatever the site's size: a count for the pages and the items. ``lastmod`` is the date readers
see (``Article.reader_date``), not every save of an article's admin fields.
"""

from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from taggit.models import Tag

from articles.models import Article, Category


def latest_change(articles):
    """A subquery: the newest reader date of ``articles`` (for a listing's lastmod)."""
    return Subquery(articles.with_reader_date().order_by("-reader_date").values("reader_date")[:1])


class ArticleSitemap(Sitemap):
    priority = 0.8
    limit = 50_000  # URLs per sitemap page: the sitemaps.org maximum

    def items(self):
        return Article.objects.published().with_reader_date().only("slug").order_by("pk")

    def lastmod(self, article):
        return article.reader_date

    def get_latest_lastmod(self):
        # Django's default calls lastmod() on every item: 100,000 rows for the index.
        return Article.objects.published().latest_reader_date()


class CategorySitemap(Sitemap):
    priority = 0.5

    def items(self):
        published = Article.objects.published().filter(category=OuterRef("pk"))
        return Category.objects.annotate(last_changed=latest_change(published))

    def lastmod(self, category):
        return category.last_changed

    def get_latest_lastmod(self):
        return Article.objects.published().filter(category__isnull=False).latest_reader_date()


class TagSitemap(Sitemap):
    """Tags with at least one published article; the rest would list nothing."""

    priority = 0.3
    limit = 50_000

    def items(self):
        published = Article.objects.published().filter(tags=OuterRef("pk"))
        return (
            Tag.objects.annotate(last_changed=latest_change(published))
            .filter(last_changed__isnull=False)
            .order_by("name")
        )

    def location(self, tag):
        return reverse("tag", kwargs={"slug": tag.slug})

    def lastmod(self, tag):
        return tag.last_changed

    def get_latest_lastmod(self):
        return None  # a scan of every tag; the section's own lastmods say it per tag
