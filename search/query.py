"""Full-text search over articles: one interface, two database backends.

``search_articles(queryset, text)`` narrows any article queryset (normally
``Article.objects.published().for_cards()``) to the matches for ``text``, best first.
``ranked_matches`` does the same and says whether there were more matches than were ranked.
``title_matches(queryset, text)`` is the admin's search: words starting with those typed, in
titles, standfirsts and tags, unranked. ``add_snippets(page, text)`` then gives the articles
of one page a ``search_snippet``: plain text in which matched words sit between
``MARK_START``/``MARK_END``; ``highlight()`` turns that into safe HTML.

Ranking costs time in proportion to the matches, and a common word matches most articles
(nearly all of 100,000). So when a query has more than ``MAX_RANKED`` matches, only the newest
``MAX_RANKED`` (by article id, read from the end of the full-text index, which stops there) are
ranked, and the page says "more than 1,000 results": a rare word's matches are all ranked, a
common query's results stay the best of recent articles, and no query ranks every match.

- SQLite: the FTS5 table ``search_fts`` (migration 0002), ranked with ``bm25`` and cut with
  ``snippet``.
- PostgreSQL: ``django.contrib.postgres.search`` over ``SearchDocument.vector`` (GIN-indexed),
  ranked with ``ts_rank`` and cut with ``ts_headline``.

Readers' text never reaches either query language: it is reduced to words (``search_terms``),
each quoted, so quotes, ``*``, ``NEAR``, ``OR``, parentheses and the like are just characters.
"""

import re

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.utils.html import format_html, format_html_join

from search.indexing import CONFIG, MARK_END, MARK_START
from search.models import SearchDocument

MAX_QUERY_LENGTH = 200  # characters of the reader's text that are looked at
MAX_TERMS = 10  # words; more would only slow the query down
MAX_TERM_LENGTH = 40
SNIPPET_WORDS = 30
MAX_RANKED = 1000  # matches ranked at most: the newest ones (see above)

_WORD = re.compile(r"\w+")
_MARKED = re.compile(f"{MARK_START}(.*?){MARK_END}", re.DOTALL)

# FTS5 column weights for bm25, in the table's column order: title, standfirst, body, faq, tags.
_FTS_WEIGHTS = "10.0, 4.0, 1.0, 2.0, 4.0"


# Words too common to search for. PostgreSQL's "english" configuration drops these itself; FTS5
# does not, so without this "what is eczema" would need "what" and "is" in the text on SQLite.
STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with you your yours yourself yourselves""".split()
)


def search_terms(text):
    """The words of a reader's query that search looks for (possibly none)."""
    words = _WORD.findall((text or "")[:MAX_QUERY_LENGTH])
    terms = [
        word[:MAX_TERM_LENGTH]
        for word in words
        if word.strip("_") and word.lower() not in STOP_WORDS
    ]
    return terms[:MAX_TERMS]


def search_articles(queryset, text):
    """Matches for ``text`` within ``queryset``, best first (at most the newest MAX_RANKED)."""
    return ranked_matches(queryset, text)[0]


def ranked_matches(queryset, text):
    """(matches for ``text`` within ``queryset`` best first, whether more matched than that).

    One query finds the id of the newest match beyond ``MAX_RANKED``, if there is one; the
    matches ranked are then those with a larger id.
    """
    terms = search_terms(text)
    if not terms:
        return queryset.none(), False
    if connection.vendor == "postgresql":
        cutoff = _cutoff_postgresql(terms)
        return _search_postgresql(queryset, terms, cutoff), cutoff is not None
    cutoff = _cutoff_sqlite(terms)
    return _search_sqlite(queryset, terms, cutoff), cutoff is not None


def title_matches(queryset, text):
    """``queryset`` narrowed to the articles whose title, standfirst or tags have a word
    starting with each word of ``text`` (drafts too: every article has an index entry), or
    None if ``text`` has no word to look for.

    How an editor finds an article in the admin by typing part of its title ("ecz derm"): read
    from the full-text index, where a substring search (``icontains``) reads every article.
    Unranked: the admin list keeps its own order.
    """
    terms = search_terms(text)
    if not terms:
        return None
    if connection.vendor == "postgresql":
        # Prefix lexemes limited to weights A and B (title; standfirst and tags). Terms are
        # word characters only, so nothing in them is tsquery syntax.
        raw = " & ".join(f"{term}:*AB" for term in terms)
        documents = SearchDocument.objects.filter(
            vector=SearchQuery(raw, config=CONFIG, search_type="raw")
        )
        return queryset.filter(pk__in=documents.values("article_id"))
    match = " ".join(
        '{{title standfirst tags}} : "{}"*'.format(term.replace('"', '""')) for term in terms
    )
    ids = RawSQL("SELECT rowid FROM search_fts WHERE search_fts MATCH %s", [match])
    return queryset.filter(pk__in=ids)


