"""python manage.py import_site EXPORT.zip"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.archives import ArchiveError, import_site


class Command(BaseCommand):
    help = (
        "Restore a site written by export_site into an empty database (run migrate first, "
        "and do not create users: the export has its own)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The zip file export_site wrote.")

    def handle(self, *args, archive, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No such file: {archive}")
        try:
            manifest = import_site(path=path)
        except ArchiveError as error:
            raise CommandError(f"{path.name}: {error} Nothing was changed.") from None
        rows, files = sum(manifest["counts"].values()), len(manifest["media"])
        if options["verbosity"] > 0:
            self.stdout.write(
                f"Restored {rows:,} rows and {files:,} media files from {path.name} "
                f"(exported {manifest['created_at']})."
            )
