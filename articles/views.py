from django.db.models import Q
from django.shortcuts import get_object_or_404, render
from django.views.generic import ListView

from articles.models import Article, Category
from sitewide.context_processors import load_sitewide


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.published().for_page(), slug=slug)
    context = {
        "article": article,
        "related_articles": article.related(),
        "disclaimers": article.shown_disclaimers(default=load_sitewide().default_disclaimer),
    }
    return render(request, "articles/article_detail.html", context)


class ArticleListView(ListView):
    paginate_by = 12
    template_name = "articles/article_list.html"

    def get_queryset(self):
        return Article.objects.published().for_cards()


class CategoryDetailView(ArticleListView):
    template_name = "articles/category_detail.html"

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return super().get_queryset().filter(category=self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            category=self.category, current_category=self.category, **kwargs
        )


class SearchView(ArticleListView):
    """Simple title and summary matching; ranked full-text search replaces it (issue 4)."""

    template_name = "articles/search_results.html"

    def get_queryset(self):
        self.query = self.request.GET.get("q", "").strip()[:200]
        if not self.query:
            return Article.objects.none()
        matches = Q()
        for word in self.query.split()[:10]:
            matches &= Q(title__icontains=word) | Q(standfirst__icontains=word)
        return super().get_queryset().filter(matches)

    def get_context_data(self, **kwargs):
        return super().get_context_data(query=self.query, **kwargs)
