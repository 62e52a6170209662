"""Tags for what machines read: canonical addresses and schema.org JSON-LD."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

register = template.Library()

# As django.utils.html.json_script: nothing in the data can close the <script> element.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
PAGE_PARAMETERS = ("page", "reviewed_page")


@register.simple_tag(takes_context=True)
def absolute_url(context, path):
    return context["request"].build_absolute_uri(path)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address without tracking or other parameters, except the page number."""
    request = context["request"]
    query = request.GET.copy()
    for name in list(query):
        if name not in PAGE_PARAMETERS or query[name] in ("", "1"):
            del query[name]
    path = f"{request.path}?{query.urlencode()}" if query else request.path
    return request.build_absolute_uri(path)


def json_ld_scripts(documents):
    """``<script type="application/ld+json">`` elements, one per schema.org document."""
    # Data blocks are never executed, so the CSP does not apply to them: no nonce, which keeps
    # the page free of per-request data and cacheable for every reader.
    return format_html_join(
        "\n",
        '<script type="application/ld+json">{}</script>',
        (
            (
                # Safe: the escapes above leave no markup in the JSON (as json_script does).
                mark_safe(
                    json.dumps(document, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
                        _JSON_SCRIPT_ESCAPES
                    )
                ),
            )
            for document in documents
        ),
    )
