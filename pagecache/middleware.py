"""The full-page cache for anonymous readers, and the HTTP caching headers of public pages.

Views opt in with ``@public_page``; only their responses are stored. A stored page is looked up
first, before the URL is resolved or the session and user are touched, so a hit runs no query.

A reader is anonymous when the request has no session cookie: editors log in, readers never do.
A shared cache (Varnish, a CDN) applies the same rule, so anonymous pages need no
``Vary: Cookie``, and pages for someone with a session are ``private, no-store``.
"""

import hashlib
import logging
import math
import re
import secrets
import time
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from pagecache import schedule, store
from pagecache.tags import SITEWIDE

log = logging.getLogger(__name__)

# Only these query parameters change a public page (q: search results, p: a sitemap section's
# page); the rest (utm_source, fbclid, ...) are ignored, so a shared link with tracking
# parameters is still a hit.
PAGE_PARAMETERS = ("page", "reviewed_page", "q", "p")
# Headers the cache never stores: they are per response, or set again on the way out.
UNSTORED_HEADERS = {
    "set-cookie",
    "vary",
    "cache-control",
    "expires",
    "date",
    "etag",
    "x-page-cache",
    "xkey",
}
# A stored page's policy header gets a new nonce on every hit, as every response does.
NONCE = re.compile(r"'nonce-[^']*'")
CSP_HEADERS = {"content-security-policy", "content-security-policy-report-only"}


def public_page(view=None, *, tags=()):
    """Mark a view as a public page: cached whole for anonymous readers, tagged with ``tags``."""

    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            return view(*args, **kwargs)

        wrapper.page_cache_tags = (SITEWIDE, *tags)
        return wrapper

    return decorate(view) if view is not None else decorate


def page_seconds():
    return settings.PAGE_CACHE_SECONDS


def page_key(request):
    query = ""
    if request.META.get("QUERY_STRING"):  # most readers' requests have none: skip parsing
        query = urlencode(
            [(name, request.GET[name]) for name in PAGE_PARAMETERS if name in request.GET]
        )
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return f"{store.PREFIX}page:{hashlib.sha256(address.encode()).hexdigest()[:40]}"


def is_anonymous(request):
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


class PageRequest:
    """The page cache's view of one anonymous GET, and of the public page it turns out to be."""

    def __init__(self, request):
        self.request = request
        self.tags = set()
        self.changes_at = math.inf  # the page reads differently from then on (tags.py)
        self.cacheable = (
            request.method in ("GET", "HEAD") and is_anonymous(request) and page_seconds() > 0
        )
        self.key = page_key(request) if self.cacheable else None
        self.stale = None  # the previous copy, while this request renders a new one
        self.locked = False
        self.generation = None

    def serve_stored(self):
        """A fresh stored copy, or the previous one while another request renders it.

        Only public pages are ever stored, so this runs before the URL is even resolved.
        """
        entry, fresh = store.lookup(self.key)
        if fresh:
            return self.respond(entry, "hit")
        if entry is not None:
            self.stale = entry
            # No stampede: one request renders, the others get the previous copy meanwhile.
            if not store.acquire(self.key, settings.PAGE_CACHE_LOCK_SECONDS):
                return self.respond(entry, "stale")
            self.locked = True
        return None

    def start(self, tags):
        """The view is a public page: render it (or wait briefly for the request that does)."""
        self.tags.update(tags)
        if self.cacheable and not self.locked:
            if store.acquire(self.key, settings.PAGE_CACHE_LOCK_SECONDS):
                self.locked = True
            else:  # a cold page: nothing to fall back on
                deadline = time.monotonic() + settings.PAGE_CACHE_WAIT_SECONDS
                while time.monotonic() < deadline:
                    time.sleep(0.02)
                    entry, fresh = store.lookup(self.key)
                    if fresh:
                        return self.respond(entry, "hit")
        # Read before the view reads the database: pages and fragments built from data read
        # before a change committed are then not stored (pagecache/store.py).
        self.generation = store.generation()
        return None

    def finish(self, response):
        """Store a fresh rendering and set the caching headers of a public page."""
        try:
            if getattr(response, "page_cache_served", False):
                return response
            if not self.cacheable:
                if not is_anonymous(self.request):
                    add_never_cache_headers(response)  # an editor's view: no shared cache
                return response
            if self.is_storable(response):
                self.save(response)
            elif self.stale is not None:
                store.delete(self.key)  # the page is gone (unpublished) or failed
            return response
        finally:
            if self.locked:
                store.release(self.key)

    def is_storable(self, response):
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    def save(self, response):
        fresh_until = min(schedule.fresh_until(page_seconds()), self.changes_at)
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in UNSTORED_HEADERS
        ]
        entry = store.store(
            self.key,
            content=response.content,
            status=response.status_code,
            headers=headers,
            tags=sorted(self.tags),
            fresh_until=fresh_until,
            started_generation=self.generation,
            stale_seconds=settings.PAGE_CACHE_STALE_SECONDS,
        )
        response["X-Page-Cache"] = "miss"
        if entry is False:
            # A change committed while this was rendered: it may show the old state, and the
            # purge for that change may already have reached the shared caches. Keep it out.
            patch_cache_control(response, public=True, max_age=0, s_maxage=0)
            return
        if entry:
            response["ETag"] = entry.etag
        public_headers(response, fresh_until=fresh_until, tags=self.tags)

    def respond(self, entry, state):
        response = HttpResponse(entry.content, status=entry.status)
        nonce = f"'nonce-{secrets.token_urlsafe(16)}'"
        for name, value in entry.headers:
            response[name] = NONCE.sub(nonce, value) if name.lower() in CSP_HEADERS else value
        response["ETag"] = entry.etag
        if state == "hit":
            # Stored pages carry no caching or Vary headers (UNSTORED_HEADERS): nothing to merge.
            shared_cache_headers(response, fresh_until=entry.fresh_until, tags=entry.tags)
        else:
            # Someone is rendering the new copy: shared caches must not keep this one.
            patch_cache_control(response, public=True, max_age=0, s_maxage=0)
        response["X-Page-Cache"] = state
        response.page_cache_served = True
        return response


