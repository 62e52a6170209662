"""check_reference_links against a real HTTP server started in the test."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import CommandError, call_command

from evidence.links import LinkChecker
from evidence.models import LinkCheck
from tests.factories import ArticleFactory, SourceFactory, attach, cite

pytestmark = pytest.mark.django_db


class Handler(BaseHTTPRequestHandler):
    routes = {
        "/ok": (200, None),
        "/old": (301, "/ok"),
        "/temporary": (302, "/ok"),
        "/missing": (404, None),
        "/gone": (410, None),
        "/private": (403, None),
        "/loop": (301, "/loop"),
        "/doi/10.1000/found": (302, "/ok"),
        "/no-head": (200, None),
    }

    def _answer(self):
        self.server.requests.append((self.command, self.path, time.monotonic(), self.headers))
        if self.path == "/slow":
            self.server.release.wait(5)  # longer than the checker's timeout
        if self.path == "/no-head" and self.command == "HEAD":
            status, location = 405, None
        else:
            status, location = self.routes.get(self.path, (404, None))
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = do_GET = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    """A plain-HTTP server on a free port; https:// to it is a TLS error."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    httpd.requests = []
    httpd.release = threading.Event()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    httpd.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.release.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def test_each_kind_of_answer_is_recorded(server):
    checker = LinkChecker(timeout=0.5, delay=0)
    base = server.base

    ok = checker.check(f"{base}/ok")
    moved = checker.check(f"{base}/old")
    temporary = checker.check(f"{base}/temporary")
    missing = checker.check(f"{base}/missing")
    gone = checker.check(f"{base}/gone")
    refused = checker.check(f"{base}/private")
    slow = checker.check(f"{base}/slow")
    tls = checker.check(base.replace("http://", "https://") + "/ok")
    looping = checker.check(f"{base}/loop")

    assert (ok.state, ok.status_code, ok.redirects) == ("ok", 200, [])
    assert (moved.state, moved.status_code) == ("moved", 200)
    assert moved.redirects == [[301, f"{base}/ok"]] and moved.final_url == f"{base}/ok"
    assert (temporary.state, temporary.redirects) == ("ok", [[302, f"{base}/ok"]])
    assert (missing.state, missing.status_code) == ("broken", 404)
    assert (gone.state, gone.status_code) == ("broken", 410)
    assert (refused.state, refused.status_code) == ("refused", 403)
    assert (slow.state, slow.status_code) == ("unreachable", None)
    assert "0.5 s" in slow.error or "timed out" in slow.error
    assert (tls.state, tls.status_code) == ("unreachable", None)
    assert tls.error.startswith("TLS error")
    assert looping.state == "broken" and "More than 5 redirects" in looping.error


def test_head_comes_first_and_get_is_tried_when_head_is_refused(server):
    result = LinkChecker(timeout=1, delay=0).check(f"{server.base}/no-head")

    assert result.state == "ok"
    assert [(method, path) for method, path, *_ in server.requests] == [
        ("HEAD", "/no-head"),
        ("GET", "/no-head"),
    ]
    assert "HealthLibraryLinkChecker" in server.requests[0][3]["User-Agent"]


def test_requests_to_one_host_are_spaced_by_the_delay(server):
    checker = LinkChecker(timeout=1, delay=0.3)
    for path in ["/ok", "/missing", "/gone"]:
        checker.check(server.base + path)

    times = [when for _, _, when, _ in server.requests]
    gaps = [later - earlier for earlier, later in zip(times, times[1:], strict=False)]
    assert len(gaps) >= 2
    assert min(gaps) >= 0.3


def test_the_command_stores_each_link_and_lists_broken_ones_per_article(server, capsys):
    base = server.base
    fine = SourceFactory(kind="web", url=f"{base}/ok", title="Fine page")
    moved = SourceFactory(kind="web", url=f"{base}/old", title="Moved page")
    gone = SourceFactory(kind="web", url=f"{base}/gone", title="Gone page")
    SourceFactory(doi="10.1000/found", title="Study with a DOI")
    slow = SourceFactory(kind="web", url=f"{base}/slow", title="Slow page")
    attach(
        ArticleFactory(title="Eczema treatments", body=f"<p>a{cite(fine, gone, slow)}</p>"),
        sources=[fine, gone, slow],
    )
    attach(ArticleFactory(title="Other article", body=f"<p>b{cite(moved)}</p>"), sources=[moved])

    call_command(
        "check_reference_links",
        "--delay=0",
        "--timeout=0.5",
        f"--doi-resolver={base}/doi/",
    )

    checks = {(c.source.title, c.link): c for c in LinkCheck.objects.select_related("source")}
    assert checks["Fine page", "url"].state == "ok"
    assert checks["Moved page", "url"].redirects == [[301, f"{base}/ok"]]
    assert checks["Gone page", "url"].status_code == 410
    assert checks["Study with a DOI", "doi"].state == "ok"
    assert checks["Study with a DOI", "doi"].final_url == f"{base}/ok"
    assert checks["Slow page", "url"].state == "unreachable"
    out = capsys.readouterr().out
    assert "Checked 5 links." in out
    report = out.split("Broken links by article:")[1]
    assert "Eczema treatments" in report and f"{base}/gone (HTTP 410)" in report
    assert f"{base}/slow" in report
    assert "Other article" not in report  # a moved link still works


def test_a_cleared_url_forgets_its_old_check(server):
    source = SourceFactory(kind="web", url=f"{server.base}/gone")
    call_command("check_reference_links", "--delay=0", "--timeout=0.5", verbosity=0)
    source.url = ""
    source.kind = "journal"
    source.save()

    call_command("check_reference_links", "--delay=0", "--timeout=0.5", verbosity=0)

    assert not LinkCheck.objects.filter(source=source).exists()


@pytest.mark.parametrize(
    "arguments", [["--delay=-1"], ["--timeout=0"], ["--doi-resolver=ftp://example.org/"]]
)
def test_bad_options_are_refused(arguments):
    with pytest.raises(CommandError):
        call_command("check_reference_links", *arguments)


def test_broken_links_are_listed_for_editors_and_on_the_article(server, admin_client):
    gone = SourceFactory(kind="web", url=f"{server.base}/gone", title="Gone page")
    article = attach(
        ArticleFactory(title="Eczema treatments", body=f"<p>a{cite(gone)}</p>"), sources=[gone]
    )
    call_command("check_reference_links", "--delay=0", "--timeout=0.5", verbosity=0)

    listing = admin_client.get("/admin/evidence/articleneedingattention/").content.decode()
    change = admin_client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    source = admin_client.get(f"/admin/references/source/{gone.pk}/change/").content.decode()

    assert "Eczema treatments" in listing and f"{server.base}/gone" in listing
    assert "1 broken reference link." in change
    assert "URL: Broken — HTTP 410" in source
