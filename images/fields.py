from django import forms
from django.db import models
from django.db.models.fields.files import ImageFieldFile

from images.cleaning import cleaned_upload
from images.validators import validate_image_upload


class CheckedImageFormField(forms.ImageField):
    """Run our checks before Django decodes the file, so each failure gets its own message."""

    def to_python(self, data):
        if data not in self.empty_values and hasattr(data, "size"):
            validate_image_upload(data)
        return super().to_python(data)


class CleanedImageFieldFile(ImageFieldFile):
    """Stores the re-encoded picture (no EXIF/GPS) under the extension of its real format."""

    def save(self, name, content, save=True):
        validate_image_upload(content)  # again: scripts and imports skip the form
        name, content = cleaned_upload(name, content)
        super().save(name, content, save)


class CheckedImageField(models.ImageField):
    """An image checked on upload (images.validators) and stored clean (images.cleaning), on
    every path: admin forms, imports and scripts alike."""

    attr_class = CleanedImageFieldFile

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_image_upload])
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CheckedImageFormField, **kwargs})
