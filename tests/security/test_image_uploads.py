from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pytest_django.asserts import assertContains

from authors.models import Author

pytestmark = pytest.mark.django_db
ADD_AUTHOR = "/admin/authors/author/add/"


def png(width, height, mode="RGB"):
    buffer = BytesIO()
    Image.new(mode, (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


def author_post(photo):
    return {
        "name": "Ada Writer",
        "slug": "ada-writer",
        "photo": photo,
        "is_writer": "on",
        "links-TOTAL_FORMS": "0",
        "links-INITIAL_FORMS": "0",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
    }


def upload(name, content, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_a_valid_photo_is_stored_with_renditions(admin_client):
    response = admin_client.post(ADD_AUTHOR, author_post(upload("ada.png", png(900, 600))))

    assert response.status_code == 302
    author = Author.objects.get()
    renditions = author.photo_renditions
    assert (renditions["width"], renditions["height"]) == (900, 600)
    assert [w for w, _ in renditions["webp"]] == [160, 320, 640, 900]
    assert all(name.endswith(".webp") for _, name in renditions["webp"])
    assert all(name.endswith(".png") for _, name in renditions["fallback"])


def test_html_renamed_to_jpg_is_a_form_error(admin_client):
    fake = upload("photo.jpg", b"<html><script>alert(1)</script></html>", "image/jpeg")

    response = admin_client.post(ADD_AUTHOR, author_post(fake))

    assert response.status_code == 200
    assertContains(response, "not an image we can read")
    assert not Author.objects.exists()


def test_decompression_bomb_is_a_form_error(admin_client, settings):
    # 1-bit PNG: tiny on disk, 100 megapixels once decoded.
    bomb = upload("bomb.png", png(10_000, 10_000, mode="1"))

    response = admin_client.post(ADD_AUTHOR, author_post(bomb))

    assert response.status_code == 200
    assertContains(response, "10000 × 10000 pixels")
    assert not Author.objects.exists()


def test_oversized_file_is_a_form_error(admin_client, settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 1000

    response = admin_client.post(
        ADD_AUTHOR, author_post(upload("big.png", png(400, 400) + b"\0" * 2000))
    )

    assertContains(response, "images may be at most 1000")
    assert not Author.objects.exists()


def test_unsupported_format_is_a_form_error(admin_client):
    buffer = BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, "BMP")

    response = admin_client.post(
        ADD_AUTHOR, author_post(upload("x.bmp", buffer.getvalue(), "image/bmp"))
    )

    assertContains(response, "BMP images are not accepted")


def test_truncated_image_is_a_form_error(admin_client):
    response = admin_client.post(ADD_AUTHOR, author_post(upload("cut.png", png(300, 300)[:120])))

    assertContains(response, "This image file is incomplete")
