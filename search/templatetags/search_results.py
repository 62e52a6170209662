from django import template

from search.query import highlight as highlight_snippet

register = template.Library()


@register.filter
def highlight(snippet):
    """A search snippet as HTML: escaped text with the matched words in <mark>."""
    return highlight_snippet(snippet)