def add_snippets(articles, text):
    """Set ``search_snippet`` on each of ``articles`` (one page of results): one query.

    Snippets are cut only for the page shown; in the ranking query they would be cut for every
    match before sorting (seconds for a common word over 10,000 articles).
    """
    articles = list(articles)
    terms = search_terms(text)
    if not articles or not terms:
        return articles
    if connection.vendor == "postgresql":
        snippets = _snippets_postgresql([a.pk for a in articles], terms)
    else:
        snippets = _snippets_sqlite([a.pk for a in articles], terms)
    for article in articles:
        article.search_snippet = snippets.get(article.pk, "")
    return articles


def _fts_match(terms):
    # Each term as an FTS5 string ("..."), so it is never read as syntax; all must match.
    return " ".join('"{}"'.format(term.replace('"', '""')) for term in terms)


def _cutoff_sqlite(terms):
    # FTS5 walks the matches from the largest rowid down and stops after MAX_RANKED + 1.
    sql = (
        "SELECT rowid FROM search_fts WHERE search_fts MATCH %s "
        "ORDER BY rowid DESC LIMIT 1 OFFSET %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [_fts_match(terms), MAX_RANKED])
        row = cursor.fetchone()
    return row[0] if row else None


def _search_sqlite(queryset, terms, cutoff):
    article_table = queryset.model._meta.db_table
    # bm25() only works in the query that MATCHes the FTS5 table, so the table is joined here.
    # The unary + keeps SQLite from driving the join from the articles' status index and
    # running MATCH once per published article: the FTS5 index must come first. A cutoff is a
    # rowid range FTS5 applies itself, so bm25 runs for the ranked matches only.
    where = [f'+search_fts.rowid = "{article_table}"."id"', "search_fts MATCH %s"]
    params = [_fts_match(terms)]
    if cutoff is not None:
        where.append("search_fts.rowid > %s")
        params.append(cutoff)
    return queryset.extra(
        tables=["search_fts"],
        where=where,
        params=params,
        select={"search_rank": f"bm25(search_fts, {_FTS_WEIGHTS})"},
    ).order_by("search_rank", "-published_at", "-pk")


def _snippets_sqlite(ids, terms):
    placeholders = ", ".join(["%s"] * len(ids))
    # From the body (column 2): the title is on the result already.
    sql = (
        f"SELECT rowid, snippet(search_fts, 2, %s, %s, '…', {SNIPPET_WORDS}) FROM search_fts "
        f"WHERE search_fts MATCH %s AND rowid IN ({placeholders})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [MARK_START, MARK_END, _fts_match(terms), *ids])
        return dict(cursor.fetchall())


def _query_postgresql(terms):
    return SearchQuery(" ".join(terms), config=CONFIG, search_type="plain")


def _cutoff_postgresql(terms):
    # Planned on the vector's statistics: a common query walks the primary key backwards and
    # stops after MAX_RANKED + 1 matches, a rare one takes its few matches from the GIN index.
    matches = SearchDocument.objects.filter(vector=_query_postgresql(terms))
    newest_first = matches.order_by("-article_id").values_list("article_id", flat=True)
    return newest_first[MAX_RANKED : MAX_RANKED + 1].first()


def _search_postgresql(queryset, terms, cutoff):
    query = _query_postgresql(terms)
    matches = queryset.filter(search_document__vector=query)
    if cutoff is not None:
        # On both sides of the join: PostgreSQL does not carry a range across it, and would
        # otherwise read every published article to join them with the ranked matches.
        matches = matches.filter(pk__gt=cutoff, search_document__article_id__gt=cutoff)
    return matches.annotate(search_rank=SearchRank(F("search_document__vector"), query)).order_by(
        "-search_rank", "-published_at", "-pk"
    )


def _snippets_postgresql(ids, terms):
    text = Concat("standfirst", Value(" "), "body", Value(" "), "faq", output_field=TextField())
    headline = SearchHeadline(
        text,
        _query_postgresql(terms),
        config=CONFIG,
        start_sel=MARK_START,
        stop_sel=MARK_END,
        max_words=SNIPPET_WORDS,
        min_words=SNIPPET_WORDS // 2,
    )
    documents = SearchDocument.objects.filter(pk__in=ids).annotate(snippet=headline)
    return dict(documents.values_list("pk", "snippet"))


def highlight(snippet):
    """Escape a snippet as text and wrap its matched words in <mark>."""
    pieces = _MARKED.split(snippet or "")
    # split() alternates: text, match, text, match, ..., text.
    texts = [_strip_markers(piece) for piece in pieces[0::2]]
    matches = [_strip_markers(piece) for piece in pieces[1::2]]
    marked = format_html_join("", "{}<mark>{}</mark>", zip(texts, matches, strict=False))
    return format_html("{}{}", marked, texts[-1])


def _strip_markers(text):
    return text.replace(MARK_START, "").replace(MARK_END, "")
