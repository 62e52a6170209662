"""Time full-text search over 10,000 generated articles.

    .venv/bin/python bench/search_10k.py                    # SQLite file in /tmp (FTS5)
    DATABASE_URL=postgresql://app:app@127.0.0.1:5435/app \\
        .venv/bin/python bench/search_10k.py                # PostgreSQL (tsvector + GIN)

SQLite: a new database file in /tmp, removed afterwards. PostgreSQL: a throwaway database
(``test_<name>``, as the test runner makes) on the server DATABASE_URL points to, dropped
afterwards. Prints the median and 95th percentile of what the search page does for a query
(count the matches, fetch the first page of 10, cut their snippets), and of the whole page.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "health_library.settings")
os.environ.setdefault("HEALTH_LIBRARY_LOCAL", "1")
os.environ.pop("CACHE_URL", None)
os.environ.pop("REDIS_URL", None)
IS_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")
SQLITE_FILE = Path(tempfile.gettempdir()) / f"search-bench-{os.getpid()}.sqlite3"
if not IS_POSTGRES:
    os.environ["DATABASE_URL"] = f"sqlite:///{SQLITE_FILE}"

import django  # noqa: E402  (settings come from the environment set above)

django.setup()

from django.core.management import call_command  # noqa: E402
from django.core.paginator import Paginator  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles.models import Article, Category  # noqa: E402
from search.indexing import rebuild_index  # noqa: E402
from search.query import add_snippets, search_articles  # noqa: E402

# Words planted at known rates, so queries hit many, some or few articles.
PLANTED = {"eczema": 0.10, "interferon": 0.02, "psoriasis": 0.005, "urticaria": 0.001}
QUERIES = [
    "eczema",  # ~1,000 articles
    "interferon",  # ~200
    "psoriasis",  # ~50
    "urticaria",  # ~10
    "eczema interferon",
    "eczema itching treatment",
    "what is psoriasis?",
    "therapy",  # a common generated word
    "zzzznothing",  # no match
    '"NEAR(eczema*',  # syntax characters are plain text
]


def vocabulary(rng, size=6000):
    syllables = ["ka", "lo", "mi", "ne", "ra", "tu", "si", "po", "de", "gan", "vel", "tor", "ix"]
    words = {"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(size * 2)}
    common = ["the", "and", "of", "to", "in", "skin", "treatment", "therapy", "itching", "doctor"]
    return common + sorted(words)[:size]


def paragraph(rng, words, weights, length):
    text = rng.choices(words, weights=weights, k=length)
    for word, rate in PLANTED.items():
        if rng.random() < rate:
            text[rng.randrange(length)] = word
    return " ".join(text)


def generate(count, seed=4):
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]  # Zipf-like, as in real text
    categories = [
        Category.objects.create(name=f"Topic {n}", slug=f"topic-{n}", position=n) for n in range(8)
    ]
    now = timezone.now()
    articles = []
    for n in range(count):
        sections = [
            (paragraph(rng, words, weights, 4), paragraph(rng, words, weights, 120))
            for _ in range(5)
        ]
        body = "".join(f"<h2>{heading}</h2><p>{text}</p>" for heading, text in sections)
        articles.append(
            Article(
                title=paragraph(rng, words, weights, 6).capitalize(),
                slug=f"article-{n}",
                standfirst=paragraph(rng, words, weights, 30),
                body=body,
                body_html=body,  # bulk_create skips save(): the rendered body is set directly
                category=categories[n % len(categories)],
                status=Article.Status.PUBLISHED if n % 10 else Article.Status.DRAFT,
                published_at=now - datetime.timedelta(hours=n),
                word_count=600,
            )
        )
    Article.objects.bulk_create(articles, batch_size=500)


def timed(function, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def summary(times):
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the database (to inspect)")
    options = parser.parse_args()

    server_database = connection.settings_dict["NAME"]
    if IS_POSTGRES:
        connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    else:
        call_command("migrate", verbosity=0)
    try:
        started = time.perf_counter()
        generate(options.articles)
        generated = time.perf_counter() - started
        started = time.perf_counter()
        indexed = rebuild_index(Article.objects.all())
        indexing = time.perf_counter() - started
        if IS_POSTGRES:
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        if IS_POSTGRES:
            version = connection.cursor().connection.info.server_version  # e.g. 150018
            engine = f"PostgreSQL {version // 10000}.{version % 10000}"
        else:
            engine = f"SQLite {_sqlite_version()}"
        print(f"{engine}: {options.articles} articles generated in {generated:.1f} s,")
        print(f"  {indexed} indexed in {indexing:.1f} s (90% published)")

        client = Client(HTTP_HOST="127.0.0.1")
        all_query, all_page = [], []
        print(f"  {'query':<28} {'matches':>7}   search (count, page of 10, snippets)")
        for text in QUERIES:
            queryset = search_articles(Article.objects.published().for_cards(), text)

            def search(queryset=queryset, text=text):
                page = Paginator(queryset, 10).page(1) if queryset.count() else None
                return add_snippets(page.object_list, text) if page else []

            search()  # warm up
            query_times = timed(search, options.repeats)
            page_times = timed(lambda text=text: client.get("/search/", {"q": text}), 3)
            all_query += query_times
            all_page += page_times
            print(f"  {text!r:<28} {queryset.count():>7}   {summary(query_times)}")
        print(f"  all queries: search  {summary(all_query)}")
        print(f"  all queries: page    {summary(all_page)}  (whole response)")
    finally:
        if options.keep:
            print(f"  kept {connection.settings_dict['NAME']}")
        elif IS_POSTGRES:
            connection.creation.destroy_test_db(server_database, verbosity=0)
        else:
            connection.close()
            SQLITE_FILE.unlink(missing_ok=True)


def _sqlite_version():
    import sqlite3

    return sqlite3.sqlite_version


if __name__ == "__main__":
    main()
