"""Tell shared caches (Varnish with xkey, or a CDN that purges by surrogate key) to drop pages.

``CACHE_PURGE_URLS`` lists the purge endpoints; each gets ``PURGE /`` with the tags in an
``xkey-purge`` header (see deploy/varnish.vcl). A cache that cannot be reached is logged and
skipped: a save never fails because a cache is down.
"""

import logging
import urllib.error
import urllib.request

from django.conf import settings

log = logging.getLogger(__name__)


def purge(tags):
    """Send one purge for ``tags`` to every purge target; return how many accepted it."""
    tags = sorted(set(tags))
    accepted = 0
    if not tags:
        return accepted
    for url in settings.CACHE_PURGE_URLS:
        request = urllib.request.Request(
            url, method="PURGE", headers={"xkey-purge": " ".join(tags)}
        )
        try:
            with urllib.request.urlopen(request, timeout=settings.CACHE_PURGE_TIMEOUT):
                accepted += 1
        except (OSError, urllib.error.URLError) as error:
            log.warning("Cache purge to %s failed: %s", url, error)
    return accepted
