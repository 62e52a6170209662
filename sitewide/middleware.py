from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse_lazy


class MaintenanceModeMiddleware:
    """While ``MAINTENANCE_MODE`` is on, every page is the 503 page (the admin too).

    Placed after the security, static-file and CSP middleware so the page keeps its headers and
    stylesheet; it uses neither the database nor the cache, which may be what is down.
    """

    RETRY_AFTER_SECONDS = 600

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.MAINTENANCE_MODE:
            return self.get_response(request)
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        return response


def csp_nonce_on_every_response(get_response):
    """Give every response's policy a script nonce, not only pages with inline scripts.

    django-csp adds the nonce lazily; the policy then reads the same on every page: scripts run
    from our own origin, or inline with this response's nonce, never otherwise.
    """

    def middleware(request):
        str(request.csp_nonce)  # generating it is what puts it in the header
        return get_response(request)

    return middleware


# Features no page of ours uses: a script that slips in cannot turn them on.
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), interest-cohort=()"


def security_headers(get_response):
    """Permissions-Policy on every response; inline styles only where the admin needs them.

    Reader pages have no inline style, so their policy is ``style-src 'self'``. Django's admin
    templates and the rich-text editor write ``style`` attributes, which no nonce can cover
    (hashes would need 'unsafe-hashes' and change with every Django release), so the admin
    alone keeps 'unsafe-inline' for styles. Scripts stay nonce-only everywhere.
    """
    admin_prefix = reverse_lazy("admin:index")

    def middleware(request):
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if request.path.startswith(str(admin_prefix)):
            response._csp_update = {"style-src": ["'unsafe-inline'"]}
        return response

    return middleware
