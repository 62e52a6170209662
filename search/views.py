from django.views.generic import ListView

from articles.models import Article
from search.query import MAX_QUERY_LENGTH, add_snippets, search_articles, search_terms


class SearchView(ListView):
    """Ranked full-text results for ``?q=``, with highlighted snippets."""

    paginate_by = 10
    template_name = "search/search_results.html"

    def get_queryset(self):
        self.query = " ".join(self.request.GET.get("q", "")[:MAX_QUERY_LENGTH].split())
        return search_articles(Article.objects.published().for_cards(), self.query)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            query=self.query, has_terms=bool(search_terms(self.query)), **kwargs
        )
        page = context["page_obj"]
        if page is not None:
            page.object_list = add_snippets(page.object_list, self.query)
        return context
