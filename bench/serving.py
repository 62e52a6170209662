"""Serving benchmark: our article page against Django, nginx, Varnish and a Wagtail demo site.

    .venv/bin/python bench/serving.py          # make bench-tools first (wrk, nginx, Varnish)

Starts everything itself on free ports, in a temporary folder: our site with the demo content
(SQLite, production settings: DEBUG off) under gunicorn with 2 sync workers, with the page
cache and with PAGE_CACHE_SECONDS=0; a bare Django view returning the same bytes; nginx serving
them as a file; Varnish (deploy/varnish.vcl) in front of our site; and Wagtail's bakerydemo
(its blog post /blog/bread-circuses/, DEBUG off, 2 sync workers). bakerydemo is set up once
from the snapshot fetched with the search tool (`fetch github:wagtail/bakerydemo`, or
BAKERYDEMO_SOURCE=<git dir or folder>) in BENCH_CACHE (default ~/.cache/health-library-bench),
with Python 3.12 from pyenv; nothing of it enters this repository.

Each server gets a warm-up, then `wrk -t2 -c16 -d10s`, alternating servers for ROUNDS rounds
(best round reported). Then a 60 s mixed load test at 64 connections through Varnish: 80 % page
reads, 15 % searches, 5 % comment posts (wrk with a Lua script), errors and p50/p99 latency.
"""

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"
ROUNDS = int(os.environ.get("ROUNDS", "2"))
DURATION = os.environ.get("DURATION", "10s")
MIX_DURATION = os.environ.get("MIX_DURATION", "60s")
CACHE = Path(os.environ.get("BENCH_CACHE", Path.home() / ".cache" / "health-library-bench"))
BAKERY_PYTHON = Path.home() / ".pyenv" / "versions" / "3.12.1" / "bin" / "python"
BAKERY_MIRROR = Path("/work/.mirror/wagtail+bakerydemo/repo")
BAKERY_POST = "/blog/bread-circuses/"

