"""Whole pages in Django's cache, each stored with the versions of the tags it was built from.

A tag names something a page shows (``article:12``, ``author:3``, ``sitewide``). Each tag has a
version in the cache: a random token, replaced when what it names changes (``bump``). A stored
page carries the versions its tags had when it was stored; on read, one ``get_many`` fetches the
current versions, and any difference means the page is stale. This needs only get/set/add, so it
works the same on the local memory cache and on Redis (no sets, no scans, no flush).

A hit should cost one cache round trip, not two: each page also has a small *validated* key,
the generation token under which its tag versions were last found current. If it equals the
current generation, no tag can have changed since (every bump replaces the generation after its
tags), so one ``get_many`` of page, validated key and generation serves it. After any change the
first reader of each page checks its tags once and records the new generation.

Two races are closed:

- A page rendered from data read *before* a change commits, but stored *after* the change bumped
  its tags, would carry the new versions with old content. Every bump first replaces a global
  *generation* token; a page is stored only if the generation it read before rendering is still
  current after it read its tag versions, so a change that landed meanwhile discards it.
- A tag evicted from the cache (local memory culls) is recreated with a fresh token, never a
  predictable one, so pages stored against the old value can never match it again.

Every cache call fails open: an unreachable cache (Redis down) is a miss, never an error page.
"""

import hashlib
import logging
import time
import uuid
from dataclasses import dataclass, field

from django.core.cache import cache

log = logging.getLogger(__name__)

PREFIX = "pagecache:"
GENERATION_KEY = f"{PREFIX}generation"
# Kept for ever (timeout=None): an evicted tag only costs pages built against it a render.
TAG_TIMEOUT = None


def tag_key(tag):
    return f"{PREFIX}tag:{tag}"


def new_token():
    return uuid.uuid4().hex[:16]


@dataclass
class Entry:
    """One stored page: what the response carried, and what it was built from."""

    content: bytes
    status: int
    headers: list  # [(name, value)], without cookies, CSP, caching or Vary headers
    versions: dict  # tag -> version token when stored
    fresh_until: float  # wall-clock time (e.g. the next scheduled publication)
    stale_seconds: int = 0  # kept this long past freshness, to serve while one re-renders
    stored_at: float = field(default_factory=time.time)
    etag: str = ""

    def __post_init__(self):
        if not self.etag:  # once, when stored; not on every hit
            self.etag = '"' + hashlib.md5(self.content, usedforsecurity=False).hexdigest() + '"'

    @property
    def tags(self):
        return sorted(self.versions)


def _safely(default):
    """Run a cache operation; log and return ``default`` if the cache cannot be reached."""

    def decorate(function):
        def wrapper(*args, **kwargs):
            try:
                return function(*args, **kwargs)
            except Exception:  # redis.ConnectionError, timeouts, a full cache...
                log.warning("Page cache unavailable (%s)", function.__name__, exc_info=True)
                return default

        wrapper.__name__ = function.__name__
        wrapper.__doc__ = function.__doc__
        return wrapper

    return decorate


@_safely(default=None)
def generation():
    """The current generation token (created if missing); read before rendering a page."""
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, new_token(), timeout=TAG_TIMEOUT)
        token = cache.get(GENERATION_KEY)
    return token


def validated_key(key):
    return f"{key}:validated"


@_safely(default=(None, False))
def lookup(key):
    """Return (entry or None, is_fresh)."""
    found = cache.get_many([key, validated_key(key), GENERATION_KEY])
    entry = found.get(key)
    if entry is None:
        return None, False
    now = time.time()
    if now >= entry.fresh_until:
        return entry, False
    generation_now = found.get(GENERATION_KEY)
    if generation_now is not None and found.get(validated_key(key)) == generation_now:
        return entry, True  # nothing was bumped since its tags were last found current
    # Read after the generation: a bump that this read misses replaces the generation again.
    current = cache.get_many([tag_key(tag) for tag in entry.versions])
    fresh = all(current.get(tag_key(tag)) == version for tag, version in entry.versions.items())
    if fresh and generation_now is not None:
        cache.set(validated_key(key), generation_now, timeout=entry_timeout(entry, now))
    return entry, fresh


def entry_timeout(entry, now):
    return max(1, int(entry.fresh_until - now)) + entry.stale_seconds


@_safely(default=None)
def store(key, *, content, status, headers, tags, fresh_until, started_generation, stale_seconds):
    """Store a page built from ``tags``: the entry, False if a change landed while it was
    rendered (it may show the old state), None if the cache cannot be reached."""
    if started_generation is None:
        return None  # the cache could not be reached
    keys = [tag_key(tag) for tag in tags]
    current = cache.get_many(keys)
    for missing in set(keys) - set(current):
        cache.add(missing, new_token(), timeout=TAG_TIMEOUT)
    if len(current) < len(keys):
        current = cache.get_many(keys)
    # Read after the tag versions: bump() replaces the generation before the tags.
    if cache.get(GENERATION_KEY) != started_generation or len(current) < len(keys):
        return False
    entry = Entry(
        content=content,
        status=status,
        headers=headers,
        versions={tag: current[tag_key(tag)] for tag in tags},
        fresh_until=fresh_until,
        stale_seconds=stale_seconds,
    )
    # Kept past freshness so that one reader re-renders while the others get this copy, and so
    # that it can be served if rendering fails (database down).
    timeout = entry_timeout(entry, time.time())
    cache.set_many({key: entry, validated_key(key): started_generation}, timeout=timeout)
    return entry


@_safely(default=None)
def bump(tags):
    """Make every page built from any of ``tags`` stale."""
    tags = set(tags)
    if not tags:
        return
    # Before the tags: a page rendering meanwhile is then not stored (store()). After them
    # again: a page validated under the generation of the first write is checked again.
    cache.set(GENERATION_KEY, new_token(), timeout=TAG_TIMEOUT)
    cache.set_many({tag_key(tag): new_token() for tag in tags}, timeout=TAG_TIMEOUT)
    cache.set(GENERATION_KEY, new_token(), timeout=TAG_TIMEOUT)


@_safely(default=None)
def delete(key):
    cache.delete_many([key, validated_key(key)])


@_safely(default=True)  # no cache, no lock: render
def acquire(key, seconds):
    """Take the right to render ``key`` (one request at a time); True if taken."""
    return cache.add(f"{key}:lock", 1, timeout=seconds)


@_safely(default=None)
def release(key):
    cache.delete(f"{key}:lock")


@_safely(default=None)
def versions(tags):
    """The current version of each tag (created when missing), or None without a cache."""
    keys = {tag_key(tag): tag for tag in tags}
    current = cache.get_many(list(keys))
    for missing in set(keys) - set(current):
        cache.add(missing, new_token(), timeout=TAG_TIMEOUT)
    if len(current) < len(keys):
        current = cache.get_many(list(keys))
    return {keys[key]: value for key, value in current.items()}


@_safely(default=False)
def unchanged_since(started_generation):
    return started_generation is not None and cache.get(GENERATION_KEY) == started_generation


@_safely(default=None)
def get(key):
    return cache.get(key)


@_safely(default=None)
def put(key, value, timeout):
    cache.set(key, value, timeout=timeout)
