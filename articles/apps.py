from django.apps import AppConfig
from django.db.models.signals import pre_save


class ArticlesConfig(AppConfig):
    name = "articles"

    def ready(self):
        from taggit.models import Tag

        from articles.tags import give_every_tag_a_slug

        # A third-party model's save: a receiver is the only place to mend its slug.
        pre_save.connect(give_every_tag_a_slug, sender=Tag, dispatch_uid="tag-slug")
