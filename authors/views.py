from django.shortcuts import get_object_or_404
from django.views.generic import ListView

from articles.models import Article
from authors.models import Author


class AuthorDetailView(ListView):
    """An author's profile with the articles they wrote."""

    paginate_by = 12
    template_name = "authors/author_detail.html"

    def get_queryset(self):
        self.author = get_object_or_404(
            Author.objects.prefetch_related("links"), slug=self.kwargs["slug"]
        )
        return Article.objects.published().filter(authors=self.author).for_cards()

    def get_context_data(self, **kwargs):
        return super().get_context_data(author=self.author, **kwargs)
