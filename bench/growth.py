"""Page times as the site grows to 1,000, 10,000 and 100,000 articles, on SQLite and PostgreSQL.

    .venv/bin/python bench/growth.py                                  # both, 1k 10k 100k
    .venv/bin/python bench/growth.py --databases sqlite --sizes 1000 10000
    .venv/bin/python bench/growth.py --keep /tmp/growth --repeat 9    # reuse grown databases

Each size gets its own database, copied from the next smaller one and grown with
``manage.py generate_articles``: SQLite files, and databases of one PostgreSQL cluster this
script starts (initdb as the postgres user, a free port, fsync off). Without ``--keep`` they are
removed at the end; with ``--keep DIR`` they stay in DIR and a later run measures them again
without generating (new migrations are applied first), so 100,000 articles are generated once.
The demo content is loaded first. Then one worker process per size serves requests in-process
with Django's test client (no page cache: ``PAGE_CACHE_SECONDS=0``, each request renders): per
page, two warm-ups and a query count on each size, then ``--repeat`` rounds of one request on
each size in turn, so the sizes share whatever else the machine is doing. Prints, per page and
size, the median wall-clock and CPU milliseconds (CPU: the worker's and, on PostgreSQL, its
backend's, from /proc) with the query count, and the ratios of the largest size to the
smallest.
Targets: each page at 100k within 1.2x its time at 1k; the admin list under 300 ms.
"""

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PGBIN = Path("/usr/lib/postgresql/15/bin")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Postgres:
    """A PostgreSQL 15 cluster in ``data`` (a new temporary folder if None), on a free port.

    A cluster already in ``data`` is started as it is; a temporary one is removed on exit.
    """

    def __init__(self, data=None):
        self.keep = data is not None
        self.data = Path(data) if data else Path(tempfile.mkdtemp(prefix="growth-pg-"))

    def __enter__(self):
        self.port = free_port()
        run_as_postgres = ["runuser", "-u", "postgres", "--"]
        if not (self.data / "PG_VERSION").exists():
            self.data.mkdir(parents=True, exist_ok=True)
            shutil.chown(self.data, "postgres", "postgres")
            subprocess.run(
                [*run_as_postgres, PGBIN / "initdb", "-D", self.data, "-U", "postgres"]
                + ["-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"],
                check=True,
                capture_output=True,
            )
            new = True
        else:
            new = False
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.data} -c fsync=off"
        subprocess.run(
            [*run_as_postgres, PGBIN / "pg_ctl", "-D", self.data, "-l", self.data / "log", "-w"]
            + ["-o", options, "start"],
            check=True,
            capture_output=True,
        )
        if new:
            self.psql("CREATE ROLE app LOGIN CREATEDB PASSWORD 'app'")
        return self

    def psql(self, sql):
        admin = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        result = subprocess.run(
            ["psql", "-qAt", admin, "-c", sql], check=True, capture_output=True, text=True
        )
        return result.stdout.split()

    def url(self, name):
        return f"postgresql://app:app@127.0.0.1:{self.port}/{name}"

    def __exit__(self, *exc):
        subprocess.run(
            ["runuser", "-u", "postgres", "--", PGBIN / "pg_ctl", "-D", self.data, "-m", "fast"]
            + ["stop"],
            capture_output=True,
        )
        if not self.keep:
            shutil.rmtree(self.data, ignore_errors=True)


