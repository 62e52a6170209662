from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import Article
from sitewide.models import SitePage


class HomeSitemap(Sitemap):
    priority = 1.0
    changefreq = "daily"

    def items(self):
        return ["sitewide:home"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        return Article.objects.published().latest_reader_date()


class SitePageSitemap(Sitemap):
    priority = 0.3

    def items(self):
        return SitePage.objects.order_by("position", "pk")

    def lastmod(self, page):
        return page.updated_at
