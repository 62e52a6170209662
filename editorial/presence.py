"""Who has an article open in the admin, so others know unsaved work may exist.

Kept in the cache (shared by all app servers when Redis is configured), never in the database:
it is a hint that expires on its own.
"""

import time

from django.core.cache import cache

OPEN_FOR_SECONDS = 30 * 60


def _key(article_id):
    return f"editorial:presence:{article_id}"


def note_opened(article_id, user):
    editors = cache.get(_key(article_id), {})
    now = time.time()
    editors = {uid: entry for uid, entry in editors.items() if now - entry[1] < OPEN_FOR_SECONDS}
    editors[user.pk] = (user.get_full_name() or user.get_username(), now)
    cache.set(_key(article_id), editors, OPEN_FOR_SECONDS)


def note_saved(article_id, user):
    editors = cache.get(_key(article_id), {})
    if editors.pop(user.pk, None):
        cache.set(_key(article_id), editors, OPEN_FOR_SECONDS)


def others_editing(article_id, user):
    """[(name, minutes since they opened it)] for other people with the article open."""
    now = time.time()
    return [
        (name, int((now - opened) // 60))
        for uid, (name, opened) in cache.get(_key(article_id), {}).items()
        if uid != user.pk and now - opened < OPEN_FOR_SECONDS
    ]
