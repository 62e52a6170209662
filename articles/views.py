from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.views.generic import ListView
from taggit.models import Tag

from articles.models import Article, Category, OldSlug
from articles.paginators import FromEitherEndPaginator
from pagecache import tags
from pagecache.middleware import public_page
from pagecache.tags import page_changes_at, tag_page
from sitewide.context_processors import load_sitewide

HOME_LATEST = 6


def home(request):
    # The newest article an editor featured (or else the newest), then the latest: each read
    # from an index in order (sorting on is_featured would sort every article).
    newest = list(Article.objects.published().for_cards()[:HOME_LATEST])
    featured = Article.objects.published().for_cards().featured().first()
    featured = featured or (newest[0] if newest else None)
    context = {
        "featured": featured,
        "latest_articles": [a for a in newest if a != featured][: HOME_LATEST - 1],
    }
    return render(request, "articles/home.html", context)


@public_page
def article_detail(request, slug):
    article = Article.objects.published().for_page().filter(slug=slug).first()
    if article is None:
        # A renamed article keeps its old address: redirect permanently to the new one.
        old = get_object_or_404(OldSlug.objects.select_related("article"), slug=slug)
        if not old.article.is_published():
            raise Http404
        return redirect(old.article, permanent=True)
    context = article_context(article)
    tag_page(request, *tags.article_page_tags(article))
    page_changes_at(request, article.review_overdue_from())
    return render(request, "articles/article_detail.html", context)


def article_context(article):
    """What the article template needs; shared with previews so they match the real page."""
    sitewide = load_sitewide()
    next_review = article.next_review(sitewide.settings.overdue_review_display)
    return {
        "article": article,
        "next_review": next_review,
        "byline_fragment": f"byline {next_review}",
        # Queried only when the page's "related" fragment is not stored (pagecache/).
        "related_articles": SimpleLazyObject(article.related),
        "disclaimers": article.shown_disclaimers(default=sitewide.parts["default_disclaimer"]),
        "corrections": [note for note in article.corrections.all() if note.is_public],
    }


class ArticleListView(ListView):
    paginate_by = 12
    paginator_class = FromEitherEndPaginator  # ?page=last as cheap as page 1
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


class TagDetailView(ArticleListView):
    template_name = "articles/tag_detail.html"

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        # An IN over the tag's articles rather than a join: databases then start from the tag's
        # few rows instead of walking every published article (SQLite did, at 100,000).
        return (
            super().get_queryset().filter(pk__in=Article.objects.filter(tags=self.tag).values("pk"))
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)
