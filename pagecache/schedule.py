"""Scheduled publication without a worker: a stored page must not outlive the next scheduled
publish or unpublish time, because at that moment ``Article.objects.published()`` changes.
(articles/cache_tags.py tells the time with ``register``.)"""

import math
import time

from pagecache import store
from pagecache.tags import ARTICLES

KEY = f"{store.PREFIX}next-scheduled-change"


def fresh_until(seconds):
    """The time until which a page rendered now may be served: ``seconds`` from now, or the
    next scheduled change of any article if that is sooner.

    The next change is itself cached against the ``articles`` tag, so it is one query per
    article change (or per scheduled time passing), not one per render.
    """
    now = time.time()
    entry, fresh = store.lookup(KEY)
    if fresh:
        return min(now + seconds, entry.fresh_until)
    generation = store.generation()
    upcoming = next_scheduled_change()
    until = min(now + seconds, upcoming)
    store.store(
        KEY,
        content=b"",
        status=0,
        headers=[],
        tags=[ARTICLES],
        fresh_until=until,
        started_generation=generation,
        stale_seconds=0,
    )
    return until


SCHEDULES = []  # functions -> epoch seconds of their next scheduled change, or infinity


def register(next_change):
    """Let ``next_change()`` (epoch seconds, or ``math.inf``) limit how long pages are kept."""
    SCHEDULES.append(next_change)
    return next_change


def next_scheduled_change():
    """Epoch seconds of the next scheduled change of what public pages show, or infinity."""
    return min((next_change() for next_change in SCHEDULES), default=math.inf)
