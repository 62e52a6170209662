from django.apps import AppConfig
from django.db.models.signals import pre_save


class ArticlesConfig(AppConfig):
    name = "articles"

    def ready(self):
        from taggit.models import Tag

        from articles.models import Category, Disclaimer
        from articles.tags import give_every_tag_a_slug
        from sitewide.context_processors import add_part

        # A third-party model's save: a receiver is the only place to mend its slug.
        pre_save.connect(give_every_tag_a_slug, sender=Tag, dispatch_uid="tag-slug")
        # Every page's navigation lists the topics; articles without a disclaimer show the
        # default one. Cached with the site's settings (both models clear it when saved).
        add_part("categories", lambda: list(Category.objects.all()))
        add_part("default_disclaimer", Disclaimer.objects.default)
