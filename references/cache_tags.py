"""Sources in the page cache: the pages of the articles citing a source."""

from articles.cache_tags import articles_showing
from pagecache import invalidation, tags
from references.models import Source


def source_tags(source, old=None):
    return {tags.source(source.pk)} | articles_showing(article_references__source=source.pk)


invalidation.watch(Source, source_tags)
tags.name_model(Source, lambda source: tags.source(source.pk))
