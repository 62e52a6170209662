from django.urls import path

from authors import views
from pagecache.middleware import public_page
from pagecache.tags import ARTICLES

app_name = "authors"

urlpatterns = [
    path(
        "<str:slug>/", public_page(views.AuthorDetailView.as_view(), tags=[ARTICLES]), name="detail"
    )
]