def measure_database(database, sizes, repeat, keep, only=None):
    """Grow a database per size (the kept one, or a copy of the largest smaller one grown to
    the size), then time the pages on all sizes in turn, one request each, so a busy spell
    on the machine falls on every size alike."""
    env = {
        **os.environ,
        "HEALTH_LIBRARY_LOCAL": "1",
        "PAGE_CACHE_SECONDS": "0",
        "ALLOWED_HOSTS": "testserver",
        "LOG_LEVEL": "WARNING",
    }
    for name in ("CACHE_URL", "REDIS_URL", "DEBUG", "DATABASE_REPLICA_URL"):
        env.pop(name, None)
    env["DATABASE_CONN_MAX_AGE"] = "3600"  # one PostgreSQL backend, whose CPU time is read

    def grow(url, size):
        command = [sys.executable, __file__, "--worker", "grow", "--sizes", str(size)]
        subprocess.run(command, env={**env, "DATABASE_URL": url}, check=True)

    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="growth-"))
    folder.mkdir(parents=True, exist_ok=True)
    urls = {}
    try:
        if database == "postgresql":
            with Postgres(folder / "postgresql" if keep else None) as cluster:
                for size in sorted(sizes):
                    name = f"growth_{size}"
                    existing = cluster.psql(
                        "SELECT datname FROM pg_database WHERE datname LIKE 'growth\\_%'"
                    )
                    if name not in existing:
                        smaller = [n for n in existing if int(n.split("_")[1]) < size]
                        template = max(smaller, key=lambda n: int(n.split("_")[1]), default=None)
                        copy = f" TEMPLATE {template}" if template else ""
                        cluster.psql(f"CREATE DATABASE {name} OWNER app{copy}")
                    urls[size] = cluster.url(name)
                    grow(urls[size], size)
                return measure_interleaved(urls, repeat, env, only)
        for size in sorted(sizes):
            path = folder / f"growth-{size}.sqlite3"
            if not path.exists():
                smaller = [(int(p.stem.split("-")[1]), p) for p in folder.glob("growth-*.sqlite3")]
                smaller = [(n, p) for n, p in smaller if n < size]
                if smaller:
                    shutil.copyfile(max(smaller)[1], path)
            urls[size] = f"sqlite:///{path}"
            grow(urls[size], size)
        return measure_interleaved(urls, repeat, env, only)
    finally:
        if not keep:
            shutil.rmtree(folder, ignore_errors=True)


