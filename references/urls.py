from django.urls import path

from references import views

app_name = "references"

# Beside the article page (/articles/<slug>/), which these cannot be mistaken for: no slash.
urlpatterns = [
    path("articles/<str:slug>/references.ris", views.article_ris, name="article_ris"),
    path("articles/<str:slug>/references.bib", views.article_bibtex, name="article_bibtex"),
]
