from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "feedback"
    verbose_name = "Page feedback"

    def ready(self):
        from feedback import dashboard  # noqa: F401 -- adds the error reports to the dashboard
