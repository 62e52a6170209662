"""Uploads that used to crash the save, leak the camera's GPS position, or be served as another
type; odd media addresses; who may use the media library."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pytest_django.asserts import assertContains

from authors.models import Author
from editorial.roles import EDITOR, REVIEWER, WRITER
from tests.factories import make_user
from tests.security.test_image_uploads import ADD_AUTHOR, author_post, png

pytestmark = pytest.mark.django_db
GPS_IFD = 0x8825
ORIENTATION = 0x0112


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return sorted(p.relative_to(root) for p in root.rglob("*") if p.is_file())


def jpeg_with_gps(width=400, height=200, orientation=6):
    """A camera-like JPEG: GPS position, camera make, and 'rotate 90°' orientation."""
    image = Image.new("RGB", (width, height), "red")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[ORIENTATION] = orientation
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (51.0, 30.0, 26.0), 3: "W", 4: (0.0, 7.0, 39.0)})
    buffer = BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


@pytest.mark.parametrize("size", [(20000, 1), (1, 20000), (2000, 10)])
def test_slivers_are_a_form_error_and_leave_no_file(admin_client, settings, size):
    photo = SimpleUploadedFile("sliver.png", png(*size), content_type="image/png")

    response = admin_client.post(ADD_AUTHOR, author_post(photo))

    assert response.status_code == 200
    assertContains(response, "too thin to show on a page")
    assert not Author.objects.exists()
    assert stored_files(settings) == []


def test_a_truncated_jpeg_is_a_form_error_and_leaves_no_file(admin_client, settings):
    whole = jpeg_with_gps(1200, 900)
    photo = SimpleUploadedFile("cut.jpg", whole[: len(whole) // 2], content_type="image/jpeg")

    response = admin_client.post(ADD_AUTHOR, author_post(photo))

    assert response.status_code == 200
    assertContains(response, "This image file is incomplete")
    assert stored_files(settings) == []


def test_the_stored_original_has_no_gps_or_camera_data_and_stands_upright(admin_client):
    photo = SimpleUploadedFile("holiday.jpg", jpeg_with_gps(), content_type="image/jpeg")

    assert admin_client.post(ADD_AUTHOR, author_post(photo)).status_code == 302

    author = Author.objects.get()
    with Image.open(author.photo.path) as stored:
        exif = stored.getexif()
        assert GPS_IFD not in exif and not exif.get_ifd(GPS_IFD)
        assert 0x010F not in exif
        assert exif.get(ORIENTATION, 1) == 1
        assert stored.size == (200, 400)  # the 90° turn is applied to the pixels
    assert author.photo_renditions["width"] == 200
    # The original is served without the metadata too.
    served = b"".join(admin_client.get(author.photo.url).streaming_content)
    assert b"PhoneMaker" not in served


def test_the_stored_name_follows_the_detected_format(admin_client, settings, client):
    buffer = BytesIO()
    Image.new("RGB", (64, 64), "blue").save(buffer, "GIF")
    disguised = SimpleUploadedFile("report.pdf", buffer.getvalue(), content_type="application/pdf")

    assert admin_client.post(ADD_AUTHOR, author_post(disguised)).status_code == 302

    author = Author.objects.get()
    assert author.photo.name.endswith(".gif")
    assert not any(str(path).endswith(".pdf") for path in stored_files(settings))
    response = client.get(author.photo.url)
    assert response["Content-Type"] == "image/gif"


def test_a_media_address_too_long_for_the_file_system_is_not_found(client):
    response = client.get("/media/" + "a" * 300 + ".png")

    assert response.status_code == 404


@pytest.fixture
def staff(django_user_model):
    return {
        "writer": make_user(django_user_model, "w", WRITER),
        "reviewer": make_user(django_user_model, "r", REVIEWER),
        "editor": make_user(django_user_model, "e", EDITOR),
        "no role": django_user_model.objects.create_user(
            "n", password="x-long-pw-1", is_staff=True
        ),
    }


@pytest.mark.parametrize(
    ("role", "picker", "upload"),
    [("no role", 403, 403), ("reviewer", 200, 403), ("writer", 200, 200), ("editor", 200, 200)],
)
def test_the_media_library_by_role(client, staff, role, picker, upload):
    client.force_login(staff[role])

    assert client.get("/admin/images/imageasset/picker/").status_code == picker
    assert client.get("/admin/images/imageasset/add/").status_code == upload
