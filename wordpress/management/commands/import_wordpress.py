"""python manage.py import_wordpress EXPORT.xml [--media-dir DIR] [--dry-run] [--report FILE]"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wordpress.imports import import_wordpress
from wordpress.wxr import WXRError, read_bytes


class Command(BaseCommand):
    help = (
        "Import a WordPress export (Tools → Export → All content): posts become draft "
        "articles, pages site pages, with authors, references, FAQ, images and comments. "
        "Running it again updates what it imported before."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="The WXR file WordPress wrote (.xml).")
        parser.add_argument(
            "--media-dir",
            help="A copy of the site's wp-content/uploads folder, to import the images.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would happen; change nothing."
        )
        parser.add_argument("--report", help="Also write the report to this file.")

    def handle(self, *args, export, media_dir, dry_run, report, **options):
        path = Path(export)
        if not path.is_file():
            raise CommandError(f"No such file: {export}")
        if media_dir and not Path(media_dir).is_dir():
            raise CommandError(f"No such folder: {media_dir}")
        try:
            parsed = read_bytes(path.read_bytes())
        except WXRError as error:
            raise CommandError(f"{path.name}: {error} Nothing was imported.") from None
        result = import_wordpress(
            export=parsed,
            file_name=path.name,
            media_dir=media_dir,
            is_dry_run=dry_run,
            progress=options["verbosity"] > 0,
        )
        text = result.text()
        if report:
            Path(report).write_text(text, encoding="utf-8")
        if options["verbosity"] > 1:
            self.stdout.write(text)
        if options["verbosity"] > 0:
            self.stdout.write(result.summary())
            self.stdout.write(f"Time taken: {result.seconds:.1f} s")
            if report:
                self.stdout.write(f"Report written to {report}")
