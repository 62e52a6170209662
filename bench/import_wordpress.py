"""How long the WordPress import takes on WordPress's theme unit test export, and what it did.

    HEALTH_LIBRARY_LOCAL=1 .venv/bin/python bench/import_wordpress.py [--export FILE]

Into a throwaway SQLite database and media folder (never the developer's db.sqlite3): draws a
placeholder image at the path of every image attachment the export names (the real files are not
in the export), then runs `import_wordpress --media-dir` once, timed, and prints what came in,
the shortcodes found and how each was handled.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXPORT = ROOT / "tests/wordpress/fixtures/themeunittestdata.wordpress.xml"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--export", default=str(DEFAULT_EXPORT))
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-wordpress-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(folder / "media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "health_library.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command
    from PIL import Image

    from articles.models import Article
    from comments.models import Comment
    from images.models import ImageAsset
    from sitewide.models import SitePage
    from wordpress.media import upload_path
    from wordpress.wxr import read_bytes

    call_command("migrate", verbosity=0)
    export = read_bytes(Path(args.export).read_bytes())
    uploads = folder / "uploads"
    for item in export.of_type("attachment"):
        path = uploads / upload_path(item.attachment_url)
        if path.suffix.lower() in (".jpg", ".jpeg", ".png", ".gif"):
            path.parent.mkdir(parents=True, exist_ok=True)
            Image.new("RGB", (1600, 1000), (90, 120, 150)).save(
                path, "PNG" if path.suffix == ".png" else "JPEG" if path.suffix != ".gif" else "GIF"
            )
    report_path = folder / "report.txt"
    started, cpu_started = time.perf_counter(), time.process_time()
    call_command(
        "import_wordpress",
        args.export,
        "--media-dir",
        str(uploads),
        "--report",
        str(report_path),
        verbosity=0,
    )
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    in_file = {kind: len(export.of_type(kind)) for kind in ("post", "page", "attachment")}
    comments = sum(len(item.comments) for item in export.items)
    print(f"Export: {Path(args.export).name} ({Path(args.export).stat().st_size / 1024:,.0f} KB)")
    print(
        f"In the file: {in_file['post']} posts, {in_file['page']} pages, "
        f"{in_file['attachment']} attachments, {comments} comments"
    )
    print(
        f"Imported: {Article.objects.count()} articles (drafts), {SitePage.objects.count()} "
        f"site pages, {Comment.objects.count()} comments "
        f"({Comment.objects.awaiting_moderation().count()} held), "
        f"{ImageAsset.objects.count()} images"
    )
    report = report_path.read_text(encoding="utf-8")
    shortcodes = report.split("Shortcodes found:\n", 1)[-1].split("\n\n", 1)[0]
    print("Shortcodes:\n" + shortcodes)
    print(
        f"Time: {seconds:.1f} s wall clock, {cpu:.1f} s CPU (import_wordpress with --media-dir, "
        f"renditions included; load average {os.getloadavg()[0]:.1f})"
    )
    print(f"Report: {report_path}")


if __name__ == "__main__":
    main()
