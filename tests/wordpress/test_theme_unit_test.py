"""WordPress's own theme unit test exports: every core shortcode, classic and block content."""

import re

import pytest
from django.core.files.storage import default_storage
from PIL import Image

from articles.models import Article
from comments.models import Comment
from images.models import ImageAsset
from sitewide.models import SitePage
from tests.wordpress.conftest import BLOCK_TEST, THEME_UNIT_TEST
from wordpress import shortcodes

pytestmark = pytest.mark.django_db

# Shortcode text in what readers get: an opening [name …] or a closing [/name].
SHORTCODE_TEXT = re.compile(r"\[/?(caption|wp_caption|gallery|embed|audio|video|playlist)\b")


def assert_no_shortcode_text(html):
    assert not SHORTCODE_TEXT.search(html), SHORTCODE_TEXT.search(html).group(0)
    assert shortcodes.leftovers(html) == []


def test_every_post_page_and_image_imports_and_renders_without_shortcode_text(
    import_wordpress, client, tmp_path
):
    # The export names its images; three are drawn (one broken) in a copy of uploads/.
    uploads = tmp_path / "uploads"
    (uploads / "2013" / "03").mkdir(parents=True)
    (uploads / "2008" / "06").mkdir(parents=True)
    Image.new("RGB", (1200, 800), "navy").save(uploads / "2013/03/featured-image-horizontal.jpg")
    Image.new("RGB", (580, 300), "teal").save(uploads / "2013/03/image-alignment-580x300.jpg")
    (uploads / "2008/06/canola2.jpg").write_bytes(b"not really a JPEG")
    report = import_wordpress(THEME_UNIT_TEST, "--media-dir", str(uploads))
    assert Article.objects.count() == 58
    assert SitePage.objects.count() == 21
    assert Comment.objects.count() == 24
    assert "[caption] ×12: converted to a figure with its caption" in report
    assert "[gallery] ×" in report
    assert "[audio] ×1: replaced by a link to what it played" in report
    # Images: through the upload checks, into the library, in place in the posts.
    assert ImageAsset.objects.count() == 2
    assert "This file is not an image we can read" in report  # canola2.jpg
    assert "Missing from the media folder: 2008/06/100_5478.jpg" in report
    featured = Article.objects.get(title="Template: Featured Image (Horizontal)")
    assert default_storage.exists(featured.hero_image.name)
    aligned = Article.objects.get(title="Markup: Image Alignment")
    asset = ImageAsset.objects.get(title="Image Alignment 580x300")
    assert f'data-file="{asset.pk}"' in aligned.body
    for page in SitePage.objects.all():
        response = client.get(page.get_absolute_url())
        assert response.status_code == 200
        assert_no_shortcode_text(response.content.decode())
    for article in Article.objects.all():
        assert_no_shortcode_text(article.body_html)
    # Every post as readers would see it once an editor publishes it.
    Article.objects.update(status=Article.Status.PUBLISHED)
    for article in Article.objects.published():
        response = client.get(article.get_absolute_url())
        assert response.status_code == 200, article.slug
        assert_no_shortcode_text(response.content.decode())
    # Prose in brackets is not a shortcode.
    assert "coracles [simple boat]" in Article.objects.get(title="Post Format: Standard").body


def test_without_images_galleries_are_removed_and_listed(import_wordpress):
    report = import_wordpress(THEME_UNIT_TEST, "--dry-run")
    assert "[gallery] ×12: removed: its images were not imported (use --media-dir)" in report
    assert "No --media-dir: the file 2008/06/canola2.jpg was not copied." in report
    assert Article.objects.count() == 0


def test_block_editor_export_imports_cleanly(import_wordpress):
    report = import_wordpress(BLOCK_TEST)
    assert Article.objects.count() == 61
    for article in Article.objects.all():
        assert "<!-- wp:" not in article.body
        assert_no_shortcode_text(article.body_html)
    assert "Shortcodes found:" in report
