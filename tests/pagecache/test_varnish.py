"""deploy/varnish.vcl in front of the app: a real varnishd caches readers' pages and drops them
when the app's purge names their tags."""

import re
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

from tests.factories import ArticleFactory, AuthorFactory, attach

VCL = Path(settings.BASE_DIR) / "deploy" / "varnish.vcl"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def varnish(live_server, tmp_path, settings):
    """varnishd on a free port with its own working folder, in front of the live server."""
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = tmp_path / "test.vcl"
    vcl.write_text(re.sub(r'\.port = "\d+";', f'.port = "{backend_port}";', VCL.read_text()))
    port = free_port()
    workdir = tmp_path / "varnish"
    process = subprocess.Popen(
        [
            shutil.which("varnishd") or "/usr/sbin/varnishd",
            "-F",
            "-j",
            "none",  # the test runs it as whoever runs the tests, in a temporary folder
            "-a",
            f"127.0.0.1:{port}",
            "-T",
            "none",
            "-f",
            str(vcl),
            "-n",
            str(workdir),
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"varnishd did not start: {process.stdout.read().decode()}")
            time.sleep(0.1)
    settings.CACHE_PURGE_URLS = [url + "/"]
    yield url
    process.terminate()
    process.wait(timeout=10)


def get(url, **headers):
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        return response.headers, response.read().decode()


@pytest.mark.django_db(transaction=True)
def test_varnish_serves_readers_from_its_cache_and_a_publish_purges_the_page(varnish):
    article = attach(ArticleFactory(title="Through Varnish"), authors=[AuthorFactory()])
    path = article.get_absolute_url()

    first, _ = get(varnish + path)
    second, html = get(varnish + path)
    tracked, _ = get(varnish + path + "?utm_source=newsletter&fbclid=abc")

    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert tracked["X-Cache"] == "HIT"  # tracking parameters share the cached page
    assert "Through Varnish" in html
    assert "xkey" not in second  # the tags are for Varnish only

    article.title = "Through Varnish, corrected"
    article.save()  # commits; the app purges the article's tags

    after, html = get(varnish + path)
    assert after["X-Cache"] == "MISS"
    assert "Through Varnish, corrected" in html
    assert get(varnish + path)[0]["X-Cache"] == "HIT"


@pytest.mark.django_db(transaction=True)
def test_varnish_passes_editors_and_refuses_purges_without_tags(varnish, admin_user, client):
    article = ArticleFactory(title="Editors see the app")
    path = article.get_absolute_url()
    get(varnish + path)

    for _ in range(2):
        headers, _ = get(varnish + path, Cookie="sessionid=whatever")
        assert headers["X-Cache"] == "MISS"
        assert "no-store" in headers["Cache-Control"]

    request = urllib.request.Request(varnish + "/", method="PURGE")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request)
    assert refused.value.code == 400
    assert get(varnish + path)[0]["X-Cache"] == "HIT"  # the readers' copy was kept
