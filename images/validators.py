"""Checks every uploaded image by its content, its size in bytes and its pixel count."""

import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
# Renditions are 160 px wide and up: a picture must survive that with at least a pixel of
# height, and pages have no use for slivers.
MIN_SIDE = 16
MAX_ASPECT_RATIO = 20


def validate_image_upload(file):
    """Reject files that are not real images, too large, or decompression bombs."""
    size = getattr(file, "size", None)
    if size is not None and size > settings.IMAGE_MAX_UPLOAD_BYTES:
        raise ValidationError(
            "This file is %(size)s; images may be at most %(limit)s.",
            code="image_too_large",
            params={
                "size": filesizeformat(size),
                "limit": filesizeformat(settings.IMAGE_MAX_UPLOAD_BYTES),
            },
        )
    position = file.tell() if hasattr(file, "tell") else None
    try:
        file.seek(0)
        # Image.open only reads the header, so the pixel count is known before any decoding;
        # Pillow's own bomb warning is redundant with the check below.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(file)
        with image:
            image_format = image.format
            width, height = image.size
            if image_format not in ALLOWED_FORMATS:
                raise ValidationError(
                    "%(format)s images are not accepted. Upload a JPEG, PNG, WebP or GIF file.",
                    code="image_format",
                    params={"format": image_format},
                )
            if width * height > settings.IMAGE_MAX_PIXELS:
                raise ValidationError(
                    "This image is %(width)s × %(height)s pixels; the limit is %(limit)s "
                    "megapixels. Resize it before uploading.",
                    code="image_too_many_pixels",
                    params={
                        "width": width,
                        "height": height,
                        "limit": settings.IMAGE_MAX_PIXELS // 1_000_000,
                    },
                )
            _check_shape(width, height)
            # Decode every pixel: verify() alone passes a JPEG cut off halfway.
            image.load()
    except ValidationError:
        raise
    except Image.DecompressionBombError as exc:
        raise ValidationError(
            "This image has too many pixels to be processed safely.", code="image_bomb"
        ) from exc
    except OSError as exc:
        if "truncated" not in str(exc):
            raise _unreadable() from exc
        raise ValidationError(
            "This image file is incomplete: it was cut off before its end (an interrupted "
            "download or export?). Save it again and upload the whole file.",
            code="image_truncated",
        ) from exc
    except (UnidentifiedImageError, SyntaxError, ValueError) as exc:
        raise _unreadable() from exc
    finally:
        if position is not None:
            file.seek(position)


def _unreadable():
    return ValidationError(
        "This file is not an image we can read. Upload a JPEG, PNG, WebP or GIF file.",
        code="image_invalid",
    )


def _check_shape(width, height):
    if min(width, height) < MIN_SIDE or max(width, height) > MAX_ASPECT_RATIO * min(width, height):
        raise ValidationError(
            "This image is %(width)s × %(height)s pixels, too thin to show on a page. Images "
            "need at least %(min)s pixels on each side and may be at most %(ratio)s times as "
            "wide as they are tall (or as tall as they are wide).",
            code="image_shape",
            params={"width": width, "height": height, "min": MIN_SIDE, "ratio": MAX_ASPECT_RATIO},
        )
