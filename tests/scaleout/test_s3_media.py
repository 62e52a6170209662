"""MEDIA_STORAGE=s3: uploads and their renditions go to an S3 bucket, here a real S3-speaking
server (moto's ``moto_server``) started for the test; pages keep rendering when it is down."""

import re
import socket
import subprocess
import sys
import time
from io import BytesIO

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pytest_django.asserts import assertContains

from images.forms import STORAGE_DOWN_MESSAGE
from images.models import ImageAsset
from images.renditions import make_renditions
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"Nothing answered on port {port}")


@pytest.fixture(scope="module")
def s3_server():
    """moto_server on a free port, for the module (it takes seconds to start)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def bucket(s3_server, settings, request):
    """A new bucket for the test, and the site's default storage pointing at it."""
    endpoint = s3_server
    name = f"media-{request.node.name[5:40].replace('_', '-')}"
    credentials = {"aws_access_key_id": "test", "aws_secret_access_key": "test"}
    client = boto3.client("s3", endpoint_url=endpoint, region_name="eu-west-2", **credentials)
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    # What settings.py builds from MEDIA_STORAGE=s3 and the AWS_* variables.
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": name,
                "endpoint_url": endpoint,
                "region_name": "eu-west-2",
                "access_key": "test",
                "secret_key": "test",
                "querystring_auth": False,
                "file_overwrite": False,
            },
        },
    }

    def keys():
        listed = client.list_objects_v2(Bucket=name).get("Contents", [])
        return {item["Key"] for item in listed}

    return {"url": f"{endpoint}/{name}/", "keys": keys}


def image_file(name="rash.png", size=(800, 600), image_format="PNG"):
    buffer = BytesIO()
    Image.new("RGB", size, "teal").save(buffer, image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{name[-3:]}")


def test_a_library_upload_and_its_renditions_are_objects_in_the_bucket(admin_client, bucket):
    response = admin_client.post(
        "/admin/images/imageasset/add/",
        {"title": "Eczema", "file": image_file(), "alt_text": "Dry patches on an arm"},
    )

    assert response.status_code == 302
    image = ImageAsset.objects.get()
    stored = bucket["keys"]()
    assert image.file.name in stored
    renditions = [name for _, name in image.renditions["webp"] + image.renditions["fallback"]]
    assert len(renditions) == 8  # 160, 320, 640 and 800 wide, in WebP and PNG
    assert set(renditions) <= stored
    assert image.file.url == bucket["url"] + image.file.name


@pytest.fixture
def article_with_hero(bucket):
    article = ArticleFactory(hero_image_alt="A dermatologist looking at a rash")
    article.hero_image.save("hero.jpg", image_file("hero.jpg", (1400, 700), "JPEG"), save=False)
    article.hero_renditions = make_renditions(article.hero_image)
    article.save()
    return article


def test_pages_point_at_the_bucket(client, bucket, article_with_hero):
    page = client.get(article_with_hero.get_absolute_url()).content.decode()

    addresses = re.findall(r'(?:src|srcset)="([^"]+)"', page)
    images = [a for a in addresses if "renditions/" in a]
    assert images, "the hero picture is on the page"
    for value in images:
        for candidate in value.split(","):
            url = candidate.split()[0]
            assert url.startswith(bucket["url"] + "renditions/articles/")
            assert url.removeprefix(bucket["url"]) in bucket["keys"]()


def test_with_the_storage_down_pages_render_and_uploads_are_refused_clearly(
    client, admin_client, bucket, article_with_hero, settings
):
    # The storage goes away: its address now refuses connections, as a stopped server's does.
    down = f"http://127.0.0.1:{free_port()}"
    options = settings.STORAGES["default"]["OPTIONS"]
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {**settings.STORAGES["default"], "OPTIONS": {**options, "endpoint_url": down}},
    }

    page = client.get(article_with_hero.get_absolute_url())
    assert page.status_code == 200
    assertContains(page, f"{down}/{options['bucket_name']}/renditions/articles/")

    response = admin_client.post(
        "/admin/images/imageasset/add/",
        {"title": "Eczema", "file": image_file(), "alt_text": "Dry patches on an arm"},
    )
    assert response.status_code == 200
    assertContains(response, STORAGE_DOWN_MESSAGE)
    assertContains(response, 'value="Dry patches on an arm"')  # the editor's input is kept
    assert not ImageAsset.objects.exists()


def test_the_files_model_path_writes_to_the_bucket_too(bucket):
    """Scripts and imports (no form) store through the same storage."""
    article = ArticleFactory()
    article.hero_image.save("from-a-script.png", ContentFile(image_file().read()), save=True)

    assert article.hero_image.name in bucket["keys"]()
