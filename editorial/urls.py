from django.urls import path

from editorial import views

app_name = "editorial"

urlpatterns = [
    path("<int:pk>/", views.preview, name="preview"),
    path("<int:pk>/revision/<int:version_id>/", views.preview, name="preview_revision"),
    path("shared/<str:token>/", views.shared_preview, name="shared_preview"),
]
