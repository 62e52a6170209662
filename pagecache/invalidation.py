"""What a change drops: model changes mapped to the cache tags of the pages that show them.

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

from django.contrib.sites.models import Site
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from taggit.models import Tag

from pagecache import purge, store, tags


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


# --- What each model's change drops -------------------------------------------------------


def _article_tags(article, old=None):
    from articles.models import Article

    names = {tags.article(article.pk)}
    was_published = bool(old) and old["status"] == Article.Status.PUBLISHED
    if article.status != Article.Status.PUBLISHED and not was_published:
        return names  # a draft: no public page shows it
    names.add(tags.ARTICLES)
    categories = {article.category_id, old["category_id"] if old else None} - {None}
    names.update(tags.category(pk) for pk in categories)
    names.update(tags.tag(pk) for pk in article.tags.values_list("pk", flat=True))
    # Articles that picked this one as related show its card.
    pickers = Article.related_articles.through.objects.filter(to_article_id=article.pk)
    names.update(tags.article(pk) for pk in pickers.values_list("from_article_id", flat=True))
    return names


def _inline_tags(link, old=None):
    """An article's authors, references, FAQ or change log."""
    names = {tags.article(link.article_id)}
    author_ids = {getattr(link, "author_id", None), (old or {}).get("author_id")} - {None}
    if author_ids:  # author pages list the articles written
        names.add(tags.ARTICLES)
        names.update(tags.author(pk) for pk in author_ids)
    return names


def _comment_tags(comment, old=None):
    from comments.models import Comment

    approved = Comment.Status.APPROVED
    if comment.status == approved or (old and old["status"] == approved):
        return {tags.article(comment.article_id)}
    return set()  # held, rejected and spam comments are on no page: a flood re-renders nothing


def _articles_showing(**lookup):
    """The ``article:<pk>`` tags of the articles matching ``lookup`` (one query)."""
    from articles.models import Article

    return {
        tags.article(pk) for pk in Article.objects.filter(**lookup).values_list("pk", flat=True)
    }


def _author_tags(author_id):
    names = {tags.author(author_id), tags.AUTHORS}
    names |= _articles_showing(authors=author_id) | _articles_showing(medical_reviewer=author_id)
    return names


def _source_tags(source, old=None):
    return {tags.source(source.pk)} | _articles_showing(article_references__source=source.pk)


def _disclaimer_tags(disclaimer, old=None):
    names = {tags.disclaimer(disclaimer.pk)} | _articles_showing(disclaimers=disclaimer.pk)
    if disclaimer.is_default or (old and old["is_default"]):
        names.add(tags.SITEWIDE)  # shown on every article without a disclaimer of its own
    return names


def _registry():
    """model -> (fields whose previous value matters, function(instance, old) -> tags)."""
    from articles.models import (
        Article,
        ArticleAuthor,
        ArticleReference,
        Category,
        Disclaimer,
        FAQItem,
    )
    from authors.models import Author, ProfileLink
    from comments.models import Comment
    from editorial.models import CorrectionNote
    from references.models import Source
    from sitewide.models import SitePage, SiteSettings

    return {
        Article: (("status", "category_id"), _article_tags),
        ArticleAuthor: (("author_id",), _inline_tags),
        ArticleReference: ((), _inline_tags),
        FAQItem: ((), _inline_tags),
        CorrectionNote: ((), _inline_tags),
        Comment: (("status",), _comment_tags),
        # People, sources and disclaimers: the pages of the articles showing them too.
        Author: ((), lambda author, old: _author_tags(author.pk)),
        ProfileLink: ((), lambda link, old: _author_tags(link.author_id)),
        Source: ((), _source_tags),
        # Topic names are in the navigation of every page and on article cards.
        Category: ((), lambda c, old: {tags.category(c.pk), tags.SITEWIDE, tags.ARTICLES}),
        Tag: ((), lambda t, old: {tags.tag(t.pk), tags.ARTICLES}),
        Disclaimer: (("is_default",), _disclaimer_tags),
        SiteSettings: ((), lambda s, old: {tags.SITEWIDE}),
        SitePage: ((), lambda p, old: {tags.SITEWIDE}),
        Site: ((), lambda s, old: {tags.SITEWIDE}),  # absolute links in feeds and sitemaps
    }


REGISTRY = {}


def _remember_old(sender, instance, raw=False, **kwargs):
    fields = REGISTRY[sender][0]
    if fields and instance.pk and not raw:
        instance._pagecache_old = (
            sender._base_manager.filter(pk=instance.pk).values(*fields).first()
        )


def _saved(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata
        return
    old = getattr(instance, "_pagecache_old", None)
    instance._pagecache_old = None
    invalidate(REGISTRY[sender][1](instance, old))


def _article_deleting(sender, instance, **kwargs):
    # Before the delete: its tags are deleted with it.
    invalidate(_article_tags(instance))


def _deleted(sender, instance, **kwargs):
    invalidate(REGISTRY[sender][1](instance, None))


def _m2m_changed(sender, instance, action, model, pk_set, **kwargs):
    from articles.models import Article, Disclaimer

    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    if isinstance(instance, Article):
        names = _article_tags(instance)
        by_model = {Tag: tags.tag, Disclaimer: tags.disclaimer, Article: tags.article}
        if model in by_model and pk_set:
            names.update(by_model[model](pk) for pk in pk_set)
        invalidate(names)
    elif model is Article and type(instance) in REGISTRY:
        # e.g. disclaimer.articles.add(...): the articles and the other side's own pages.
        names = {tags.article(pk) for pk in pk_set or ()} | {tags.ARTICLES}
        invalidate(names | REGISTRY[type(instance)][1](instance, None))


def connect():
    REGISTRY.update(_registry())
    from articles.models import Article

    for model in REGISTRY:
        uid = f"pagecache-{model._meta.label}"
        pre_save.connect(_remember_old, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(_saved, sender=model, dispatch_uid=f"{uid}-save")
        if model is Article:
            pre_delete.connect(_article_deleting, sender=model, dispatch_uid=f"{uid}-delete")
        else:
            post_delete.connect(_deleted, sender=model, dispatch_uid=f"{uid}-delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid="pagecache-m2m")
