from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site: our own example content and `manage.py load_demo` (used by `make run`).

    It sits above every other app (it fills them all), so no app needs to import it.
    """

    name = "demo"
    verbose_name = "Demo content"
