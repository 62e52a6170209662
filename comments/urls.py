from django.urls import path

from comments import views

app_name = "comments"

urlpatterns = [
    path("post/<int:article_pk>/", views.post_comment, name="post"),
    path("<int:pk>/reply/", views.reply, name="reply"),
    path("received/<str:token>/", views.received, name="received"),
    path("stamp/", views.stamp, name="stamp"),
]
