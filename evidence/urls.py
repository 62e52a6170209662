from django.urls import path

from evidence import views

app_name = "evidence"

# Beside the article page (/articles/<slug>/); plain views, so a page cache can wrap them.
urlpatterns = [
    path(
        "articles/<str:slug>/how-this-article-was-made/",
        views.trail_page,
        name="trail",
    ),
    path(
        "articles/<str:slug>/how-this-article-was-made.json",
        views.trail_json,
        name="trail_json",
    ),
]