processes = []


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(command, *, env=None, cwd=None, log=None):
    process = subprocess.Popen(
        command,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    processes.append(process)
    return process


def stop_all():
    for process in reversed(processes):
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def wait_for(url, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read()
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer")


def run(command, **kwargs):
    subprocess.run(command, check=True, **kwargs)


# --- Setting up ---------------------------------------------------------------------------


def our_env(workdir, **extra):
    return {
        "DATABASE_URL": f"sqlite:///{workdir / 'site.sqlite3'}",
        "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "HTTPS": "0",
        "DEBUG": "0",
        "HEALTH_LIBRARY_LOCAL": "",
        "TASKS_BACKEND": "immediate",
        "MEDIA_ROOT": str(workdir / "media"),
        # The load test sends each post from its own address (X-Forwarded-For), as readers do.
        "AXES_PROXY_COUNT": "1",
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def set_up_our_site(workdir):
    # The demo content is for local use only: load_demo refuses production settings.
    env = {**os.environ, **our_env(workdir), "HEALTH_LIBRARY_LOCAL": "1"}
    for command in (
        ["migrate", "--noinput", "-v", "0"],
        ["load_demo", "--no-login", "-v", "0"],
        ["collectstatic", "--noinput", "-v", "0"],
    ):
        run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, stdout=subprocess.DEVNULL)


def set_up_bakerydemo():
    """bakerydemo in BENCH_CACHE, from the fetched snapshot; done once."""
    home = CACHE / "bakerydemo"
    ready = home / ".ready"
    if ready.exists():
        return home
    source = Path(os.environ.get("BAKERYDEMO_SOURCE", BAKERY_MIRROR))
    if not source.exists():
        sys.exit(f"No bakerydemo source at {source}: fetch github:wagtail/bakerydemo first.")
    shutil.rmtree(home, ignore_errors=True)
    home.mkdir(parents=True)
    print(f"Setting up bakerydemo in {home} (once) ...", flush=True)
    if (source / "HEAD").exists():  # a bare git directory (the fetch tool's snapshot)
        archive = subprocess.run(
            ["git", f"--git-dir={source}", "archive", "HEAD"], check=True, capture_output=True
        ).stdout
        run(["tar", "-x", "-C", str(home)], input=archive)
    else:
        shutil.copytree(source, home, dirs_exist_ok=True)
    run([BAKERY_PYTHON, "-m", "venv", str(home / ".venv")])
    pip = home / ".venv" / "bin" / "pip"
    run([pip, "install", "-q", "-r", "requirements/base.txt", "gunicorn"], cwd=home)
    (home / "bakerydemo" / "settings" / "local.py").write_text(
        'DEBUG = False\nALLOWED_HOSTS = ["*"]\n'
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bakerydemo.settings.dev"}
    python = home / ".venv" / "bin" / "python"
    for command in (
        ["migrate", "--noinput"],
        ["load_initial_data"],
        ["collectstatic", "--noinput"],
    ):
        run([python, "manage.py", *command], cwd=home, env=env, stdout=subprocess.DEVNULL)
    ready.touch()
    return home


BARE_DJANGO = """
import os
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(DEBUG=False, ALLOWED_HOSTS=["*"], ROOT_URLCONF=__name__, SECRET_KEY="x" * 50)
with open(os.environ["ARTICLE_FILE"], "rb") as file:
    ARTICLE = file.read()


def article(request):
    return HttpResponse(ARTICLE, content_type="text/html; charset=utf-8")


urlpatterns = [path("article/", article)]
application = get_wsgi_application()
"""

NGINX = """
worker_processes 2;
pid {tmp}/nginx.pid;
error_log {tmp}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/nginx-body;
    proxy_temp_path {tmp}/nginx-proxy;
    fastcgi_temp_path {tmp}/nginx-fastcgi;
    uwsgi_temp_path {tmp}/nginx-uwsgi;
    scgi_temp_path {tmp}/nginx-scgi;
    server {{
        listen 127.0.0.1:{port};
        location / {{ root {tmp}/www; default_type text/html; }}
    }}
}}
"""

MIX_LUA = """
-- 80 % page reads, 15 % searches, 5 % comment posts; each request from its own address.
local pages = {{{pages}}}
local words = {{"eczema", "interferon", "itch", "skin", "allergy", "asthma", "treatment"}}
local counter = 0
request = function()
  counter = counter + 1
  local address = "10." .. (counter % 250) .. "." .. math.random(250) .. "." .. math.random(250)
  local roll = math.random(100)
  if roll <= 80 then
    return wrk.format("GET", pages[math.random(#pages)], {{["X-Forwarded-For"] = address}})
  elseif roll <= 95 then
    return wrk.format("GET", "/search/?q=" .. words[math.random(#words)],
      {{["X-Forwarded-For"] = address}})
  end
  local body = "name=Load+test&email=load%40example.org&text=Thank+you+for+this+article" ..
    "&stamp={stamp}&subject="
  return wrk.format("POST", "{post_path}", {{
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = "{origin}",
    ["Sec-Fetch-Site"] = "same-origin",
    ["X-Forwarded-For"] = address,
  }}, body)
end
"""


# --- Measuring ----------------------------------------------------------------------------


def wrk(url, duration=DURATION, connections=16, script=None, latency=False):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}"]
    if script:
        command += ["-s", str(script)]
    if latency:
        command.append("--latency")
    output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    return output


def requests_per_second(output):
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def errors(output):
    found = {"non-2xx/3xx": 0, "socket": 0}
    match = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if match:
        found["non-2xx/3xx"] = int(match.group(1))
    match = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    if match:
        found["socket"] = sum(int(n) for n in match.groups())
    return found


def percentile(output, name):
    match = re.search(rf"^\s+{name}%\s+(\S+)", output, re.MULTILINE)
    return match.group(1) if match else "?"


def main():
    for tool in ("wrk", "nginx", "varnishd"):
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists():
            sys.exit(f"{tool} is missing: run `make bench-tools` first.")
    bakery = set_up_bakerydemo()
    tmp = Path(tempfile.mkdtemp(prefix="serving-bench-"))
    tmp.chmod(0o755)  # nginx's workers run as www-data
    try:
        measure(tmp, bakery)
    finally:
        stop_all()
        shutil.rmtree(tmp, ignore_errors=True)


def measure(tmp, bakery):
    print("Setting up our demo site ...", flush=True)
    set_up_our_site(tmp)
    ports = {name: free_port() for name in ("hit", "off", "bare", "nginx", "varnish", "wagtail")}
    gunicorn = [str(GUNICORN), "health_library.wsgi", "-w", "2", "-k", "sync"]
    start(
        [*gunicorn, "-b", f"127.0.0.1:{ports['hit']}"],
        # Behind Varnish, which appends its client's address: the reader's is the one before.
        env=our_env(
            tmp, CACHE_PURGE_URLS=f"http://127.0.0.1:{ports['varnish']}/", AXES_PROXY_COUNT="2"
        ),
        cwd=ROOT,
    )
    start(
        [*gunicorn, "-b", f"127.0.0.1:{ports['off']}"],
        env=our_env(tmp, PAGE_CACHE_SECONDS="0"),
        cwd=ROOT,
    )
    article_path = article_address(tmp)
    html = wait_for(f"http://127.0.0.1:{ports['off']}{article_path}")
    wait_for(f"http://127.0.0.1:{ports['hit']}{article_path}")
    (tmp / "www").mkdir()
    (tmp / "www" / "article.html").write_bytes(html)
    (tmp / "article.html").write_bytes(html)
    (tmp / "bare_django.py").write_text(BARE_DJANGO)
    start(
        [str(GUNICORN), "bare_django", "-w", "2", "-b", f"127.0.0.1:{ports['bare']}"],
        env={"ARTICLE_FILE": str(tmp / "article.html"), "PYTHONPATH": str(tmp)},
        cwd=tmp,
    )
    (tmp / "nginx.conf").write_text(NGINX.format(tmp=tmp, port=ports["nginx"]))
    start(["nginx", "-c", str(tmp / "nginx.conf"), "-g", "daemon off;"])
    vcl = (ROOT / "deploy" / "varnish.vcl").read_text()
    vcl = re.sub(r'\.port = "\d+";', f'.port = "{ports["hit"]}";', vcl)
    (tmp / "bench.vcl").write_text(vcl)
    start(
        [
            "varnishd",
            "-F",
            "-j",
            "none",
            "-a",
            f"127.0.0.1:{ports['varnish']}",
            "-T",
            "none",
            "-f",
            str(tmp / "bench.vcl"),
            "-n",
            str(tmp / "varnish"),
            "-s",
            "malloc,128m",
        ]
    )
    bakery_env = {"DJANGO_SETTINGS_MODULE": "bakerydemo.settings.dev", "PYTHONPATH": str(bakery)}
    start(
        [
            str(bakery / ".venv" / "bin" / "gunicorn"),
            "bakerydemo.wsgi",
            "-w",
            "2",
            "-k",
            "sync",
            "-b",
            f"127.0.0.1:{ports['wagtail']}",
        ],
        env=bakery_env,
        cwd=bakery,
    )
    targets = {
        "our article, page cache hit": f"http://127.0.0.1:{ports['hit']}{article_path}",
        "our article, PAGE_CACHE_SECONDS=0": f"http://127.0.0.1:{ports['off']}{article_path}",
        "bare Django view, same bytes": f"http://127.0.0.1:{ports['bare']}/article/",
        "nginx, same bytes as a file": f"http://127.0.0.1:{ports['nginx']}/article.html",
        "our article through Varnish": f"http://127.0.0.1:{ports['varnish']}{article_path}",
        "Wagtail bakerydemo blog post": f"http://127.0.0.1:{ports['wagtail']}{BAKERY_POST}",
    }
    for url in targets.values():
        wait_for(url)
    sizes = {name: len(wait_for(url)) for name, url in targets.items()}
    results = {name: [] for name in targets}
    for round_number in range(ROUNDS):
        for name, url in targets.items():
            wrk(url, duration="2s")  # warm-up
            output = wrk(url)
            results[name].append(requests_per_second(output))
            print(f"  round {round_number + 1}: {name}: {results[name][-1]:,.0f} req/s", flush=True)
    best = {name: max(values) for name, values in results.items()}
    print()
    print(f"wrk -t2 -c16 -d{DURATION}, gunicorn -w 2 (sync), best of {ROUNDS} alternating rounds")
    print(f"{'page':40} {'bytes':>8} {'req/s':>10}")
    for name in targets:
        print(f"{name:40} {sizes[name]:>8,} {best[name]:>10,.0f}")
    print()
    ratios = [
        (
            "cache hit / bare Django (≥ 0.5)",
            best["our article, page cache hit"],
            best["bare Django view, same bytes"],
        ),
        (
            "cache off / Wagtail (≥ 3)",
            best["our article, PAGE_CACHE_SECONDS=0"],
            best["Wagtail bakerydemo blog post"],
        ),
        (
            "Varnish / nginx (≥ 0.5)",
            best["our article through Varnish"],
            best["nginx, same bytes as a file"],
        ),
    ]
    for label, mine, theirs in ratios:
        print(f"{label:40} {mine / theirs:>8.2f}")
    mixed_load(tmp, ports, article_path, html)


def site_shell(tmp, code):
    """Lines printed by ``code`` run in our site's ``manage.py shell``."""
    return subprocess.run(
        [PYTHON, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=ROOT,
        env={**os.environ, **our_env(tmp)},
        check=True,
        capture_output=True,
        text=True,
    ).stdout.splitlines()


def article_address(tmp):
    code = (
        "from articles.models import Article; "
        "a = Article.objects.published().order_by('-is_featured', '-published_at').first(); "
        "print(a.get_absolute_url())"
    )
    return site_shell(tmp, code)[0]


def mixed_load(tmp, ports, article_path, html):
    code = (
        "from articles.models import Article; "
        "print(' '.join(a.get_absolute_url() for a in Article.objects.published())); "
        "print(Article.objects.published().order_by('-published_at').first().pk)"
    )
    lines = site_shell(tmp, code)
    pages = [*lines[0].split(), "/", "/articles/", "/feed/", "/sitemap.xml"]
    stamp = re.search(rb'name="stamp" value="([^"]+)"', html).group(1).decode()
    varnish = f"http://127.0.0.1:{ports['varnish']}"
    script = tmp / "mix.lua"
    script.write_text(
        MIX_LUA.format(
            pages=", ".join(f'"{page}"' for page in pages),
            stamp=urllib.request.quote(stamp),
            post_path=f"/comments/post/{lines[1]}/",
            origin=varnish,
        )
    )
    time.sleep(3)  # the page's form stamp must be older than READER_FORM_MIN_SECONDS
    output = wrk(varnish + "/", duration=MIX_DURATION, connections=64, script=script, latency=True)
    found = errors(output)
    print()
    print(
        f"Mixed load through Varnish, wrk -t2 -c64 -d{MIX_DURATION} --latency (80 % pages, "
        "15 % searches, 5 % comment posts)"
    )
    print(
        f"  {requests_per_second(output):,.0f} req/s, p50 {percentile(output, '50')}, "
        f"p99 {percentile(output, '99')}, non-2xx/3xx {found['non-2xx/3xx']}, "
        f"socket errors {found['socket']}"
    )
    print(textwrap.indent(output.strip(), "  | "))


if __name__ == "__main__":
    main()
