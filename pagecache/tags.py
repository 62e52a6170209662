"""Cache tags: the names of what a page shows, so that a change can find the pages to drop.

A view adds the tags of the objects it shows with ``tag_page(request, ...)``; the invalidation
module bumps the same names when those objects change. The apps name their models' rows with
``name_model`` (in their ``cache_tags.py``). Every page also carries ``SITEWIDE``
(header, footer, navigation, default disclaimer).

``ARTICLES`` means "the set of published articles and what their cards show": listings, home,
feeds, the sitemap and author pages carry it, and any change to an article that is (or was)
published bumps it. An article page instead carries its own tag, its people and sources, and
``category:<pk>`` / ``tag:<pk>`` for the related articles (membership of those sets changes when
an article in them is published, edited or unpublished), so editing one article does not drop
every other article page.
"""

SITEWIDE = "sitewide"
ARTICLES = "articles"
AUTHORS = "authors"


def article(pk):
    return f"article:{pk}"


def author(pk):
    return f"author:{pk}"


def source(pk):
    return f"source:{pk}"


def category(pk):
    return f"category:{pk}"


def tag(pk):
    return f"tag:{pk}"


def disclaimer(pk):
    return f"disclaimer:{pk}"


def tag_page(request, *tags):
    """Record that the page being rendered for ``request`` shows what ``tags`` name."""
    state = getattr(request, "page_cache", None)
    if state is not None:
        state.tags.update(tags)


def page_changes_at(request, moment):
    """Record that the page being rendered reads differently from ``moment`` (an aware datetime,
    or None) on, with no edit: e.g. "Review overdue" appears the day after the review was due.
    The stored copy, and shared caches' copies, must not outlive it."""
    state = getattr(request, "page_cache", None)
    if state is not None and moment is not None:
        state.changes_at = min(state.changes_at, moment.timestamp())


def article_page_tags(article_obj):
    """Everything an article page shows (uses the prefetches of ``Article.objects.for_page``).

    Related articles are the published ones picked by hand, sharing a tag or the category: a
    change to any of them bumps this article's tag (picked), or the tag's or category's.

    People, sources and disclaimers are not listed: a change to one of them bumps the tags of
    the articles that show it (pagecache/invalidation.py), so a read checks a handful of tags
    however many references the article has; writes are rarer than reads.
    """
    tags = {article(article_obj.pk)}
    if article_obj.category_id:
        tags.add(category(article_obj.category_id))
    tags.update(tag(t.pk) for t in article_obj.tags.all())
    return tags


NAMES = {}  # model -> function(instance) -> the tag naming it


def name_model(model, name_of):
    """Let ``names_of`` (and so ``{% fragment %}``) name a ``model`` row: ``name_of(row)``."""
    NAMES[model] = name_of


def names_of(targets):
    """Tag names for model instances, tag names, or (nested) lists of either."""
    names = set()
    for target in targets:
        if target is None or target == "":
            continue
        if isinstance(target, str):
            names.add(target)
        elif type(target) in NAMES:
            names.add(NAMES[type(target)](target))
        elif hasattr(target, "__iter__"):
            names.update(names_of(target))
        else:
            raise TypeError(f"No cache tag for {target!r}")
    return names
