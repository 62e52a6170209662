"""``{% fragment %}``: render a part of a public page once, for every reader, until what it
shows changes.

    {% fragment "references" article sources "sitewide" %} ... {% endfragment %}

The arguments after the name are what the part shows: model instances (mapped to their cache
tags, see pagecache/tags.py), tag names, or lists of either. The stored HTML is keyed by the
current versions of those tags, so a change to any of them makes the next render build it
again: no timeout to tune, the same exactness as the page cache. Used on public pages only
(never in previews, which may show another revision) and only stored when no change landed
since the request started, as for whole pages (pagecache/store.py).
"""

import hashlib

from django import template
from django.conf import settings

from pagecache import store
from pagecache.tags import names_of

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, targets):
        self.nodelist = nodelist
        self.name = name
        self.targets = targets

    def render(self, context):
        request = context.get("request")
        state = getattr(request, "page_cache", None)
        if state is None or context.get("is_preview") or not settings.PAGE_FRAGMENT_SECONDS:
            return self.nodelist.render(context)
        names = names_of([target.resolve(context) for target in self.targets])
        versions = store.versions(names)
        if versions is None:  # the cache is unreachable
            return self.nodelist.render(context)
        # The page's address too: forms carry it (the newsletter's "signed up on" page).
        address = request.build_absolute_uri(request.path)  # links in JSON-LD are absolute
        signature = f"{self.name.resolve(context)}|{address}|{sorted(versions.items())}"
        key = f"{store.PREFIX}fragment:{hashlib.sha256(signature.encode()).hexdigest()[:40]}"
        html = store.get(key)
        if html is None:
            html = self.nodelist.render(context)
            if store.unchanged_since(state.generation):
                store.put(key, html, settings.PAGE_FRAGMENT_SECONDS)
        return html


@register.tag
def fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("{% fragment %} needs a name")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]]
    )
