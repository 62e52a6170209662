from django import template
from django.utils.html import format_html

from images.markup import picture_html
from images.renditions import share_image as share_image_of

register = template.Library()


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
    return picture_html(renditions, alt, sizes=sizes, loading=loading, css_class=css_class)


@register.simple_tag
def share_image(image, renditions):
    """(url, width, height) of the image to show when the page is shared, or None."""
    return share_image_of(image, renditions)
