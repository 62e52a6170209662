"""export_site and import_site: the whole site out, and back into an empty database, the same."""

import datetime
import json
import re
import zipfile
from pathlib import Path

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.utils import timezone
from PIL import Image

from articles.models import Article
from backups.archives import FORMAT
from comments.models import Comment
from editorial.roles import create_roles
from newsletter.models import Subscriber
from tests.wordpress.conftest import HEALTH_SITE

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)
FIXED_PAGES = ["/", "/articles/", "/feed/", "/feed/atom/", "/sitemap.xml", "/robots.txt"]


def public_pages():
    """Every public page's address: the fixed ones, everything in the sitemap, reference files."""
    client = Client()

    def locations(address):
        xml = client.get(address).content.decode()
        return [
            re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", xml)
        ]

    # /sitemap.xml is an index of sections; the pages are listed in the sections.
    sections = locations("/sitemap.xml")
    paths = sections + [path for section in sections for path in locations(section)]
    for article in Article.objects.published():
        paths += [
            f"{article.get_absolute_url()}references.ris",
            f"{article.get_absolute_url()}references.bib",
        ]
    paths += ["/interferon-therapy-for-eczema/", "/search/?q=eczema"]  # a redirect; search
    return sorted(set(FIXED_PAGES + paths))


def snapshot(paths):
    client = Client()
    pages = {}
    for path in paths:
        response = client.get(path)
        pages[path] = (response.status_code, response.get("Location"), response.content)
    return pages


def fresh_database(settings, tmp_path):
    """What `migrate` leaves in a new database, and an empty media folder."""
    if connection.vendor == "postgresql":
        # Inside the test's transaction: PostgreSQL truncates only once deferred checks ran.
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
    create_roles(Group, Permission)
    settings.MEDIA_ROOT = tmp_path / "restored-media"


@pytest.fixture
def full_site(demo_site, tmp_path):
    """The demo site plus a WordPress import (with an image, comments, redirects), a subscriber
    and the imported article published."""
    uploads = tmp_path / "uploads"
    (uploads / "2024" / "02").mkdir(parents=True)
    Image.new("RGB", (800, 533), "olive").save(uploads / "2024" / "02" / "cream.jpg")
    call_command("import_wordpress", str(HEALTH_SITE), "--media-dir", str(uploads), verbosity=0)
    Article.objects.filter(slug="interferon-therapy-for-eczema").update(
        status=Article.Status.PUBLISHED
    )
    Subscriber.objects.create(
        email="reader@mail.example",
        status=Subscriber.Status.CONFIRMED,
        consent_text="Send me the weekly newsletter.",
        consented_at=timezone.now(),
        consent_page="/articles/",
    )


def test_a_restored_site_is_the_same_site(full_site, settings, tmp_path):
    """Every public page byte for byte, and the same data when exported again."""
    first, second = tmp_path / "first.zip", tmp_path / "second.zip"
    with time_machine.travel(NOW, tick=False):
        paths = public_pages()
        before = snapshot(paths)
        call_command("export_site", str(first), verbosity=0)
        fresh_database(settings, tmp_path)
        assert Article.objects.count() == 0
        call_command("import_site", str(first), verbosity=0)
        after = snapshot(paths)
    assert len(paths) > 25
    assert [path for path in paths if before[path] != after[path]] == []
    assert {status for status, _, _ in before.values()} == {200, 301}
    # Media files came back too: the hero images and renditions the pages point at.
    assert (Path(settings.MEDIA_ROOT) / "renditions").is_dir()
    call_command("export_site", str(second), verbosity=0)
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        assert a.read("data.json") == b.read("data.json")
        assert sorted(a.namelist()) == sorted(b.namelist())
        manifest = json.loads(a.read("manifest.json"))
    assert manifest["format"] == FORMAT and manifest["version"] == 1
    for label in (
        "articles.article",
        "reversion.version",
        "editorial.transition",
        "authors.author",
        "references.source",
        "comments.comment",
        "newsletter.subscriber",
        "sitewide.sitesettings",
        "sitewide.sitepage",
        "redirects.redirect",
        "images.imageasset",
        "auth.group",
        "wordpress.importeditem",
    ):
        assert manifest["counts"].get(label), label
    assert Comment.objects.filter(email="priya@mail.example").exists()  # private, but kept


def test_import_refuses_a_database_that_is_not_empty(full_site, tmp_path):
    archive = tmp_path / "site.zip"
    call_command("export_site", str(archive), verbosity=0)
    articles = Article.objects.count()
    with pytest.raises(CommandError, match="The database is not empty .*Nothing was changed"):
        call_command("import_site", str(archive), verbosity=0)
    assert Article.objects.count() == articles


@pytest.mark.parametrize(
    ("contents", "message"),
    [
        (None, "This is not a zip file"),
        ({"data.json": "[]"}, "no readable manifest.json"),
        ({"manifest.json": '{"format": "other"}'}, "not a site export"),
        ({"manifest.json": json.dumps({"format": FORMAT, "version": 99})}, "format version 99"),
        (
            {
                "manifest.json": json.dumps(
                    {"format": FORMAT, "version": 1, "migrations": {"articles": ["9999_future"]}}
                )
            },
            "newer release",
        ),
    ],
)
def test_an_archive_that_cannot_be_restored_gets_a_clear_error(tmp_path, contents, message):
    archive = tmp_path / "bad.zip"
    if contents is None:
        archive.write_bytes(b"not a zip")
    else:
        with zipfile.ZipFile(archive, "w") as zipped:
            for name, text in contents.items():
                zipped.writestr(name, text)
    with pytest.raises(CommandError, match=message):
        call_command("import_site", str(archive), verbosity=0)
