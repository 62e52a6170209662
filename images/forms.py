"""Forms that store their uploaded images while validating, so that a storage failure is a
form error rather than a server error."""

import logging

from botocore.exceptions import BotoCoreError, ClientError
from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.db.models import FileField

logger = logging.getLogger(__name__)

# What a storage backend raises when it cannot store: the file system, or S3 (botocore).
STORAGE_ERRORS = (OSError, BotoCoreError, ClientError)
STORAGE_DOWN_MESSAGE = (
    "The image could not be stored: the media storage is not answering. Nothing was saved; "
    "try again in a few minutes."
)


class StoreUploadsFirstMixin:
    """For ModelForms with image fields: store new uploads before the model is saved.

    Saving the model stores the file midway through the save; with object storage down that is
    a 500 page (the database change is rolled back, but the editor's input is lost). Storing
    during validation instead puts the failure next to the field and keeps what was typed. A
    form that fails later (an inline, say) leaves the stored file unused, which is harmless.
    """

    def _post_clean(self):
        super()._post_clean()
        if self._errors:
            return
        for field in self.instance._meta.get_fields():
            upload = self.cleaned_data.get(field.name)
            if not isinstance(field, FileField) or not isinstance(upload, UploadedFile):
                continue
            try:
                getattr(self.instance, field.name).save(upload.name, upload, save=False)
            except STORAGE_ERRORS:
                logger.exception("Could not store an upload for %s", field.name)
                self.add_error(field.name, STORAGE_DOWN_MESSAGE)


class ImageUploadForm(StoreUploadsFirstMixin, forms.ModelForm):
    """The admin form of a model with image fields (used as ModelAdmin.form)."""