def shared_cache_headers(response, *, fresh_until, tags):
    """Cache-Control for anonymous readers and shared caches (Varnish, a CDN), and the
    surrogate keys Varnish's xkey module (and CDNs) purge by."""
    ttl = max(0, round(fresh_until - time.time()))
    response["Cache-Control"] = (
        f"public, max-age={min(ttl, settings.PAGE_BROWSER_SECONDS)}, s-maxage={ttl}, "
        f"stale-while-revalidate={settings.PAGE_STALE_WHILE_REVALIDATE_SECONDS}, "
        f"stale-if-error={settings.PAGE_CACHE_STALE_SECONDS}"
    )
    response["xkey"] = " ".join(sorted(tags))


def public_headers(response, *, fresh_until, tags):
    """Caching headers of a page just rendered and stored (its view set none of its own: a
    view that does says private or no-store, and such pages are not stored)."""
    shared_cache_headers(response, fresh_until=fresh_until, tags=tags)
    # The page is the same for everyone without a session; a session means no shared caching.
    vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip()]
    if vary:
        kept = [v for v in vary if v.lower() != "cookie"]
        del response["Vary"]
        if kept:
            patch_vary_headers(response, kept)


class PageCacheMiddleware:
    """Serve stored pages first; store public pages rendered for anonymous readers.

    Placed before the CSP, session, CSRF, auth and messages middleware: a hit skips them and the
    URL resolver (they would do nothing for a reader anyway), so it costs little more than a
    bare view. The headers they add are stored with the page: X-Frame-Options, and the
    Content-Security-Policy, whose nonce is replaced by a fresh one on every hit. Public pages
    carry no nonce in their HTML (JSON-LD data blocks need none), so the stored HTML matches
    any nonce.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        candidate = PageRequest(request)
        if candidate.cacheable and not settings.MAINTENANCE_MODE:
            response = candidate.serve_stored()
            if response is not None:
                return response
        request._page_cache_candidate = candidate
        response = self.get_response(request)
        page = getattr(request, "page_cache", None)
        if page is not None:
            return page.finish(response)
        if candidate.locked:  # stored as a public page, but no longer one
            store.release(candidate.key)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        tags = getattr(view_func, "page_cache_tags", None)
        if tags is None:
            return None
        request.page_cache = request._page_cache_candidate
        return request.page_cache.start(tags)

    def process_exception(self, request, exception):
        """Database down while re-rendering: serve the previous copy (stale-if-error)."""
        state = getattr(request, "page_cache", None)
        if state is not None and state.stale is not None and isinstance(exception, DatabaseError):
            log.warning("Serving a stored page after a database error: %s", exception)
            return state.respond(state.stale, "stale")
        return None
