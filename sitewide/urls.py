from django.urls import path

from sitewide import views

app_name = "sitewide"

urlpatterns = [
    path("", views.home, name="home"),
    path("<slug:slug>/", views.page_detail, name="page"),
]
