"""What a change drops: model changes mapped to the cache tags of the pages that show them.

What a change to each model drops is said by the app that owns the model, in its
``cache_tags.py`` (found by pagecache/apps.py as the admin finds ``admin.py``), with ``watch``
and ``watch_relations`` below: the page cache imports no content app, so every app can use it.

Why signals here, when STYLE.md says no signals for our own side effects: invalidation is not a
side effect of one workflow but a property of every write, whoever makes it (the admin and its
inlines, editorial transitions, reversion's revert, load_demo, the shell, a data migration). A
missed call would silently serve stale health information, so it hangs off the models
themselves. What signals cannot see is handled explicitly: ``QuerySet.update()`` and
``bulk_create()`` call ``invalidate()`` themselves (comments/moderation.py does).

Tags are bumped at once (so the next read in this process is fresh, also inside a test's
transaction) and again when the transaction commits: a reader that rendered the old data
between the change and the commit would otherwise store it under the new versions. Purges to
Varnish or a CDN are sent on commit only, once per transaction.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from pagecache import purge, store


class _OnCommit:
    """The tags changed in one transaction: bumped again and purged once, after it commits."""

    def __init__(self):
        self.names = set()

    def __call__(self):
        store.bump(self.names)
        purge.purge(self.names)


def invalidate(names):
    """Drop every stored page built from any of ``names``, now and when the transaction commits."""
    names = set(names)
    if not names:
        return
    store.bump(names)
    connection = transaction.get_connection()
    # One callback per transaction; a rolled-back transaction discards it with its changes.
    pending = next(
        (func for _, func, _ in connection.run_on_commit if isinstance(func, _OnCommit)), None
    )
    if pending is None:
        pending = _OnCommit()
        pending.names.update(names)
        transaction.on_commit(pending)  # outside a transaction this runs at once
    else:
        pending.names.update(names)


# --- Who says what a change drops ---------------------------------------------------------

RULES = {}  # model -> (fields whose previous value matters, function(instance, old) -> tags)
RELATION_RULES = []  # functions(instance, model, pk_set) -> tags, for many-to-many changes


def watch(model, tags_of, *, fields=(), before_delete=False):
    """Drop the pages showing a ``model`` row when it is saved or deleted.

    ``tags_of(instance, old)`` names them; ``old`` holds the previous values of ``fields`` (None
    for a new row or a delete). ``before_delete``: name them before the row goes, for tags
    found through relations that the delete removes.
    """
    RULES[model] = (tuple(fields), tags_of)
    uid = f"pagecache-{model._meta.label}"
    pre_save.connect(_remember_old, sender=model, dispatch_uid=f"{uid}-pre")
    post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}-save")
    deleted = pre_delete if before_delete else post_delete
    deleted.connect(_deleted, sender=model, dispatch_uid=f"{uid}-delete")


def watch_relations(tags_of):
    """Drop ``tags_of(instance, model, pk_set)`` (a set, maybe empty) when any many-to-many
    relation gains or loses rows (``m2m_changed``: ``model`` is the other side)."""
    RELATION_RULES.append(tags_of)
    m2m_changed.connect(_m2m_changed, dispatch_uid="pagecache-m2m")


def tags_of(instance):
    """What a watched row's own change would drop (empty for a model nobody watches)."""
    rule = RULES.get(type(instance))
    return rule[1](instance, None) if rule else set()


def _remember_old(sender, instance, raw=False, **kwargs):
    fields = RULES[sender][0]
    if fields and instance.pk and not raw:
        instance._pagecache_old = (
            sender._base_manager.filter(pk=instance.pk).values(*fields).first()
        )


def _saved(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata
        return
    old = getattr(instance, "_pagecache_old", None)
    instance._pagecache_old = None
    invalidate(RULES[sender][1](instance, old))


def _deleted(sender, instance, **kwargs):
    invalidate(RULES[sender][1](instance, None))


def _m2m_changed(sender, instance, action, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    names = set()
    for rule in RELATION_RULES:
        names |= rule(instance, model, pk_set)
    invalidate(names)
