from django.urls import path

from articles import views
from pagecache.middleware import public_page
from pagecache.tags import ARTICLES

app_name = "articles"

urlpatterns = [
    path("", public_page(views.ArticleListView.as_view(), tags=[ARTICLES]), name="list"),
    path("<str:slug>/", views.article_detail, name="detail"),
]
