from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from articles.views import CategoryDetailView, SearchView

admin.site.site_header = "Health Library"
admin.site.site_title = "Health Library admin"
admin.site.index_title = "Content"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("articles/", include("articles.urls")),
    path("authors/", include("authors.urls")),
    path("topics/<str:slug>/", CategoryDetailView.as_view(), name="category"),
    path("search/", SearchView.as_view(), name="search"),
    # Uploaded media. In production a CDN or object storage (MEDIA_URL) serves these instead.
    path(
        f"{settings.MEDIA_URL.strip('/')}/<path:path>",
        serve,
        {"document_root": settings.MEDIA_ROOT},
    ),
    # Last: site pages live at short, stable addresses such as /editorial-standards/.
    path("", include("sitewide.urls")),
]
