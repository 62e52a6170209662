import os

from django.conf import settings
from django.core.cache import cache
from django.db import connection


def test_suite_runs_on_the_database_and_cache_it_was_given():
    """CI runs the suite twice; this proves the second run really used PostgreSQL and Redis."""
    url = os.environ.get("DATABASE_URL", "sqlite")
    expected = "postgresql" if url.startswith("postgres") else "sqlite"
    assert connection.vendor == expected
    if os.environ.get("CACHE_URL"):
        assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
        cache.set("ci-probe", "β", 5)
        assert cache.get("ci-probe") == "β"
