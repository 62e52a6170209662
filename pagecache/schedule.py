"""Scheduled publication without a worker: a stored page must not outlive the next scheduled
publish or unpublish time, because at that moment ``Article.objects.published()`` changes."""

import math
import time

from django.db.models import Min, Q

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


def next_scheduled_change():
    """Epoch seconds of the next publish_at or unpublish_at still ahead, or infinity."""
    from django.utils import timezone

    from articles.models import Article

    now = timezone.now()
    times = Article.objects.filter(status=Article.Status.PUBLISHED).aggregate(
        publish=Min("published_at", filter=Q(published_at__gt=now)),
        unpublish=Min("unpublish_at", filter=Q(unpublish_at__gt=now)),
    )
    upcoming = [value.timestamp() for value in times.values() if value is not None]
    return min(upcoming, default=math.inf)
