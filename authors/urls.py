from django.urls import path

from authors import views

app_name = "authors"

urlpatterns = [path("<str:slug>/", views.AuthorDetailView.as_view(), name="detail")]
