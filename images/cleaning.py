"""What is stored of an upload: the pixels, re-encoded, without the camera's metadata.

Originals are public at a predictable address, so nothing but the picture may be kept: EXIF
(GPS position, camera serial number, date), XMP and comments are dropped; the orientation is
applied to the pixels first so the picture still stands the right way up. The stored name's
extension always matches the format Pillow found, whatever the uploaded name said.
"""

from io import BytesIO
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from PIL import Image, ImageOps, ImageSequence

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


def cleaned_upload(name, content):
    """(new name, ContentFile) for an image that has passed images.validators."""
    content.seek(0)
    with Image.open(content) as image:
        image_format = image.format
        data = _reencode(image, image_format)
    stem = PurePosixPath(name).stem or "image"
    return f"{stem}.{EXTENSIONS[image_format]}", ContentFile(data)


def _reencode(image, image_format):
    buffer = BytesIO()
    # ICC colour profiles describe colours, not people: keep them so colours stay true.
    options = {"icc_profile": image.info["icc_profile"]} if "icc_profile" in image.info else {}
    if image_format == "GIF" and getattr(image, "n_frames", 1) > 1:
        frames = [frame.copy() for frame in ImageSequence.Iterator(image)]
        frames[0].save(
            buffer,
            "GIF",
            save_all=True,
            append_images=frames[1:],
            loop=image.info.get("loop", 0),
            duration=image.info.get("duration", 100),
        )
        return buffer.getvalue()
    upright = ImageOps.exif_transpose(image)
    if image_format == "JPEG":
        if upright.mode not in ("RGB", "L", "CMYK"):
            upright = upright.convert("RGB")
        options.update(quality=92, optimize=True)
    elif image_format == "WEBP":
        options.update(quality=90)
    elif image_format == "PNG":
        options.update(optimize=True)
    upright.save(buffer, image_format, **options)
    return buffer.getvalue()
