from django.apps import AppConfig
from django.db.models.signals import post_save


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        # A signal, like the page cache's invalidation: the index must follow every save of an
        # article (admin, workflow, revert, imports, the shell), and articles/ does not import
        # the search app that is built on it.
        from articles.models import Article

        post_save.connect(_index_saved_article, sender=Article, dispatch_uid="search.index")


def _index_saved_article(sender, instance, raw=False, **kwargs):
    from search.indexing import index_article

    if not raw:  # loaddata: fixtures are indexed by rebuild_search_index
        index_article(instance)
