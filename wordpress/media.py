"""Attachments from a copy of ``wp-content/uploads``, through the media library's checks and
renditions, and the images in post bodies pointed at them."""

import mimetypes
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.files.storage import default_storage
from django.utils.html import format_html

from images.models import ImageAsset
from images.renditions import make_renditions
from images.validators import validate_image_upload

SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.\w+$)")  # WordPress's resized copies: photo-300x200.jpg
SCALED_SUFFIX = re.compile(r"-(?:scaled|rotated)(?=\.\w+$)")


def upload_path(url):
    """“2013/03/photo.jpg” from any address of an uploaded file."""
    path = unquote(urlparse(url or "").path)
    _, found, rest = path.partition("/uploads/")
    return (rest if found else path.lstrip("/")).strip("/")


def media_key(url):
    """The same for a file and its resized copies."""
    name = SIZE_SUFFIX.sub("", upload_path(url))
    return SCALED_SUFFIX.sub("", name).lower()


def largest_url(asset):
    fallback = (asset.renditions or {}).get("fallback") or []
    return default_storage.url(fallback[-1][1]) if fallback else asset.file.url


class MediaLibrary:
    """The attachments of one import: reads them, and answers “which image is this address?”."""

    def __init__(self, *, media_dir, is_dry_run, written):
        self.media_dir = Path(media_dir) if media_dir else None
        self.is_dry_run = is_dry_run
        self.written = written  # storage names written, removed again if the import fails
        self.by_id = {}  # WordPress attachment id → ImageAsset
        self.by_path = {}  # the file's path under uploads/ → ImageAsset
        self.by_key = {}  # media_key → ImageAsset, or None when two files share it
        self.children = {}  # WordPress post id → its attachments' ids

    def remember(self, item, asset):
        self.by_id[item.wp_id] = asset
        self.by_path[upload_path(item.attachment_url).lower()] = asset
        key = media_key(item.attachment_url)
        self.by_key[key] = None if key in self.by_key else asset
        self.children.setdefault(item.parent_id, []).append(item.wp_id)

    def read(self, item, existing, report):
        """Import one attachment; returns the ImageAsset or None (with the reason reported)."""
        relative = upload_path(item.attachment_url)
        mime = mimetypes.guess_type(relative)[0] or ""
        if existing is not None:
            report.outcome = "already imported"
            return existing
        if not mime.startswith("image/"):
            report.outcome = "not imported"
            report.needs_editor.append(f"Not an image ({mime or 'unknown type'}): {relative}")
            return None
        if self.media_dir is None:
            report.outcome = "not imported"
            report.needs_editor.append(f"No --media-dir: the file {relative} was not copied.")
            return None
        path = (self.media_dir / relative).resolve()
        if self.media_dir.resolve() not in path.parents or not path.is_file():
            report.outcome = "not imported"
            report.needs_editor.append(f"Missing from the media folder: {relative}")
            return None
        with path.open("rb") as handle:
            upload = File(handle, name=PurePosixPath(relative).name)
            try:
                validate_image_upload(upload)
            except ValidationError as error:
                report.outcome = "not imported"
                report.needs_editor.append(f"{relative}: {' '.join(error.messages)}")
                return None
            if self.is_dry_run:
                report.outcome = "would be imported"
                return None
            alt = item.meta.get("_wp_attachment_image_alt", "").strip()
            asset = ImageAsset(
                title=(item.title or upload.name)[:200],
                alt_text=(alt or item.title or upload.name)[:300],
                caption=" ".join(item.excerpt.split())[:300],
            )
            if not alt:
                report.needs_editor.append(
                    "No alt text in WordPress: the title stands in; check it."
                )
            asset.file.save(upload.name, upload, save=False)
        self.written.append(asset.file.name)
        asset.save()
        asset.renditions = make_renditions(asset.file)
        for kind in ("webp", "fallback"):
            self.written.extend(name for _, name in asset.renditions.get(kind, []))
        asset.save(update_fields=["renditions"])
        report.outcome = "created"
        return asset

    def figures(self, ids, post_id):
        """A gallery's figures: the listed attachments, else the post's own."""
        assets = [self.by_id[i] for i in (ids or self.children.get(post_id, [])) if i in self.by_id]
        return "".join(
            str(
                format_html(
                    '<figure><img src="{}" alt="{}" data-file="{}"><figcaption>{}</figcaption>'
                    "</figure>",
                    largest_url(asset),
                    asset.alt_text,
                    asset.pk,
                    asset.caption,
                )
            )
            for asset in assets
        )

    def place_images(self, soup, report):
        """Point body images at imported library images; report those still on the old site."""
        for image in soup.find_all("img"):
            src = image.get("src", "")
            asset = self.by_path.get(upload_path(src).lower()) or self.by_key.get(media_key(src))
            if asset is not None:
                image.attrs = {
                    "src": largest_url(asset),
                    "alt": image.get("alt") or asset.alt_text,
                    "data-file": str(asset.pk),
                }
                continue
            image.attrs = {key: image[key] for key in ("src", "alt") if image.get(key)}
            report.needs_editor.append(
                f"Image not in the media library (still on the old site): {image.get('src', '')}"
            )
            if not image.get("alt"):
                report.needs_editor.append("An image has no alt text.")
