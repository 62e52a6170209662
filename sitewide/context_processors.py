"""Site settings, footer pages and navigation for every template: cached as one object, cleared
on any change (see CachedSitewide).

Apps built on this one add their part of it with ``add_part`` (articles/apps.py: the topics and
the default disclaimer), so this app imports none of them.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.sites.models import Site
from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

from sitewide.models import CACHE_KEY, SitePage, SiteSettings

log = logging.getLogger(__name__)


# name -> function returning that part's value; the model behind it clears the cache on change
# (CachedSitewide).
PARTS = {}


def add_part(name, load):
    """Cache ``load()`` with the rest, as ``load_sitewide().parts[name]``."""
    PARTS[name] = load


@dataclass
class Sitewide:
    settings: SiteSettings
    pages: dict = field(default_factory=dict)  # role -> SitePage
    footer_pages: list = field(default_factory=list)
    parts: dict = field(default_factory=dict)  # name -> value, see add_part

    def page_url(self, role):
        page = self.pages.get(role)
        return page.get_absolute_url() if page else ""

    @property
    def editorial_standards_url(self):
        return self.page_url(SitePage.Role.EDITORIAL_STANDARDS)

    @property
    def how_we_make_money_url(self):
        return self.page_url(SitePage.Role.HOW_WE_MAKE_MONEY)

    @property
    def privacy_url(self):
        return self.page_url(SitePage.Role.PRIVACY)


def load_sitewide():
    try:
        cached = cache.get(CACHE_KEY)
    except Exception:  # the cache is down (Redis): read the database, slower but working
        log.warning("Cache unavailable: site-wide context read from the database")
        cached = None
    if cached is not None:
        return cached
    site = Site.objects.get(pk=settings.SITE_ID)
    site_settings = SiteSettings.objects.filter(site=site).first() or SiteSettings(site=site)
    pages = list(SitePage.objects.all())
    value = Sitewide(
        settings=site_settings,
        pages={page.role: page for page in pages if page.role != SitePage.Role.OTHER},
        footer_pages=[page for page in pages if page.show_in_footer],
        parts={name: load() for name, load in PARTS.items()},
    )
    try:
        cache.set(CACHE_KEY, value, timeout=60 * 60)
    except Exception:
        log.warning("Cache unavailable: site-wide context not stored")
    return value


def site(request):
    """Expose the Sitewide object to templates, loaded only if a template uses it."""
    return {"sitewide": SimpleLazyObject(load_sitewide)}