def measure_interleaved(urls, repeat, env, only=None):
    """One serving worker per size; each page is requested ``repeat`` times on each size in
    turn. Returns {size: {page: {"ms", "cpu", "queries"}}} (medians)."""
    workers = {}
    for size, url in urls.items():
        command = [sys.executable, __file__, "--worker", "serve", "--sizes", str(size)]
        workers[size] = subprocess.Popen(
            command,
            env={**env, "DATABASE_URL": url},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(size, request):
        workers[size].stdin.write(json.dumps(request) + "\n")
        workers[size].stdin.flush()
        return json.loads(workers[size].stdout.readline())

    try:
        pages = {size: ask(size, {"pages": True}) for size in workers}
        results = {str(size): {} for size in workers}
        for page in pages[min(workers)]:
            if only and page not in only:
                continue
            samples = {size: ask(size, {"warm": page}) for size in workers}
            for size in workers:
                samples[size].update(ms=[], cpu=[])
            for _ in range(repeat):
                for size in workers:
                    sample = ask(size, {"time": page})
                    samples[size]["ms"].append(sample["ms"])
                    samples[size]["cpu"].append(sample["cpu"])
            for size, sample in samples.items():
                result = {
                    "ms": statistics.median(sample["ms"]),
                    "cpu": statistics.median(sample["cpu"]),
                    "queries": sample["queries"],
                }
                results[str(size)][page] = result
                print(f"{size}: {page} {result}", file=sys.stderr, flush=True)
                if page == "sitemap section":
                    # A section grows with the site up to 50,000 URLs: its time per 1,000
                    # URLs is the like-for-like figure.
                    per = 1000 / max(sample["urls"], 1)
                    results[str(size)]["sitemap section, per 1,000 URLs"] = {
                        "ms": result["ms"] * per,
                        "cpu": result["cpu"] * per,
                        "queries": result["queries"],
                    }
        return results
    finally:
        for process in workers.values():
            process.stdin.close()
            process.wait()


def worker(mode, size):
    """``grow``: migrate, load the demo, generate up to ``size`` articles, refresh statistics.
    ``serve``: answer requests from stdin ({"pages"}, {"warm": page}, {"time": page}) on
    stdout, one JSON line each."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "health_library.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from taggit.models import Tag

    from articles.models import Article, Category

    users = get_user_model().objects
    if mode == "grow":
        call_command("collectstatic", interactive=False, verbosity=0)  # production's static
        call_command("migrate", verbosity=0)
        if not users.filter(username="bench").exists():  # a new database
            call_command("load_demo", "--no-login", verbosity=0)
            users.create_superuser("bench", "bench@example.com", "x")
        missing = size - Article.objects.count()
        if missing > 0:
            print(
                f"{connection.vendor}: generating {missing} articles (to {size})", file=sys.stderr
            )
            call_command("generate_articles", missing, stdout=sys.stderr)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # What autovacuum does after a bulk load: statistics, and the visibility map
                # that lets counts read an index alone.
                for table in connection.introspection.table_names(cursor):
                    cursor.execute(f'VACUUM ANALYZE "{table}"')
            else:
                cursor.execute("ANALYZE")
        return

    def cpu_ns():
        """CPU time of this process and of its PostgreSQL backend (same machine), in ns."""
        total = time.process_time_ns()
        if connection.vendor == "postgresql" and connection.connection is not None:
            pid = connection.connection.info.backend_pid
            with open(f"/proc/{pid}/schedstat") as stat:
                total += int(stat.read().split()[0])
        return total

    reader, admin = Client(), Client()
    admin.force_login(users.get(username="bench"))
    middle = Article.objects.published().order_by("pk")[size // 2]
    topic = Category.objects.annotate(n=Count("articles")).order_by("-n").first()
    tag = Tag.objects.annotate(n=Count("taggit_taggeditem_items")).order_by("-n").first()
    pages = {
        "article": (reader, middle.get_absolute_url()),
        "home": (reader, "/"),
        "topic": (reader, topic.get_absolute_url()),
        "tag, last page": (reader, f"/tags/{tag.slug}/?page=last"),
        "search": (reader, "/search/?q=eczema+therapy"),
        # The made-up word and the number of one article's title: one match at any size.
        "search, rare word": (reader, "/search/?q=" + "+".join(middle.title.split()[2::4])),
        "sitemap index": (reader, "/sitemap.xml"),
        "sitemap section": (reader, "/sitemap-articles.xml"),
        "RSS feed": (reader, "/feed/"),
        "admin article list": (admin, "/admin/articles/article/"),
        "admin list, filtered": (
            admin,
            f"/admin/articles/article/?status__exact=published&category__id__exact={topic.pk}",
        ),
        "admin list, searched": (admin, "/admin/articles/article/?q=eczema"),
    }
    for line in sys.stdin:
        request = json.loads(line)
        if "pages" in request:
            answer = list(pages)
        elif "warm" in request:
            client, url = pages[request["warm"]]
            for _ in range(2):
                response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            answer = {"queries": len(queries), "urls": response.content.count(b"<url>")}
        else:
            client, url = pages[request["time"]]
            started, started_cpu = time.perf_counter(), cpu_ns()
            client.get(url)
            cpu = (cpu_ns() - started_cpu) / 1e6
            answer = {"ms": (time.perf_counter() - started) * 1000, "cpu": cpu}
        print(json.dumps(answer), flush=True)


def print_table(database, sizes, results):
    """Per page and size: median wall-clock ms / median CPU ms (queries); then the ratios of
    the largest size to the smallest. CPU time (this process's and, on PostgreSQL, its
    backend's) is what the page costs; wall-clock time also counts waiting for a core on a
    busy machine."""
    first, last = str(sizes[0]), str(sizes[-1])
    header = [f"{size:,}: ms / CPU ms (queries)" for size in sizes]
    header += [f"{int(last) // 1000}k/{int(first) // 1000}k ms", "CPU"]
    print(f"\n{database}\n| page | " + " | ".join(header) + " |")
    print("| --- |" + " --- |" * len(header))
    for page in results[first]:
        cells = []
        for size in sizes:
            result = results[str(size)][page]
            cells.append(f"{result['ms']:.1f} / {result['cpu']:.1f} ({result['queries']})")
        ratio = results[last][page]["ms"] / results[first][page]["ms"]
        cpu = results[last][page]["cpu"] / results[first][page]["cpu"]
        print(f"| {page} | " + " | ".join(cells) + f" | {ratio:.2f} | {cpu:.2f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    parser.add_argument("--sizes", nargs="+", type=int, default=[1000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--keep", metavar="DIR", help="keep (and reuse) the grown databases here")
    parser.add_argument("--pages", nargs="+", metavar="PAGE", help='only these, e.g. "home"')
    parser.add_argument("--worker", choices=["grow", "serve"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args.worker, args.sizes[0])
    for database in args.databases:
        measured = measure_database(database, args.sizes, args.repeat, args.keep, args.pages)
        print_table(database, sorted(args.sizes), measured)


if __name__ == "__main__":
    main()
