"""Two stateless app servers on one PostgreSQL and one Redis: what an editor does through one is
what readers get from the other (the page cache they share is invalidated by a change made
through either), and a login made on one is valid on the other.

The test starts everything itself, whatever database the rest of the suite runs on: a throwaway
PostgreSQL cluster, a redis-server and two gunicorn processes, each on a free port.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
PGBIN = Path("/usr/lib/postgresql/15/bin")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=30)  # the first request loads the whole site
            return
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.2)
    raise RuntimeError(f"{url} never answered")


@pytest.fixture(scope="module")
def postgres():
    data = Path(tempfile.mkdtemp(prefix="app-servers-pg-"))
    shutil.chown(data, "postgres", "postgres")
    port = free_port()
    as_postgres = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*as_postgres, PGBIN / "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E"]
        + ["UTF8", "--locale=C.UTF-8"],
        check=True,
        capture_output=True,
    )
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {data} -c fsync=off"
    subprocess.run(
        [*as_postgres, PGBIN / "pg_ctl", "-D", data, "-l", data / "log", "-w", "-o", options]
        + ["start"],
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            ["psql", "-q", f"postgresql://postgres@127.0.0.1:{port}/postgres"]
            + ["-c", "CREATE ROLE app LOGIN PASSWORD 'app'", "-c", "CREATE DATABASE app OWNER app"],
            check=True,
        )
        yield f"postgresql://app:app@127.0.0.1:{port}/app"
    finally:
        subprocess.run(
            [*as_postgres, PGBIN / "pg_ctl", "-D", data, "-m", "fast", "stop"], capture_output=True
        )
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(scope="module")
def redis(tmp_path_factory):
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly"]
        + ["no", "--dir", str(tmp_path_factory.mktemp("redis"))],
        stdout=subprocess.DEVNULL,
    )
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


SEED = """
from django.contrib.auth import get_user_model
from comments.models import Comment
from tests.factories import ArticleFactory
article = ArticleFactory(title="Eczema in winter", slug="eczema-in-winter")
Comment.objects.create(article=article, name="Sam", email="sam@example.com",
                       text="Moisturising twice a day helped me.", status="pending")
get_user_model().objects.create_superuser("editor", "editor@example.com", "a-long-password-1")
"""


@pytest.fixture(scope="module")
def servers(postgres, redis, tmp_path_factory):
    """Two gunicorn servers (deploy/gunicorn.conf.py) sharing the database, the cache and
    nothing else."""
    shared = tmp_path_factory.mktemp("site")
    env = {
        **os.environ,
        "DATABASE_URL": postgres,
        "CACHE_URL": redis,
        "SECRET_KEY": "one-key-for-every-app-server-of-this-site-0123456789",
        "DEBUG": "0",
        "HEALTH_LIBRARY_LOCAL": "1",
        "HTTPS": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "STATIC_ROOT": str(shared / "static"),
        "MEDIA_ROOT": str(shared / "media"),
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True)
    subprocess.run([*manage, "shell", "-c", SEED], cwd=ROOT, env=env, check=True)
    processes, urls = [], []
    try:
        for _ in range(2):
            port = free_port()
            processes.append(
                subprocess.Popen(
                    [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"]
                    + ["health_library.wsgi"],
                    cwd=ROOT,
                    env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"},
                )
            )
            urls.append(f"http://127.0.0.1:{port}")
        for url in urls:
            wait_for_http(url + "/")
        yield urls
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=20)


def csrf_token(session, url):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', session.get(url).text)[1]


def test_what_an_editor_does_on_one_server_readers_see_on_the_other(servers):
    one, other = servers
    page = f"{other}/articles/eczema-in-winter/"
    reader = requests.Session()
    # As behind a load balancer: both servers see the site's own host name, not their port.
    reader.headers["Host"] = "127.0.0.1"
    before = reader.get(page)
    assert before.status_code == 200
    assert "Moisturising twice a day" not in before.text  # held for moderation
    # Stored in the shared cache: a hit on both servers from now on.
    assert reader.get(page).headers["X-Page-Cache"] == "hit"
    assert reader.get(f"{one}/articles/eczema-in-winter/").headers["X-Page-Cache"] == "hit"

    editor = requests.Session()
    login = f"{one}/admin/login/"
    editor.post(
        login,
        {
            "csrfmiddlewaretoken": csrf_token(editor, login),
            "username": "editor",
            "password": "a-long-password-1",
            "next": "/admin/",
        },
        headers={"Referer": login},
    )
    # The login made on one server is valid on the other: sessions live in the database. (The
    # cookie is for the host, as a browser behind a load balancer sends it to every server.)
    assert editor.get(f"{other}/admin/").url == f"{other}/admin/"
    comments = f"{one}/admin/comments/comment/"
    comment_id = re.search(r'name="_selected_action" value="(\d+)"', editor.get(comments).text)[1]
    approved = editor.post(
        comments,
        {
            "csrfmiddlewaretoken": csrf_token(editor, comments),
            "action": "approve",
            "_selected_action": comment_id,
        },
        headers={"Referer": comments},
    )
    assert approved.status_code == 200

    # The approval on one server dropped the page stored by the other, for both of them.
    after = reader.get(page)
    assert after.headers["X-Page-Cache"] == "miss"
    assert "Moisturising twice a day helped me." in after.text
    again = reader.get(f"{one}/articles/eczema-in-winter/")
    assert again.headers["X-Page-Cache"] == "hit"
    assert "Moisturising twice a day helped me." in again.text
