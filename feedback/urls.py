from django.urls import path

from feedback import views

app_name = "feedback"

urlpatterns = [
    path("<int:article_pk>/helpful/", views.helpful, name="helpful"),
    path("thanks/<str:token>/", views.thanks, name="thanks"),
    path("<int:article_pk>/report/", views.report, name="report"),
    path("<int:article_pk>/report/received/", views.report_received, name="report_received"),
]
