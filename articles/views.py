from django.shortcuts import get_object_or_404, render
from django.views.generic import ListView

from articles.models import Article, Category


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.published().for_page(), slug=slug)
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "related_articles": article.related()},
    )


class ArticleListView(ListView):
    paginate_by = 12
    template_name = "articles/article_list.html"

    def get_queryset(self):
        return Article.objects.published().select_related("category")


class CategoryDetailView(ArticleListView):
    template_name = "articles/category_detail.html"

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return super().get_queryset().filter(category=self.category)

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)
