"""The admin article list at 100,000 articles: the rows without their heavy columns, a
paginator that does not count the whole table, and no per-load scan of every date."""

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from taggit.models import Tag

from articles.models import Article
from articles.paginators import EstimatedCountPaginator


class ArticleChangeList(ChangeList):
    def get_queryset(self, request, exclude_parameters=None):
        # The list shows titles, states and dates: never load bodies (tens of KB per row).
        return (
            super()
            .get_queryset(request, exclude_parameters)
            .defer("body", "body_html", "toc", "citation_order", "citation_anchors")
        )


class LargeListMixin:
    """For ModelAdmins of tables that grow to 100,000 rows."""

    paginator = EstimatedCountPaginator
    show_full_result_count = False  # "12 results (100,000 total)" is a second COUNT(*)

    def get_changelist(self, request, **kwargs):
        return ArticleChangeList


class RecentTagFilter(admin.SimpleListFilter):
    """Filter by tag, offering the tags of the newest articles.

    Django's own filter for ``tags`` lists every tag on every load: 5,000 links at 100,000
    articles. Any tag still works from the address (``?tag=<slug>``), and the chosen one is
    always offered.
    """

    title = "tag"
    parameter_name = "tag"
    RECENT_ARTICLES = 200
    MAX_CHOICES = 40

    def lookups(self, request, model_admin):
        recent = Article.objects.order_by("-pk").values("pk")[: self.RECENT_ARTICLES]
        tags = list(
            Tag.objects.filter(
                taggit_taggeditem_items__object_id__in=recent,
                taggit_taggeditem_items__content_type__app_label="articles",
                taggit_taggeditem_items__content_type__model="article",
            )
            .distinct()
            .order_by("name")[: self.MAX_CHOICES]
        )
        chosen = self.value()
        if chosen and chosen not in {tag.slug for tag in tags}:
            tags += list(Tag.objects.filter(slug=chosen))
        return [(tag.slug, tag.name) for tag in tags]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(tags__slug=self.value())
        return queryset
