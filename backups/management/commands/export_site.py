"""python manage.py export_site OUT.zip"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from backups.archives import FORMAT, VERSION, export_site


class Command(BaseCommand):
    help = (
        "Write the whole site (content, people, revisions, workflow, comments, subscribers, "
        f"settings, redirects and media files) to a zip file ({FORMAT} version {VERSION}); "
        "restore it with import_site."
    )

    def add_arguments(self, parser):
        parser.add_argument("output", help="The zip file to write, e.g. site-2026-12-01.zip.")

    def handle(self, *args, output, **options):
        path = Path(output)
        if not path.parent.is_dir():
            raise CommandError(f"No such folder: {path.parent}")
        manifest = export_site(path=path)
        rows = sum(manifest["counts"].values())
        if options["verbosity"] > 0:
            self.stdout.write(
                f"Wrote {path}: {rows:,} rows of {len(manifest['counts'])} kinds and "
                f"{len(manifest['media']):,} media files."
            )
