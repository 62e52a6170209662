from django.contrib.sitemaps import Sitemap
from django.db.models import OuterRef, Q

from articles.models import Article
from articles.sitemaps import latest_change
from authors.models import Author


class AuthorSitemap(Sitemap):
    """People credited on at least one published article, as writer or medical reviewer."""

    priority = 0.4

    def items(self):
        published = Article.objects.published()
        return (
            Author.objects.annotate(
                last_written=latest_change(published.filter(authors=OuterRef("pk"))),
                last_reviewed=latest_change(published.filter(medical_reviewer=OuterRef("pk"))),
            )
            .filter(Q(last_written__isnull=False) | Q(last_reviewed__isnull=False))
            .order_by("name", "pk")
        )

    def lastmod(self, author):
        return max(d for d in (author.last_written, author.last_reviewed) if d is not None)
