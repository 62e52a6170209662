from django.core.management.base import BaseCommand, CommandError

from evidence.retractions import RetractionFileError, import_file, needing_attention


class Command(BaseCommand):
    help = (
        "Import the Retraction Watch database from a local CSV file (as distributed by Crossref) "
        "and list published articles citing retracted or corrected sources."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="retraction_watch.csv")

    def handle(self, *args, file, **options):
        try:
            result = import_file(file)
        except RetractionFileError as error:
            raise CommandError(f"{error} Nothing was imported.") from error
        self.stdout.write(
            f"Imported {result.created} new and {result.updated} updated Retraction Watch "
            f"records ({result.unchanged} unchanged)."
        )
        for line, reason in result.skipped:
            self.stderr.write(f"Line {line} skipped: {reason}.")
        notices = needing_attention()
        if notices:
            self.stdout.write(f"{len(notices)} cited source notice(s) need an editor:")
            for notice in notices:
                self.stdout.write(
                    f"  {notice.article} — {notice.source}: {notice.retraction.nature}"
                )
