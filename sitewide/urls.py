from django.urls import path

from pagecache.middleware import public_page
from sitewide import views

app_name = "sitewide"

urlpatterns = [
    path("<slug:slug>/", public_page(views.page_detail), name="page"),
]
