"""Every reader page type passes the Nu HTML Checker (vnu.jar from the npm package vnu-jar).

The checker runs as a local HTTP service, started once per test session (it takes seconds to
start). `make test` installs it (`make node`); without Java or vnu.jar these tests fail, never
skip, so CI cannot pass without checking.
"""

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.demo_pages import PAGE_TYPES

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = Path(
    os.environ.get("VNU_JAR", ROOT / "bench/node/node_modules/vnu-jar/build/dist/vnu.jar")
)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def vnu():
    """The URL of a running Nu HTML Checker service."""
    java = shutil.which("java")
    if not java or not VNU_JAR.exists():
        pytest.fail(f"The HTML checker needs Java and {VNU_JAR}: run `make node` first.")
    port = free_port()
    process = subprocess.Popen(
        [
            java,
            "-Dnu.validator.servlet.bind-address=127.0.0.1",
            "-cp",
            str(VNU_JAR),
            "nu.validator.servlet.Main",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/?out=json"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail("The HTML checker exited while starting.")
                time.sleep(0.3)
        else:
            pytest.fail("The HTML checker did not start within 90 seconds.")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def html_errors(vnu_url, html):
    request = urllib.request.Request(
        vnu_url, data=html, headers={"Content-Type": "text/html; charset=utf-8"}
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        messages = json.load(response)["messages"]
    return [
        f"line {m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()}]"
        for m in messages
        if m["type"] in {"error", "non-document-error"}
    ]


@pytest.mark.django_db
def test_every_reader_page_type_is_valid_html(client, vnu):
    call_command("load_demo", "--no-login", verbosity=0)
    errors = {}
    for name, path in PAGE_TYPES.items():
        response = client.get(path)
        assert response.status_code == (404 if name == "404" else 200), name
        if problems := html_errors(vnu, response.content):
            errors[name] = problems

    assert errors == {}


def test_the_checker_reports_invalid_html(vnu):
    """Guards the test above: a checker that never complains would prove nothing."""
    page = b"<!doctype html><html lang=en><title>x</title><p><div>x</div></p>"

    assert html_errors(vnu, page)
