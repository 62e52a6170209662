from django.core.management.base import BaseCommand, CommandError

from evidence.links import DOI_RESOLVER, LinkChecker, broken_by_article, check_all


class Command(BaseCommand):
    help = (
        "Check every reference's URL and DOI link, politely (one request at a time, a pause "
        "between requests to one host, a timeout), record status and redirects, and list broken "
        "links per article. Run it from cron, e.g. weekly."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--delay",
            type=float,
            default=1.0,
            help="Seconds between two requests to the same host (default 1).",
        )
        parser.add_argument(
            "--timeout",
            type=float,
            default=10.0,
            help="Seconds to wait for an answer (default 10).",
        )
        parser.add_argument(
            "--doi-resolver",
            default=DOI_RESOLVER,
            help=f"Base URL that DOIs are appended to (default {DOI_RESOLVER}).",
        )
        parser.add_argument(
            "--source", type=int, action="append", help="Only this source id (repeatable)."
        )

    def handle(self, *args, delay, timeout, doi_resolver, source, verbosity, **options):
        if delay < 0 or timeout <= 0:
            raise CommandError("--delay must be 0 or more and --timeout more than 0.")
        if not doi_resolver.startswith(("http://", "https://")):
            raise CommandError("--doi-resolver must be an http(s) URL.")
        checker = LinkChecker(timeout=timeout, delay=delay)

        def progress(source, link, url, result):
            if verbosity >= 2:
                self.stdout.write(f"{url}: {result.state} {result.status_code or result.error}")

        count = check_all(checker, doi_resolver=doi_resolver, source_ids=source, progress=progress)
        self.stdout.write(f"Checked {count} link{'s' if count != 1 else ''}.")
        broken = broken_by_article()
        if broken:
            self.stdout.write("Broken links by article:")
            for article, checks in sorted(broken.items(), key=lambda item: item[0].title):
                self.stdout.write(f"  {article}")
                for check in checks:
                    detail = f"HTTP {check.status_code}" if check.status_code else check.error
                    self.stdout.write(f"    {check.url} ({detail})")
