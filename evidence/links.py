"""Checking that references' links still lead somewhere (``manage.py check_reference_links``).

Polite by design: one request at a time, a pause of at least ``delay`` seconds between two
requests to the same host, a timeout on every request, HEAD first (GET only when HEAD is
refused), a User-Agent that says who we are, and each redirect followed by hand so every hop is
recorded.
"""

import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.db import transaction
from django.utils import timezone

from articles.models import ArticleReference
from evidence.models import LinkCheck
from references.models import Source

PERMANENT = {301, 308}
REFUSED = {401, 403, 429}
USER_AGENT = "HealthLibraryLinkChecker/1.0 (checks cited references; one request at a time)"
DOI_RESOLVER = "https://doi.org/"


@dataclass
class Result:
    state: str
    status_code: int | None = None
    final_url: str = ""
    redirects: list = field(default_factory=list)
    error: str = ""


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # urllib then raises HTTPError with the 3xx status: we follow by hand


class LinkChecker:
    def __init__(self, *, timeout=10.0, delay=1.0, max_redirects=5, user_agent=USER_AGENT):
        self.timeout = timeout
        self.delay = delay
        self.max_redirects = max_redirects
        self.user_agent = user_agent
        self._opener = urllib.request.build_opener(_NoRedirects)
        self._last_request = {}  # host -> time.monotonic() of the last request

    def _wait_for(self, host):
        last = self._last_request.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)

    def _request(self, url, method):
        """The status and Location of one request; raises OSError subclasses on failure."""
        host = urlsplit(url).netloc.lower()
        self._wait_for(host)
        request = urllib.request.Request(
            url, method=method, headers={"User-Agent": self.user_agent, "Accept": "*/*"}
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.status, response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            error.close()
            return error.code, error.headers.get("Location", "")
        finally:
            # The pause runs from the end of this request to the start of the next.
            self._last_request[host] = time.monotonic()

    def _status(self, url):
        status, location = self._request(url, "HEAD")
        if status >= 400:  # some servers refuse or mishandle HEAD: ask again as a browser would
            status, location = self._request(url, "GET")
        return status, location

    def check(self, url):
        redirects = []
        try:
            while True:
                status, location = self._status(url)
                if 300 <= status < 400 and location:
                    if len(redirects) == self.max_redirects:
                        return Result(
                            LinkCheck.State.BROKEN,
                            status,
                            url,
                            redirects,
                            f"More than {self.max_redirects} redirects.",
                        )
                    location = urljoin(url, location)
                    redirects.append([status, location])
                    url = location
                    continue
                break
        except TimeoutError:
            return Result(
                LinkCheck.State.UNREACHABLE,
                final_url=url,
                redirects=redirects,
                error=f"No answer within {self.timeout:g} s.",
            )
        except urllib.error.URLError as error:
            return Result(
                LinkCheck.State.UNREACHABLE,
                final_url=url,
                redirects=redirects,
                error=_describe(error.reason),
            )
        except (OSError, ValueError) as error:  # a dropped connection, a malformed URL
            return Result(
                LinkCheck.State.UNREACHABLE,
                final_url=url,
                redirects=redirects,
                error=_describe(error),
            )
        if status in REFUSED:
            state = LinkCheck.State.REFUSED
        elif status >= 400:
            state = LinkCheck.State.BROKEN
        elif any(hop[0] in PERMANENT for hop in redirects):
            state = LinkCheck.State.MOVED
        else:
            state = LinkCheck.State.OK
        return Result(state, status, url, redirects)


def _describe(reason):
    if isinstance(reason, ssl.SSLError | ssl.CertificateError):
        return f"TLS error: {getattr(reason, 'reason', None) or reason}"[:300]
    if isinstance(reason, TimeoutError | socket.timeout):
        return "The connection timed out."
    return str(reason)[:300] or reason.__class__.__name__


def links_to_check(*, doi_resolver=DOI_RESOLVER, source_ids=None):
    """(source, link kind, url) for every source's URL and DOI link."""
    sources = Source.objects.exclude(url="", doi="").order_by("pk")
    if source_ids:
        sources = sources.filter(pk__in=source_ids)
    for source in sources.only("pk", "url", "doi", "title"):
        if source.url:
            yield source, LinkCheck.Link.URL, source.url
        if source.doi:
            yield source, LinkCheck.Link.DOI, doi_resolver + source.doi


def check_all(checker, *, doi_resolver=DOI_RESOLVER, source_ids=None, progress=None):
    """Check every link once (a URL shared by several sources is fetched once); store results."""
    seen = {}
    stored = 0
    for source, link, url in links_to_check(doi_resolver=doi_resolver, source_ids=source_ids):
        if url not in seen:
            seen[url] = checker.check(url)
        result = seen[url]
        with transaction.atomic():
            LinkCheck.objects.update_or_create(
                source=source,
                link=link,
                defaults={
                    "url": url,
                    "state": result.state,
                    "status_code": result.status_code,
                    "final_url": result.final_url,
                    "redirects": result.redirects,
                    "error": result.error,
                    "checked_at": timezone.now(),
                },
            )
        stored += 1
        if progress:
            progress(source, link, url, result)
    _forget_removed_links(source_ids)
    return stored


def _forget_removed_links(source_ids):
    """Drop checks of links a source no longer has (its URL or DOI was cleared)."""
    checks = LinkCheck.objects.all()
    if source_ids:
        checks = checks.filter(source__in=source_ids)
    checks.filter(link=LinkCheck.Link.URL, source__url="").delete()
    checks.filter(link=LinkCheck.Link.DOI, source__doi="").delete()


def broken_by_article():
    """{article: [broken LinkCheck]} for every article citing a source with a broken link."""
    broken = {}
    for check in LinkCheck.objects.filter(state__in=LinkCheck.BROKEN_STATES).select_related(
        "source"
    ):
        broken.setdefault(check.source_id, []).append(check)
    found = {}
    links = ArticleReference.objects.filter(source__in=list(broken)).select_related("article")
    for link in links.order_by("article__title", "pk"):
        found.setdefault(link.article, []).extend(broken[link.source_id])
    return found
