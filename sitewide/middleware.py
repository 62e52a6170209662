from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string


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
