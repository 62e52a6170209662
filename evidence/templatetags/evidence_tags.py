from django import template

from evidence import trail as trails
from sitewide.templatetags.seo import json_ld_scripts

register = template.Library()


@register.simple_tag(takes_context=True)
def trail_json_ld(context, trail):
    """schema.org JSON-LD for the “How this article was made” page."""
    return json_ld_scripts([trails.json_ld(trail, absolute=context["request"].build_absolute_uri)])


@register.filter
def reference_numbers(check, numbers):
    """“reference 2” or “references 1, 3”: where a checked claim's sources are in the list."""
    found = sorted(numbers[s["id"]] for s in check.sources if s["id"] in numbers)
    if not found:
        return ""
    label = "reference" if len(found) == 1 else "references"
    return f"{label} {', '.join(str(n) for n in found)}"
