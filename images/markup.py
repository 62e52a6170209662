"""Turns renditions into responsive <picture> markup, for pages and article bodies alike."""

from django.core.files.storage import default_storage
from django.utils.html import format_html, format_html_join


def srcset(entries):
    return ", ".join(f"{default_storage.url(name)} {width}w" for width, name in entries)


def picture_html(renditions, alt, *, sizes="100vw", loading="lazy", css_class=""):
    """WebP and original-format renditions with intrinsic width and height (no layout shift)."""
    fallback = renditions["fallback"]
    attributes = {
        "src": default_storage.url(fallback[-1][1]),
        "srcset": srcset(fallback),
        "sizes": sizes,
        "width": renditions["width"],
        "height": renditions["height"],
        "alt": alt,
        "class": css_class,
        "loading": loading,
        # Above the fold (eager) the image is the largest paint: decode it without delay.
        "decoding": "async" if loading == "lazy" else "",
        "fetchpriority": "high" if loading == "eager" else "",
    }
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}"><img {}></picture>',
        srcset(renditions["webp"]),
        sizes,
        format_html_join(
            " ", '{}="{}"', ((k, v) for k, v in attributes.items() if v != "" or k == "alt")
        ),
    )
