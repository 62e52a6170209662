from django import template

from evidence import trail as trails
from sitewide.templatetags.seo import _json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def trail_json_ld(context, trail):
    """schema.org JSON-LD for the “How this article was made” page."""
    return _json_ld([trails.json_ld(trail, absolute=context["request"].build_absolute_uri)])


@register.filter
def reference_numbers(check, numbers):
    """The page's reference numbers for the sources a claim check recorded, as “1, 3”."""
    return ", ".join(
        str(n) for n in sorted(numbers[s["id"]] for s in check.sources if s["id"] in numbers)
    )
