"""Keep the search index in step with articles.

``index_article`` runs after every ``Article.save()``, whoever saves (a ``post_save`` receiver,
connected in search/apps.py, so that articles/ need not import the search; ``bulk_create()``
and ``update()`` bypass it: run rebuild_search_index after bulk imports). The admin saves an
article once more after its inlines (FAQ, tags, references), so the entry sees the final FAQ
and tags. A deleted article takes its entry with it (``on_delete=CASCADE``; on SQLite a
trigger then removes the FTS5 row). Status and dates are not indexed: results are filtered by
``Article.objects.published()`` when searching.
"""

import re

from bs4 import BeautifulSoup
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction

from search.models import SearchDocument

# PostgreSQL text-search configuration; SQLite's FTS5 table uses the Porter stemmer to match.
CONFIG = "english"

# Highlight markers: private-use characters that never occur in indexed text (it is stripped of
# them), so snippets can be escaped as plain text first and marked up afterwards.
MARK_START, MARK_END = "\ue000", "\ue001"

# Title matches count most, then standfirst and tags, then FAQ, then body.
WEIGHTED_VECTOR = (
    SearchVector("title", weight="A", config=CONFIG)
    + SearchVector("standfirst", "tags", weight="B", config=CONFIG)
    + SearchVector("faq", weight="C", config=CONFIG)
    + SearchVector("body", weight="D", config=CONFIG)
)


_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([.,;:!?)\]])")


def _clean(text):
    text = " ".join(text.replace(MARK_START, "").replace(MARK_END, "").split())
    # Text pieces are joined with spaces (so paragraphs do not run together); undo that
    # before punctuation that followed inline markup, as in "<em>word</em>.".
    return _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)


def body_text(body_html):
    """The words a reader reads in the rendered body, without citation numbers."""
    soup = BeautifulSoup(body_html or "", "html.parser")
    for citation in soup.select("sup.citation"):
        citation.decompose()
    return _clean(soup.get_text(" "))


def document_fields(article, body_texts=None):
    """The entry's text; ``body_texts`` memoises body_text() across a batch of articles."""
    faq = " ".join(f"{item.question} {item.answer}" for item in article.faqs.all())
    if body_texts is None:
        body = body_text(article.body_html)
    else:
        body = body_texts.get(article.body_html) or body_texts.setdefault(
            article.body_html, body_text(article.body_html)
        )
    return {
        "title": _clean(article.title),
        "standfirst": _clean(article.standfirst),
        "body": body,
        "faq": _clean(faq),
        "tags": _clean(" ".join(tag.name for tag in article.tags.all())),
    }


def index_article(article):
    """Create or refresh the search entry of one article."""
    with transaction.atomic():
        SearchDocument.objects.update_or_create(
            article_id=article.pk, defaults=document_fields(article)
        )
        if connection.vendor == "postgresql":
            SearchDocument.objects.filter(pk=article.pk).update(vector=WEIGHTED_VECTOR)


def index_articles(articles, batch_size=500):
    """Add entries for ``articles`` (new articles without one, e.g. after ``bulk_create``)."""
    articles = articles.prefetch_related("faqs", "tags").order_by("pk")
    body_texts = {}  # articles sharing a body (generated ones) parse it once
    with transaction.atomic():
        batch = []
        for article in articles.iterator(chunk_size=batch_size):
            fields = document_fields(article, body_texts)
            batch.append(SearchDocument(article_id=article.pk, **fields))
            if len(batch) >= batch_size:
                _add_documents(batch)
                batch = []
        _add_documents(batch)


def _add_documents(documents):
    SearchDocument.objects.bulk_create(documents)
    if connection.vendor == "postgresql" and documents:
        ids = [document.pk for document in documents]
        SearchDocument.objects.filter(pk__in=ids).update(vector=WEIGHTED_VECTOR)


def optimize_index():
    """After thousands of inserts, merge SQLite's many small FTS5 segments into one."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def rebuild_index(articles, batch_size=500):
    """Replace the whole index with entries for ``articles`` (e.g. after bulk imports)."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        index_articles(articles, batch_size=batch_size)
    optimize_index()
    return SearchDocument.objects.count()
