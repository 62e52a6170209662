from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def page_url(context, number, param="page"):
    """The current address with ``param`` set to page ``number``, other parameters kept."""
    request = context["request"]
    query = request.GET.copy()
    if number == 1:
        query.pop(param, None)  # the first page has one address, without ?page=1
    else:
        query[param] = number
    return f"{request.path}?{query.urlencode()}" if query else request.path
