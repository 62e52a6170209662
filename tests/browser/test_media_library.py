"""A writer places a library image in an article through the editor's figure dialog."""

from io import BytesIO

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from images.models import ImageAsset
from images.renditions import make_renditions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def library_image(db):
    buffer = BytesIO()
    Image.new("RGB", (1000, 600), "salmon").save(buffer, "JPEG")
    image = ImageAsset(title="Inner elbow", alt_text="Dry, red skin in the crease of an elbow")
    image.file.save("elbow.jpg", ContentFile(buffer.getvalue()), save=False)
    image.renditions = make_renditions(image.file)
    image.save()
    return image


def test_writer_picks_an_image_from_the_library(page, live_server, admin_user, library_image):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", "password")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    editor = page.locator(".ProseMirror[contenteditable=true]")
    editor.click()

    page.get_by_role("button", name="figure").click()
    with page.context.expect_page() as popup_info:
        page.get_by_role("button", name="Browse...").click()
    picker = popup_info.value
    picker.get_by_role("button", name="Inner elbow").click()

    assert page.input_value("dialog input[name=altText]") == library_image.alt_text
    page.locator("dialog button[type=submit]").click()
    html = editor.evaluate("el => el.editor.getHTML()")
    assert f'data-file="{library_image.pk}"' in html
    assert 'alt="Dry, red skin in the crease of an elbow"' in html
