"""Articles in the page cache: the tags naming them, what a change drops, when the published set
changes by itself (scheduled publishing). Found by pagecache/apps.py."""

import math

from django.db.models import Min, Q
from django.utils import timezone
from taggit.models import Tag

from articles.models import (
    Article,
    ArticleAuthor,
    ArticleReference,
    Category,
    Disclaimer,
    FAQItem,
)
from pagecache import invalidation, schedule, tags


def article_tags(article, old=None):
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


def inline_tags(link, old=None):
    """An article's authors, references, FAQ or change log (editorial's CorrectionNote too)."""
    names = {tags.article(link.article_id)}
    author_ids = {getattr(link, "author_id", None), (old or {}).get("author_id")} - {None}
    if author_ids:  # author pages list the articles written
        names.add(tags.ARTICLES)
        names.update(tags.author(pk) for pk in author_ids)
    return names


def articles_showing(**lookup):
    """The ``article:<pk>`` tags of the articles matching ``lookup`` (one query)."""
    return {
        tags.article(pk) for pk in Article.objects.filter(**lookup).values_list("pk", flat=True)
    }


def disclaimer_tags(disclaimer, old=None):
    names = {tags.disclaimer(disclaimer.pk)} | articles_showing(disclaimers=disclaimer.pk)
    if disclaimer.is_default or (old and old["is_default"]):
        names.add(tags.SITEWIDE)  # shown on every article without a disclaimer of its own
    return names


def relation_tags(instance, model, pk_set):
    """An article's tags, disclaimers or related articles; or articles added to another row."""
    if isinstance(instance, Article):
        names = article_tags(instance)
        by_model = {Tag: tags.tag, Disclaimer: tags.disclaimer, Article: tags.article}
        if model in by_model and pk_set:
            names.update(by_model[model](pk) for pk in pk_set)
        return names
    if model is Article and type(instance) in invalidation.RULES:
        # e.g. disclaimer.articles.add(...): the articles and the other side's own pages.
        names = {tags.article(pk) for pk in pk_set or ()} | {tags.ARTICLES}
        return names | invalidation.tags_of(instance)
    return set()


# Before the delete: an article's tags are found through relations deleted with it.
invalidation.watch(Article, article_tags, fields=("status", "category_id"), before_delete=True)
invalidation.watch(ArticleAuthor, inline_tags, fields=("author_id",))
invalidation.watch(ArticleReference, inline_tags)
invalidation.watch(FAQItem, inline_tags)
# Topic names are in the navigation of every page and on article cards.
invalidation.watch(Category, lambda c, old: {tags.category(c.pk), tags.SITEWIDE, tags.ARTICLES})
invalidation.watch(Tag, lambda t, old: {tags.tag(t.pk), tags.ARTICLES})
invalidation.watch(Disclaimer, disclaimer_tags, fields=("is_default",))
invalidation.watch_relations(relation_tags)

tags.name_model(Article, lambda article: tags.article(article.pk))
tags.name_model(Category, lambda category: tags.category(category.pk))
tags.name_model(Tag, lambda tag: tags.tag(tag.pk))
tags.name_model(Disclaimer, lambda disclaimer: tags.disclaimer(disclaimer.pk))
tags.name_model(ArticleAuthor, lambda link: tags.author(link.author_id))
tags.name_model(ArticleReference, lambda link: tags.source(link.source_id))


@schedule.register
def next_scheduled_change():
    """Epoch seconds of the next publish_at or unpublish_at still ahead, or infinity."""
    now = timezone.now()
    times = Article.objects.filter(status=Article.Status.PUBLISHED).aggregate(
        publish=Min("published_at", filter=Q(published_at__gt=now)),
        unpublish=Min("unpublish_at", filter=Q(unpublish_at__gt=now)),
    )
    upcoming = [value.timestamp() for value in times.values() if value is not None]
    return min(upcoming, default=math.inf)
