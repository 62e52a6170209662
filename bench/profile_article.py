"""Profile the article page's render path (the page cache off): milliseconds per render and
where the time goes.

    HEALTH_LIBRARY_LOCAL=1 DATABASE_URL=sqlite:////tmp/demo.db \
        .venv/bin/python bench/profile_article.py

Needs a database with the demo content (`manage.py migrate && manage.py load_demo --no-login`).
"""

import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "health_library.settings")
os.environ["PAGE_CACHE_SECONDS"] = "0"

import django

django.setup()

from django.test import Client  # noqa: E402

from articles.models import Article  # noqa: E402

ROUNDS = int(os.environ.get("ROUNDS", "200"))


def main():
    article = Article.objects.published().order_by("-is_featured", "-published_at").first()
    url = article.get_absolute_url()
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.get(url).status_code == 200  # warm the site-wide context
    started = time.perf_counter()
    for _ in range(ROUNDS):
        client.get(url)
    per_render = (time.perf_counter() - started) / ROUNDS * 1000
    print(f"{url}: {per_render:.1f} ms per render ({ROUNDS} renders, page cache off)")
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(50):
        client.get(url)
    profiler.disable()
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(int(os.environ.get("LINES", "35")))


if __name__ == "__main__":
    main()
