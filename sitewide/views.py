import logging
import sys
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from sitewide.middleware import unavailable
from sitewide.models import SitePage

log = logging.getLogger(__name__)


def page_detail(request, slug):
    page = get_object_or_404(SitePage, slug=slug)
    return render(request, "sitewide/sitepage_detail.html", {"page": page})


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap-index"))
    return render(request, "robots.txt", {"sitemap_url": sitemap_url}, content_type="text/plain")


# When the database is unreachable readers get this, with Retry-After, instead of “something
# went wrong”: load balancers and crawlers then know to come back (pages already in the page
# cache are still served: they need no database).
DATABASE_RETRY_AFTER_SECONDS = 30


def server_error(request):
    """The 500 handler: a friendly 503 with Retry-After when the database is down."""
    error = sys.exc_info()[1]
    if isinstance(error, DatabaseError):
        log.error("Database unavailable: %s", error)
        return unavailable(outage=True, retry_after=DATABASE_RETRY_AFTER_SECONDS)
    return defaults.server_error(request)


@never_cache
def healthz(request):
    """For load balancers: 200 when the database and the cache answer, else 503."""
    checks = {"database": _check_database, "cache": _check_cache}
    results = {}
    for name, check in checks.items():
        try:
            check()
            results[name] = "ok"
        except Exception as error:  # whatever the driver raises, the answer is "not ok"
            log.warning("Health check %s failed: %s", name, error)
            results[name] = "unavailable"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **results}, status=200 if healthy else 503
    )


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, 1, timeout=10)
    if cache.get(key) != 1:
        raise RuntimeError("the cache did not keep a value")
    cache.delete(key)
