from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pytest_django.asserts import assertContains

from articles.richtext import sanitize_body
from images.models import ImageAsset
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def png(width=1200, height=800):
    buffer = BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return SimpleUploadedFile("rash.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture
def library_image(admin_client):
    response = admin_client.post(
        "/admin/images/imageasset/add/",
        {"title": "Eczema on an arm", "file": png(), "alt_text": "Red, dry patches on an arm"},
    )
    assert response.status_code == 302
    return ImageAsset.objects.get()


def test_uploading_to_the_library_makes_renditions(library_image):
    assert (library_image.renditions["width"], library_image.renditions["height"]) == (1200, 800)
    assert [w for w, _ in library_image.renditions["webp"]] == [160, 320, 640, 960, 1200]


def test_the_picker_lists_library_images_for_the_editor(admin_client, library_image):
    page = admin_client.get("/admin/images/imageasset/picker/", {"CKEditorFuncNum": "-3"})

    assertContains(page, 'data-callback="-3"')
    assertContains(page, f'data-id="{library_image.pk}"')
    assertContains(page, 'data-alt="Red, dry patches on an arm"')
    assertContains(page, "images/picker.js")
    assert "<script>" not in page.content.decode()  # nothing inline: the CSP would block it


def test_the_picker_is_for_staff_only(client):
    assert client.get("/admin/images/imageasset/picker/").status_code == 302


def test_a_library_figure_in_the_body_becomes_a_responsive_picture(client, library_image):
    url = library_image.file.storage.url(library_image.renditions["fallback"][-1][1])
    body = (
        f'<figure><img src="{url}" alt="Patches of eczema" data-file="{library_image.pk}">'
        "<figcaption>Eczema on the inner elbow</figcaption></figure>"
    )
    assert f'data-file="{library_image.pk}"' in sanitize_body(body)

    article = ArticleFactory(body=body)
    page = client.get(article.get_absolute_url())

    from bs4 import BeautifulSoup

    figure = BeautifulSoup(page.content, "html.parser").select_one(".prose figure")
    assert figure.select_one("picture source")["type"] == "image/webp"
    image = figure.select_one("picture img")
    assert (image["width"], image["height"], image["alt"]) == ("1200", "800", "Patches of eczema")
    assert "1200w" in image["srcset"]
    assert figure.figcaption.get_text() == "Eczema on the inner elbow"
    assert "data-file" not in article.body_html


def test_an_image_by_address_keeps_working_without_renditions():
    article = ArticleFactory(body='<figure><img src="/media/x.jpg" alt="X"></figure>')
    assert '<img alt="X" decoding="async" loading="lazy" src="/media/x.jpg">' in article.body_html
