from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef, Subquery
from django.urls import reverse
from taggit.models import Tag

from articles.models import Article, Category


def latest_change(articles):
    """A subquery: when the newest of ``articles`` last changed (for a listing's lastmod)."""
    return Subquery(articles.order_by("-modified_at").values("modified_at")[:1])


class ArticleSitemap(Sitemap):
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "modified_at").order_by("pk")

    def lastmod(self, article):
        return article.modified_at


class CategorySitemap(Sitemap):
    priority = 0.5

    def items(self):
        published = Article.objects.published().filter(category=OuterRef("pk"))
        return Category.objects.annotate(last_changed=latest_change(published))

    def lastmod(self, category):
        return category.last_changed


class TagSitemap(Sitemap):
    """Tags with at least one published article; the rest would list nothing."""

    priority = 0.3

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
