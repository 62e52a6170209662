"""The site export: one zip file with everything needed to rebuild the site elsewhere.

Format ``health-library-site-export``, version 1::

    manifest.json   {"format", "version", "created_at", "migrations": {app: [applied names]},
                     "counts": {"app.model": rows}, "media": [storage names]}
    data.json       every row, in Django's JSON serialization (as ``dumpdata`` writes it):
                    [{"model": "articles.article", "pk": 1, "fields": {…}}, …]; references to
                    content types, permissions and users' groups by natural key, so they
                    match the rows ``migrate`` creates in the new database
    media/…         every file in the media storage (uploads and their renditions), by name

Left out, because ``migrate`` or the site makes them again: content types and permissions,
sessions, login-failure records (django-axes), the outgoing email queue, and the search index
(rebuilt on import). Django's serializers do the work (``dumpdata``/``loaddata``): every model,
including the ones added later, is exported without a serializer of our own.
"""

import datetime
import io
import json
import tempfile
import zipfile
from collections import Counter
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.core import serializers
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder

FORMAT = "health-library-site-export"
VERSION = 1
EXCLUDED_APPS = ["contenttypes", "sessions", "axes", "django_tasks_db", "search"]
EXCLUDED_MODELS = ["auth.permission"]
# Rows ``migrate`` itself creates; an import replaces them with the exported ones.
SEEDED_MODELS = ["sites.site", "auth.group"]


class ArchiveError(Exception):
    """The archive cannot be restored here; nothing was changed."""


def exported_models():
    excluded = {label.lower() for label in EXCLUDED_MODELS}
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label not in EXCLUDED_APPS
        and model._meta.label_lower not in excluded
        and model._meta.managed
        and not model._meta.proxy
    ]


def applied_migrations():
    applied = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        applied.setdefault(app, []).append(name)
    return {app: sorted(names) for app, names in sorted(applied.items())}


def media_names(storage=default_storage, folder=""):
    """Every file in the media storage, by its storage name."""
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    names = [f"{folder}/{name}" if folder else name for name in files]
    for sub in folders:
        names += media_names(storage, f"{folder}/{sub}" if folder else sub)
    return sorted(names)


def export_site(*, path):
    """Write the whole site to the zip file ``path``. Returns the manifest."""
    data = io.StringIO()
    # One transaction: every table is read as of the same moment, while the site keeps running.
    # (PostgreSQL needs REPEATABLE READ for that; SQLite's read transactions already are.)
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        _dump(exported_models(), data)
        migrations = applied_migrations()
    rows = json.loads(data.getvalue())
    media = media_names()
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "migrations": migrations,
        "counts": dict(sorted(Counter(row["model"] for row in rows).items())),
        "media": media,
    }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest, indent=1))
        archive.writestr("data.json", data.getvalue())
        for name in media:
            with default_storage.open(name, "rb") as handle:
                archive.writestr(f"media/{name}", handle.read())
    return manifest


def read_manifest(archive):
    try:
        manifest = json.loads(archive.read("manifest.json"))
    except (KeyError, ValueError):
        raise ArchiveError("This is not a site export: it has no readable manifest.json.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(f"This is not a site export (its format is not “{FORMAT}”).")
    if manifest.get("version") != VERSION:
        raise ArchiveError(
            f"This export is format version {manifest.get('version')}; this release reads "
            f"version {VERSION}."
        )
    here = applied_migrations()
    unknown = [
        f"{app}.{name}"
        for app, names in (manifest.get("migrations") or {}).items()
        for name in names
        if name not in here.get(app, [])
    ]
    if unknown:
        raise ArchiveError(
            "This export comes from a newer release (migrations not applied here: "
            f"{', '.join(unknown[:5])}). Upgrade and run migrate, then import again."
        )
    return manifest


def rows_present():
    """Rows already in the database that an import would collide with, by model."""
    seeded = set(SEEDED_MODELS)
    found = {}
    for model in exported_models():
        if model._meta.label_lower in seeded:
            continue
        count = model._base_manager.count()
        if count:
            found[model._meta.verbose_name_plural] = count
    return found


def import_site(*, path):
    """Restore an export into an empty database (after ``migrate``). Returns the manifest."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise ArchiveError(f"This is not a zip file ({error}).") from None
    with archive:
        manifest = read_manifest(archive)
        present = rows_present()
        if present:
            listed = ", ".join(f"{count} {name}" for name, count in list(present.items())[:6])
            raise ArchiveError(
                f"The database is not empty ({listed}). import_site restores into an empty "
                "database: create a new one, run migrate, then import_site (before "
                "createsuperuser: the export has its own users)."
            )
        names = manifest.get("media") or []
        for name in names:
            parts = PurePosixPath(name).parts
            if not parts or name.startswith("/") or ".." in parts:
                raise ArchiveError(
                    f"The export names a media file outside the media folder: {name}"
                )
        written = []
        try:
            with transaction.atomic(), tempfile.TemporaryDirectory() as folder:
                for model_label in SEEDED_MODELS:
                    apps.get_model(model_label)._base_manager.all().delete()
                fixture = Path(folder) / "data.json"
                fixture.write_bytes(archive.read("data.json"))
                call_command("loaddata", str(fixture), verbosity=0)
                for name in names:
                    if default_storage.exists(name):
                        default_storage.delete(name)
                    saved = default_storage.save(name, ContentFile(archive.read(f"media/{name}")))
                    written.append(saved)
        except BaseException:
            for name in written:
                default_storage.delete(name)
            raise
    call_command("rebuild_search_index", verbosity=0)
    cache.clear()  # pages and site settings cached from the empty site
    return manifest


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder, without its rounding of times to milliseconds: a restored site must
    show the same dates to the microsecond (sitemaps print them)."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        return super().default(o)


def _dump(models, stream):
    """What ``dumpdata --natural-foreign`` writes, with times kept exactly."""
    ordered = serializers.sort_dependencies([(None, list(models))], allow_cycles=True)

    def rows():
        for model in ordered:
            yield from model._base_manager.order_by(model._meta.pk.name).iterator()

    serializers.serialize(
        "json", rows(), use_natural_foreign_keys=True, stream=stream, cls=ExactJSONEncoder
    )
