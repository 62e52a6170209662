"""Who has an article open in the admin, so others know unsaved work may exist.

Kept in the cache (shared by all app servers when Redis is configured), never in the database.
An open change form sends a heartbeat every minute and a goodbye when it closes
(static/articles/change_form.js); someone whose heartbeat stops counts as gone after
``GONE_AFTER_SECONDS``, so the notice never outlives the people it names by long.
"""

import time

from django.core.cache import cache

HEARTBEAT_SECONDS = 60
GONE_AFTER_SECONDS = 150


def _key(article_id):
    return f"editorial:presence:{article_id}"


def _present(article_id):
    now = time.time()
    entries = cache.get(_key(article_id), {})
    return {uid: e for uid, e in entries.items() if now - e["seen"] < GONE_AFTER_SECONDS}


def _store(article_id, entries):
    cache.set(_key(article_id), entries, GONE_AFTER_SECONDS)


def note_here(article_id, user):
    """The user has the article open now (on opening it, and with every heartbeat)."""
    entries = _present(article_id)
    now = time.time()
    opened = entries.get(user.pk, {}).get("opened", now)
    name = user.get_full_name() or user.get_username()
    entries[user.pk] = {"name": name, "opened": opened, "seen": now}
    _store(article_id, entries)


def note_left(article_id, user):
    """The user closed the form, or saved it (their changes are no longer unsaved)."""
    entries = _present(article_id)
    if entries.pop(user.pk, None):
        _store(article_id, entries)


def others_editing(article_id, user):
    """[(name, minutes since they opened it)] for other people with the article open now."""
    now = time.time()
    return [
        (entry["name"], int((now - entry["opened"]) // 60))
        for uid, entry in _present(article_id).items()
        if uid != user.pk
    ]
