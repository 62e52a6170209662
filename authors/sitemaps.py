from functools import cached_property

from articles.sitemaps import SlugSitemap, latest_by
from authors.models import Author


class AuthorSitemap(SlugSitemap):
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

    model = Author
    url_name = "authors:detail"
