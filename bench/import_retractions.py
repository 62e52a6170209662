"""How long the Retraction Watch import and the editors' list take at the real file's size.

    HEALTH_LIBRARY_LOCAL=1 .venv/bin/python bench/import_retractions.py [--records 60000]

Generates a CSV in the Crossref file's column layout (the real one has about 60,000 records,
~60 MB), imports it into a throwaway SQLite database (never the developer's db.sqlite3), imports
it again unchanged and with 1% of records changed, then times the "articles needing attention"
query over 200 published articles citing 2,000 sources, 20 of them retracted.
"""

import argparse
import csv
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = (
    "Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,"
    "RetractionDate,RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,"
    "OriginalPaperPubMedID,RetractionNature,Reason,Paywalled,Notes,"
).split(",")
NATURES = ["Retraction"] * 8 + ["Correction", "Expression of concern"]


def write_csv(path, count):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(count):
            writer.writerow(
                [
                    10000 + n,
                    f"A study of treatment effects, number {n}",
                    "(HSC) Medicine - Dermatology;",
                    "Department of Dermatology, Example University, Leeds, UK;",
                    "Journal of Example Dermatology",
                    "Example Publisher",
                    "United Kingdom",
                    "Ann Author;Bob Writer",
                    "https://retractionwatch.com/example/",
                    "Research Article;",
                    "8/16/2023 0:00",
                    f"10.9999/notice.{n}",
                    "0",
                    "9/24/2021 0:00",
                    f"10.1000/paper.{n}" if n % 7 else "unavailable",
                    str(20000000 + n) if n % 3 == 0 else "0",
                    NATURES[n % len(NATURES)],
                    "+Concerns/Issues About Data;+Investigation by Journal/Publisher;",
                    "No",
                    "",
                    "",
                ]
            )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=60000)
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="bench-retractions-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "health_library.settings"
    os.environ.setdefault("HEALTH_LIBRARY_LOCAL", "1")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.models import Article, ArticleReference
    from evidence.models import Retraction
    from evidence.retractions import import_file, needing_attention
    from references.models import Source

    try:
        call_command("migrate", verbosity=0)
        path = Path(folder) / "retraction_watch.csv"
        write_csv(path, args.records)
        size = path.stat().st_size / 1024 / 1024
        print(f"CSV: {args.records:,} records, {size:.1f} MB")

        start = time.perf_counter()
        result = import_file(path)
        first = time.perf_counter() - start
        assert result.created == Retraction.objects.count() == args.records
        print(f"first import:    {first:6.2f} s ({args.records / first:,.0f} records/s)")
        start = time.perf_counter()
        result = import_file(path)
        again = time.perf_counter() - start
        assert result.unchanged == args.records
        print(f"same file again: {again:6.2f} s (nothing to write)")
        # A month later: 1% of the records changed (new dates), as a newer file would have.
        text = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for n in range(1, len(text), 100):
            text[n] = text[n].replace("8/16/2023 0:00", "9/1/2023 0:00")
        path.write_text("".join(text), encoding="utf-8")
        start = time.perf_counter()
        result = import_file(path)
        month = time.perf_counter() - start
        print(f"1% changed:      {month:6.2f} s ({result.updated:,} updated)")

        sources = Source.objects.bulk_create(
            Source(title=f"Source {n}", doi=f"10.1000/paper.{n * 50 + 1}" if n < 20 else "")
            for n in range(2000)
        )
        articles = Article.objects.bulk_create(
            Article(title=f"Article {n}", slug=f"article-{n}", standfirst="s", status="published")
            for n in range(200)
        )
        ArticleReference.objects.bulk_create(
            ArticleReference(article=articles[n % 200], source=source)
            for n, source in enumerate(sources)
        )
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            notices = needing_attention()
            listing = time.perf_counter() - start
        print(
            f"attention list: {listing * 1000:6.1f} ms, {len(queries)} queries, "
            f"{len(notices)} notices over 200 articles / 2,000 sources"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
