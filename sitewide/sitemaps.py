from django.contrib.sitemaps import Sitemap

from sitewide.models import SitePage


class SitePageSitemap(Sitemap):
    priority = 0.3

    def items(self):
        return SitePage.objects.order_by("position", "pk")

    def lastmod(self, page):
        return page.updated_at
