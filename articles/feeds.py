"""RSS 2.0 and Atom feeds of published articles: site-wide, per topic and per tag."""

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from taggit.models import Tag

from articles.models import Article, ArticleAuthor, Category
from sitewide.context_processors import load_sitewide

FEED_LENGTH = 20


class LatestArticlesFeed(Feed):
    """The newest published articles, newest first."""

    def title(self, obj=None):
        return load_sitewide().settings.site_name

    def description(self, obj=None):
        site = load_sitewide().settings
        return site.description or site.tagline or f"The latest articles from {site.site_name}."

    def link(self, obj=None):
        return reverse("home")

    def author_name(self, obj=None):
        site = load_sitewide().settings
        return site.company_name or site.site_name

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj=None):
        # Fixed queries for any feed length: cards' columns, then authors and tags prefetched.
        return (
            self.articles(obj)
            .for_cards()
            .prefetch_related(
                Prefetch(
                    "article_authors", queryset=ArticleAuthor.objects.select_related("author")
                ),
                "tags",
            )[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        # updated_at, not last_updated: that one also reads corrections, a query per item.
        if item.updated_at and item.updated_at > item.published_at:
            return item.updated_at
        return item.published_at

    def item_author_name(self, item):
        return "; ".join(author.name for author in item.ordered_authors()) or None

    def item_categories(self, item):
        names = [item.category.name] if item.category else []
        return names + [tag.name for tag in item.tags.all()]


class LatestArticlesAtomFeed(LatestArticlesFeed):
    feed_type = Atom1Feed
    subtitle = LatestArticlesFeed.description


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, obj=None):
        return f"{obj.name} | {load_sitewide().settings.site_name}"

    def description(self, obj=None):
        return obj.description or f"The latest articles about {obj.name}."

    def link(self, obj=None):
        return obj.get_absolute_url()

    def articles(self, obj):
        return Article.objects.published().filter(category=obj)


class CategoryAtomFeed(CategoryFeed):
    feed_type = Atom1Feed
    subtitle = CategoryFeed.description


class TagFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def title(self, obj=None):
        return f"{obj.name} | {load_sitewide().settings.site_name}"

    def description(self, obj=None):
        return f"The latest articles tagged “{obj.name}”."

    def link(self, obj=None):
        return reverse("tag", kwargs={"slug": obj.slug})

    def articles(self, obj):
        return Article.objects.published().filter(tags=obj)


class TagAtomFeed(TagFeed):
    feed_type = Atom1Feed
    subtitle = TagFeed.description
