from django.core.management.base import BaseCommand

from articles.models import Article
from search.indexing import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the search index from every article (after bulk imports or an upgrade)."

    def handle(self, *args, **options):
        count = rebuild_index(Article.objects.all())
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} articles."))
