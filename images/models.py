from bs4 import BeautifulSoup
from django.db import models

from images.fields import CheckedImageField


class ImageAssetQuerySet(models.QuerySet):
    def in_html(self, html):
        """The library images that ``html`` shows (figures carry the image's id in data-file)."""
        ids = {
            int(img["data-file"])
            for img in BeautifulSoup(html or "", "html.parser").find_all(
                "img", attrs={"data-file": True}
            )
            if img["data-file"].isdigit()
        }
        return self.filter(pk__in=ids) if ids else self.none()


class ImageAsset(models.Model):
    """An image uploaded once to the media library and placed in article bodies as a figure."""

    title = models.CharField(max_length=200, help_text="For finding it again in the library.")
    file = CheckedImageField(upload_to="library/")
    alt_text = models.CharField(
        max_length=300,
        help_text="What the image shows, for people who cannot see it. Used as the default "
        "alt text when the image is placed in an article.",
    )
    caption = models.CharField(max_length=300, blank=True)
    credit = models.CharField(max_length=200, blank=True, help_text="e.g. “Photo: NHS England”.")
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ImageAssetQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "image"

    def __str__(self):
        return self.title
