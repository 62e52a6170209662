from django import forms
from django.db import models

from images.validators import validate_image_upload


class CheckedImageFormField(forms.ImageField):
    """Run our checks before Django decodes the file, so each failure gets its own message."""

    def to_python(self, data):
        if data not in self.empty_values and hasattr(data, "size"):
            validate_image_upload(data)
        return super().to_python(data)


class CheckedImageField(models.ImageField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("validators", [validate_image_upload])
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CheckedImageFormField, **kwargs})
