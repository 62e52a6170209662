from django import template
from django.core.files.storage import default_storage
from django.utils.html import format_html, format_html_join

from images.renditions import share_image as share_image_of

register = template.Library()


def _srcset(entries):
    return ", ".join(f"{default_storage.url(name)} {width}w" for width, name in entries)


@register.simple_tag
def picture(image, renditions, alt, sizes="100vw", loading="lazy", css_class=""):
    """A responsive <picture>: WebP and original-format renditions, with intrinsic dimensions.

    Falls back to the uploaded file when no renditions were made (e.g. a photo set in a shell).
    """
    if not image:
        return ""
    if not renditions:
        return format_html(
            '<img src="{}" alt="{}" class="{}" loading="{}" decoding="async">',
            image.url,
            alt,
            css_class,
            loading,
        )
    fallback = renditions["fallback"]
    largest_name = fallback[-1][1]
    attributes = {
        "src": default_storage.url(largest_name),
        "srcset": _srcset(fallback),
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
        _srcset(renditions["webp"]),
        sizes,
        format_html_join(
            " ", '{}="{}"', ((k, v) for k, v in attributes.items() if v != "" or k == "alt")
        ),
    )


@register.simple_tag
def share_image(image, renditions):
    """(url, width, height) of the image to show when the page is shared, or None."""
    return share_image_of(image, renditions)
