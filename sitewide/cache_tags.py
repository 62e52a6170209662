"""The site's settings and pages in the page cache: on every page (header, footer, feeds)."""

from django.contrib.sites.models import Site

from pagecache import invalidation, tags
from sitewide.models import SitePage, SiteSettings

invalidation.watch(SiteSettings, lambda s, old: {tags.SITEWIDE})
invalidation.watch(SitePage, lambda p, old: {tags.SITEWIDE})
invalidation.watch(Site, lambda s, old: {tags.SITEWIDE})  # absolute links in feeds, sitemaps
tags.name_model(Site, lambda site: tags.SITEWIDE)
