"""The admin article list at 100,000 articles: the rows without their heavy columns, a
paginator that does not count the whole table, and no per-load scan of every date."""

from django.contrib.admin.views.main import ChangeList

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
