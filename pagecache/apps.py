from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class PagecacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        # Each app's cache_tags.py names its models' tags and says what a change drops.
        autodiscover_modules("cache_tags")
