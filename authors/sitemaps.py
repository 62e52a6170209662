from functools import cached_property

from django.contrib.sitemaps import Sitemap

from articles.sitemaps import BoundedItems, latest_by, slug_urls
from authors.models import Author


class AuthorSitemap(Sitemap):
    """People credited on at least one published article, as writer or medical reviewer."""

    priority = 0.4

    @cached_property
    def latest(self):
        """{slug: newest reader date} of their published articles: two GROUP BY queries."""
        written = latest_by("authors__slug")
        reviewed = latest_by("medical_reviewer__slug")
        return {
            slug: max(d for d in (written.get(slug), reviewed.get(slug)) if d is not None)
            for slug in written.keys() | reviewed.keys()
        }

    def items(self):
        return BoundedItems(lambda: sorted(self.latest.items()), Author.objects.count, self.limit)

    @cached_property
    def url_for(self):
        return slug_urls("authors:detail")

    def location(self, item):
        return self.url_for(item[0])

    def lastmod(self, item):
        return item[1]

    def get_latest_lastmod(self):
        return None  # in the index it would cost a scan of every article; sections carry it
