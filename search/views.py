from django.views.generic import ListView

from articles.models import Article
from search import query as search_query
from search.query import MAX_QUERY_LENGTH, add_snippets, ranked_matches, search_terms


class SearchView(ListView):
    """Ranked full-text results for ``?q=``, with highlighted snippets."""

    paginate_by = 10
    template_name = "search/search_results.html"

    def get_queryset(self):
        self.query = " ".join(self.request.GET.get("q", "")[:MAX_QUERY_LENGTH].split())
        matches, self.more_matches = ranked_matches(
            Article.objects.published().for_cards(), self.query
        )
        return matches

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            query=self.query,
            has_terms=bool(search_terms(self.query)),
            more_matches=self.more_matches,
            max_ranked=f"{search_query.MAX_RANKED:,}",
            **kwargs,
        )
        page = context["page_obj"]
        if page is not None:
            page.object_list = add_snippets(page.object_list, self.query)
        return context
