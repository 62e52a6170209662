from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path

from articles import feeds
from articles.sitemaps import ArticleSitemap, CategorySitemap, HomeSitemap, TagSitemap
from articles.views import CategoryDetailView, TagDetailView, home
from authors.sitemaps import AuthorSitemap
from images.views import media
from pagecache.middleware import public_page
from pagecache.tags import ARTICLES, AUTHORS
from search.views import SearchView
from sitewide.sitemaps import SitePageSitemap
from sitewide.views import healthz, robots_txt

SITEMAPS = {
    "home": HomeSitemap,
    "pages": SitePageSitemap,
    "articles": ArticleSitemap,
    "topics": CategorySitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
}


def listing(view):
    """Feeds and the sitemap: public pages that list articles with their authors."""
    return public_page(view, tags=[ARTICLES, AUTHORS])


handler500 = "sitewide.views.server_error"

admin.site.site_header = "Health Library"
admin.site.site_title = "Health Library admin"
admin.site.index_title = "Newsroom"
admin.site.index_template = "admin/dashboard.html"  # each person's queues (editorial/dashboard.py)

urlpatterns = [
    path("", public_page(home, tags=[ARTICLES]), name="home"),
    path("admin/", admin.site.urls),
    path("preview/", include("editorial.urls")),
    path("", include("references.urls")),  # /articles/<slug>/references.ris and .bib
    path("", include("evidence.urls")),  # /articles/<slug>/how-this-article-was-made/
    path("articles/", include("articles.urls")),
    path("authors/", include("authors.urls")),
    path(
        "topics/<str:slug>/",
        public_page(CategoryDetailView.as_view(), tags=[ARTICLES]),
        name="category",
    ),
    path("tags/<str:slug>/", public_page(TagDetailView.as_view(), tags=[ARTICLES]), name="tag"),
    # The same results for everyone: cached per query until an article changes.
    path("search/", public_page(SearchView.as_view(), tags=[ARTICLES]), name="search"),
    # Feeds: RSS 2.0 and Atom, site-wide, per topic and per tag.
    path("feed/", listing(feeds.LatestArticlesFeed()), name="feed"),
    path("feed/atom/", listing(feeds.LatestArticlesAtomFeed()), name="feed-atom"),
    path("topics/<str:slug>/feed/", listing(feeds.CategoryFeed()), name="category-feed"),
    path(
        "topics/<str:slug>/feed/atom/",
        listing(feeds.CategoryAtomFeed()),
        name="category-feed-atom",
    ),
    path("tags/<str:slug>/feed/", listing(feeds.TagFeed()), name="tag-feed"),
    path("tags/<str:slug>/feed/atom/", listing(feeds.TagAtomFeed()), name="tag-feed-atom"),
    # A sitemap index of sections, each split into pages of at most 50,000 URLs (?p=2, ...);
    # crawlers fetch them often: cached like every public page, dropped when content changes.
    path("sitemap.xml", listing(sitemaps.index), {"sitemaps": SITEMAPS}, name="sitemap-index"),
    path(
        "sitemap-<section>.xml",
        listing(sitemaps.sitemap),
        {"sitemaps": SITEMAPS, "template_name": "sitemap_section.xml"},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("healthz", healthz, name="healthz"),
    path("robots.txt", public_page(robots_txt), name="robots-txt"),
    # Uploaded media. In production a CDN or object storage (MEDIA_URL) serves these instead.
    path(
        f"{settings.MEDIA_URL.strip('/')}/<path:path>",
        media,
    ),
    # Reader forms (comments, newsletter, page feedback): they post here from cached pages.
    path("comments/", include("comments.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("feedback/", include("feedback.urls")),
    # Last: site pages live at short, stable addresses such as /editorial-standards/.
    path("", include("sitewide.urls")),
]
