from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.views.generic import ListView

from articles.models import Article
from authors.models import Author
from pagecache import tags
from pagecache.tags import tag_page


class AuthorDetailView(ListView):
    """An author's profile with the articles they wrote and those they medically reviewed.

    Two independent paginated lists (``?page=`` and ``?reviewed_page=``): a fixed number of
    queries however many articles the person has.
    """

    paginate_by = 12
    template_name = "authors/author_detail.html"

    def get_queryset(self):
        self.author = get_object_or_404(
            Author.objects.prefetch_related("links"), slug=self.kwargs["slug"]
        )
        tag_page(self.request, tags.author(self.author.pk))
        return Article.objects.published().filter(authors=self.author).for_cards()

    def get_context_data(self, **kwargs):
        reviewed = Article.objects.published().filter(medical_reviewer=self.author).for_cards()
        reviewed_page = Paginator(reviewed, self.paginate_by).get_page(
            self.request.GET.get("reviewed_page")
        )
        return super().get_context_data(author=self.author, reviewed_page=reviewed_page, **kwargs)
