from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.urls import include, path

from articles import feeds
from articles.sitemaps import ArticleSitemap, CategorySitemap, TagSitemap
from articles.views import CategoryDetailView, TagDetailView
from authors.sitemaps import AuthorSitemap
from images.views import media
from search.views import SearchView
from sitewide.sitemaps import HomeSitemap, SitePageSitemap
from sitewide.views import robots_txt

SITEMAPS = {
    "home": HomeSitemap,
    "pages": SitePageSitemap,
    "articles": ArticleSitemap,
    "topics": CategorySitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
}

admin.site.site_header = "Health Library"
admin.site.site_title = "Health Library admin"
admin.site.index_title = "Newsroom"
admin.site.index_template = "admin/dashboard.html"  # each person's queues (editorial/dashboard.py)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("preview/", include("editorial.urls")),
    path("", include("references.urls")),  # /articles/<slug>/references.ris and .bib
    path("articles/", include("articles.urls")),
    path("authors/", include("authors.urls")),
    path("topics/<str:slug>/", CategoryDetailView.as_view(), name="category"),
    path("tags/<str:slug>/", TagDetailView.as_view(), name="tag"),
    path("search/", SearchView.as_view(), name="search"),
    # Feeds: RSS 2.0 and Atom, site-wide, per topic and per tag.
    path("feed/", feeds.LatestArticlesFeed(), name="feed"),
    path("feed/atom/", feeds.LatestArticlesAtomFeed(), name="feed-atom"),
    path("topics/<str:slug>/feed/", feeds.CategoryFeed(), name="category-feed"),
    path("topics/<str:slug>/feed/atom/", feeds.CategoryAtomFeed(), name="category-feed-atom"),
    path("tags/<str:slug>/feed/", feeds.TagFeed(), name="tag-feed"),
    path("tags/<str:slug>/feed/atom/", feeds.TagAtomFeed(), name="tag-feed-atom"),
    # A sitemap index of sections, each split into pages of at most 50,000 URLs (?p=2, ...).
    path("sitemap.xml", sitemaps.index, {"sitemaps": SITEMAPS}, name="sitemap-index"),
    path(
        "sitemap-<section>.xml",
        sitemaps.sitemap,
        {"sitemaps": SITEMAPS, "template_name": "sitemap_section.xml"},
        name="django.contrib.sitemaps.views.sitemap",
    ),
    path("robots.txt", robots_txt, name="robots-txt"),
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
