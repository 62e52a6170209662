"""Sitemap sections of the home page, articles, topics and tags (the index: health_library/urls.py).

``/sitemap.xml`` is a sitemap index; each section is at ``/sitemap-<section>.xml`` and split into
pages of at most 50,000 URLs (``?p=2``, ...), the protocol's limit. ``lastmod`` is the date
readers see (``READER_DATE``), not every save of an article's admin fields.

The article section is paged by id (``IdRangePaginator``): page p lists the published articles
among ``limit`` consecutive ids, so the index learns how many pages there are from the first and
last id (two index lookups) instead of counting every published article, and a page reads one
id range.

Query shapes matter at 100,000 articles: a listing's lastmod comes from one GROUP BY over the
published articles (``latest_by``), never a correlated subquery per tag or topic (SQLite ran
those once per published article: minutes for the tag section). Items are plain values where a
model instance would only be built to read its slug.
"""

from functools import cached_property
from urllib.parse import quote

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.urls import reverse
from django.utils.http import RFC3986_SUBDELIMS
from taggit.models import Tag

from articles.models import READER_DATE, Article, Category


def latest_by(field):
    """{value of ``field``: newest reader date} over published articles, in one GROUP BY."""
    rows = (
        Article.objects.published()
        .filter(**{f"{field}__isnull": False})
        .values_list(field)
        .annotate(latest=Max(READER_DATE))
        .order_by()  # the default ordering would join the GROUP BY
    )
    return dict(rows)


def slug_urls(name):
    """``reverse(name, kwargs={"slug": ...})`` for thousands of slugs: resolved once, then each
    slug is quoted into the address as ``reverse()`` quotes it (reverse() itself took half of a
    50,000-URL sitemap's time)."""
    placeholder = "slug-placeholder"
    pattern = reverse(name, kwargs={"slug": placeholder})
    safe = RFC3986_SUBDELIMS + "/~:@"
    return lambda slug: pattern.replace(placeholder, quote(slug, safe=safe))


class BoundedItems:
    """A section's items, when listing them takes a scan but a cheap upper bound on how many
    there are exists (every tag, every author).

    While the bound fits in one sitemap page, ``len()`` is the bound: the index learns "one
    page" without the scan; the section itself slices, which loads the real items.
    """

    def __init__(self, load, bound, limit):
        self.load, self.bound, self.limit = load, bound, limit

    @cached_property
    def items(self):
        return self.load()

    def __len__(self):
        bound = self.bound()
        return bound if bound <= self.limit else len(self.items)

    def __getitem__(self, index):
        return self.items[index]


class IdRangePaginator(Paginator):
    """Pages of ``per_page`` consecutive ids of the queryset's model, from its first id.

    A page holds at most ``per_page`` items (fewer where ids belong to deleted or unpublished
    rows); the number of pages comes from the first and last id, not a count.
    """

    @cached_property
    def bounds(self):
        ids = self.object_list.model.objects.values_list("pk", flat=True)
        return ids.order_by("pk").first(), ids.order_by("-pk").first()

    @cached_property
    def num_pages(self):
        first, last = self.bounds
        return 1 if first is None else (last - first) // self.per_page + 1

    def page(self, number):
        number = self.validate_number(number)
        first = self.bounds[0] or 0
        low = first + (number - 1) * self.per_page
        rows = self.object_list.filter(pk__gte=low, pk__lt=low + self.per_page)
        return self._get_page(rows, number, self)


class PairSitemap(Sitemap):
    """A section whose items are (slug, date readers see) pairs, with ``url_for(slug)``.

    ``_urls`` is Django's loop without its per-item attribute lookups (location, priority,
    lastmod, changefreq through ``_get``): the same entries, a fraction of the time over
    50,000 URLs.
    """

    def location(self, item):
        return self.url_for(item[0])

    def lastmod(self, item):
        return item[1]

    def _urls(self, page, protocol, domain):
        base = f"{protocol}://{domain}"
        url_for = self.url_for
        priority = getattr(self, "priority", None)
        priority = str(priority if priority is not None else "")
        changefreq = getattr(self, "changefreq", None)
        urls, latest, all_dated = [], None, True
        for item in self.paginator.page(page).object_list:
            slug, lastmod = item
            urls.append(
                {
                    "item": item,
                    "location": base + url_for(slug),
                    "lastmod": lastmod,
                    "changefreq": changefreq,
                    "priority": priority,
                    "alternates": [],
                }
            )
            if lastmod is None:
                all_dated = False
            elif latest is None or lastmod > latest:
                latest = lastmod
        if all_dated and latest:
            self.latest_lastmod = latest
        return urls


class ArticleSitemap(PairSitemap):
    priority = 0.8
    limit = 50_000  # URLs per sitemap page: the sitemaps.org maximum

    @property
    def paginator(self):
        return IdRangePaginator(self.items(), self.limit)

    def items(self):
        return (
            Article.objects.published()
            .with_reader_date()
            .order_by("pk")
            .values_list("slug", "reader_date")
        )

    @cached_property
    def url_for(self):
        return slug_urls("articles:detail")

    def get_latest_lastmod(self):
        # Django's default calls lastmod() on every item: 100,000 rows for the index.
        return Article.objects.published().latest_reader_date()


class CategorySitemap(Sitemap):
    priority = 0.5

    @cached_property
    def latest(self):
        return latest_by("category_id")

    def items(self):
        return list(Category.objects.all())

    def lastmod(self, category):
        return self.latest.get(category.pk)

    def get_latest_lastmod(self):
        return None  # in the index it would cost a scan of every article; sections carry it


class SlugSitemap(PairSitemap):
    """A section of (slug, date readers see) pairs: tags, authors. Subclasses give ``latest``
    (slug → date), ``model`` (for the cheap size bound) and ``url_name``."""

    limit = 50_000

    def items(self):
        return BoundedItems(
            lambda: sorted(self.latest.items()), self.model.objects.count, self.limit
        )

    @cached_property
    def url_for(self):
        return slug_urls(self.url_name)

    def get_latest_lastmod(self):
        return None  # in the index it would cost a scan of every article; sections carry it


class TagSitemap(SlugSitemap):
    """Tags with at least one published article; the rest would list nothing."""

    priority = 0.3
    limit = 50_000

    @cached_property
    def latest(self):
        return latest_by("tags__slug")

    model = Tag
    url_name = "tag"


class HomeSitemap(Sitemap):
    priority = 1.0
    changefreq = "daily"

    def items(self):
        return ["home"]

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        return Article.objects.published().latest_reader_date()
