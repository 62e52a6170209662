"""An optional read replica (``DATABASE_REPLICA_URL``): anonymous readers' pages read from it.

Only requests that ``replica_middleware`` marks as a reader's (GET or HEAD, no session cookie,
outside the admin, no recent write by this browser) may read from the replica. Everything else
uses the primary: every write, the admin and previews, anyone logged in (an editor must see
their own save at once, and a replica may lag behind), management commands and the email worker.

A browser that has just posted (a comment, a sign-up) carries a short-lived cookie that keeps
its next reads on the primary for ``REPLICA_LAG_SECONDS``, so the page it is sent to next cannot
be older than what it just did.
"""

from contextvars import ContextVar

from django.conf import settings

REPLICA = "replica"
PIN_COOKIE = "primary_pin"

# Set per request by the middleware; False outside requests, so nothing else reads stale rows.
_reader_request = ContextVar("reader_request", default=False)


class PrimaryReplicaRouter:
    """Reads of a reader's request go to the replica; all other queries to the primary."""

    def db_for_read(self, model, **hints):
        return REPLICA if _reader_request.get() else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data on both


def is_reader_request(request):
    """May this request read from the replica? Only an anonymous reader's GET or HEAD."""
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and PIN_COOKIE not in request.COOKIES
        and not request.path.startswith(("/admin/", "/preview/"))
    )


def replica_middleware(get_response):
    """Mark reader requests for the router; keep a browser on the primary after it posts."""
    if REPLICA not in settings.DATABASES:
        return get_response

    def middleware(request):
        token = _reader_request.set(is_reader_request(request))
        try:
            response = get_response(request)
        finally:
            _reader_request.reset(token)
        if request.method not in ("GET", "HEAD", "OPTIONS") and response.status_code < 500:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.REPLICA_LAG_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response

    return middleware
