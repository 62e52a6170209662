"""Resized copies of uploaded images for responsive `srcset`s, in WebP and the original format.

Renditions are made once, when an editor saves the image, and described in a JSON field on the
owning model, so rendering a page never touches the file system.
"""

from io import BytesIO
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps

DEFAULT_WIDTHS = (160, 320, 640, 960, 1280)
ORIGINAL_FORMATS = {"JPEG": ("jpg", "image/jpeg"), "PNG": ("png", "image/png")}


def _save(image, name, image_format, **options):
    buffer = BytesIO()
    image.save(buffer, image_format, **options)
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(buffer.getvalue()))


def make_renditions(fieldfile, widths=DEFAULT_WIDTHS):
    """Write the renditions of an image file and return their description."""
    if not fieldfile:
        return {}
    fieldfile.open("rb")
    try:
        with Image.open(fieldfile) as opened:
            source_format = opened.format
            image = ImageOps.exif_transpose(opened)
            image.load()
    finally:
        fieldfile.close()
    fallback_format = source_format if source_format in ORIGINAL_FORMATS else "JPEG"
    extension, mime = ORIGINAL_FORMATS[fallback_format]
    if fallback_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    stem = PurePosixPath(fieldfile.name)
    base = f"renditions/{stem.parent}/{stem.stem}"
    # Never upscale: the largest rendition is the original width.
    targets = sorted({w for w in widths if w < image.width} | {image.width})
    webp, fallback = [], []
    for width in targets:
        height = max(1, round(image.height * width / image.width))
        resized = image if width == image.width else image.resize((width, height), Image.LANCZOS)
        webp.append([width, _save(resized, f"{base}-{width}.webp", "WEBP", quality=80)])
        options = {"quality": 82, "optimize": True} if fallback_format == "JPEG" else {}
        fallback.append(
            [width, _save(resized, f"{base}-{width}.{extension}", fallback_format, **options)]
        )
    return {
        "width": image.width,
        "height": image.height,
        "mime": mime,
        "webp": webp,
        "fallback": fallback,
    }


def share_image(fieldfile, renditions, max_width=1280):
    """The image to show when a page is shared or described: (url, width, height) or None.

    The largest original-format rendition up to ``max_width`` (social sites and search engines
    do not all read WebP); the uploaded file itself when there are no renditions.
    """
    if not fieldfile:
        return None
    if not renditions:
        return fieldfile.url, None, None
    fitting = [entry for entry in renditions["fallback"] if entry[0] <= max_width]
    width, name = (fitting or renditions["fallback"][:1])[-1]
    height = round(renditions["height"] * width / renditions["width"])
    return default_storage.url(name), width, height
