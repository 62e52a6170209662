from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    """The text of one article as search sees it: one row per article, published or not.

    Visibility is decided when searching, with ``Article.objects.published()``, so publishing,
    scheduling or unpublishing never leaves this index stale; only text changes need a refresh
    (``search.indexing.index_article``, called by ``Article.save()``). The full-text index over
    these rows is the database's own: an FTS5 table kept in step by triggers on SQLite, the
    ``vector`` column with a GIN index on PostgreSQL (see migration 0002).
    """

    article = models.OneToOneField(
        "articles.Article",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_document",
    )
    title = models.TextField()
    standfirst = models.TextField(blank=True)
    body = models.TextField(blank=True)
    faq = models.TextField(blank=True)
    tags = models.TextField(blank=True)
    # PostgreSQL only: the weighted tsvector of the columns above. Unused (NULL) on SQLite.
    vector = SearchVectorField(null=True, editable=False)

    def __str__(self):
        return self.title
