from django.urls import path

from pagecache.middleware import public_page
from pagecache.tags import ARTICLES
from sitewide import views

app_name = "sitewide"

urlpatterns = [
    path("", public_page(views.home, tags=[ARTICLES]), name="home"),
    path("<slug:slug>/", public_page(views.page_detail), name="page"),
]
