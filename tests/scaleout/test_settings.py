"""The scale-out settings read from the environment (each case in a fresh interpreter, since
settings are read once per process)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT = """
import json
from django.conf import settings
print(json.dumps({
    "databases": {
        alias: {k: str(v) for k, v in db.items()} for alias, db in settings.DATABASES.items()
    },
    "routers": settings.DATABASE_ROUTERS,
    "storage": settings.STORAGES["default"],
    "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
}))
"""


def settings_with(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "DATABASE_"))}
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {PRINT}"],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "health_library.settings",
            "HEALTH_LIBRARY_LOCAL": "1",
            **env,
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_replica_url_adds_a_mirrored_alias_and_the_router():
    found = settings_with(
        DATABASE_URL="postgresql://app:app@db1:5432/app",
        DATABASE_REPLICA_URL="postgresql://app:app@db2:5432/app",
    )

    assert found["databases"]["replica"]["HOST"] == "db2"
    assert "'MIRROR': 'default'" in found["databases"]["replica"]["TEST"]
    assert found["routers"] == ["health_library.replica.PrimaryReplicaRouter"]


def test_without_a_replica_there_is_one_database_and_no_router():
    found = settings_with(DATABASE_URL="postgresql://app:app@db1:5432/app")

    assert list(found["databases"]) == ["default"]
    assert found["routers"] == []


def test_s3_media_settings_and_the_bucket_in_the_content_security_policy():
    found = settings_with(
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="media",
        AWS_S3_ENDPOINT_URL="https://minio.internal:9000/",
        AWS_S3_REGION_NAME="eu-west-2",
    )

    assert found["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert found["storage"]["OPTIONS"]["bucket_name"] == "media"
    assert found["storage"]["OPTIONS"]["querystring_auth"] is False
    assert "https://minio.internal:9000" in found["img_src"]


def test_a_cdn_domain_for_media_is_what_pages_may_load_images_from():
    found = settings_with(
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="media",
        AWS_S3_CUSTOM_DOMAIN="media.example.com",
    )

    assert "https://media.example.com" in found["img_src"]


def test_an_unknown_media_storage_is_refused():
    clean = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "health_library.settings",
            "HEALTH_LIBRARY_LOCAL": "1",
            "MEDIA_STORAGE": "ftp",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "MEDIA_STORAGE must be 'filesystem' or 's3'" in result.stderr
