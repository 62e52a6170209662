"""Cross-site request forgery protection for forms on shared, cacheable pages.

Django's CSRF token is per visitor, so a page carrying one cannot be served to everyone from a
cache. The reader forms (comments, newsletter, page feedback) instead check where the post came
from, as browsers report it: ``Sec-Fetch-Site`` when sent, then ``Origin``, or ``Referer`` when a
browser sends no ``Origin``. A page on another site cannot set these headers, so a forged post
from a browser is refused. Tools other than browsers can set any header, but they could as well
fetch a CSRF token; what stops them is the anti-spam checks (comments/spam.py). These endpoints
act on no session or login, so a forged post could never act as a signed-in editor anyway.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt


def _origin(url):
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def is_same_origin(request):
    """Whether the browser says this request was sent by a page of this site."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None and fetch_site != "same-origin":
        return False
    allowed = {
        f"{request.scheme}://{request.get_host()}".lower(),
        *(origin.lower() for origin in settings.CSRF_TRUSTED_ORIGINS if "*" not in origin),
    }
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin.lower() in allowed  # "null" (sandboxed or privacy-stripped) fails too
    referer = request.headers.get("Referer")
    return bool(referer) and _origin(referer) in allowed


def same_origin_post(view):
    """Exempt ``view`` from the CSRF token and refuse POSTs that another site sent instead."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if request.method == "POST" and not is_same_origin(request):
            return render(request, "comments/cross_site.html", status=403)
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapped)
