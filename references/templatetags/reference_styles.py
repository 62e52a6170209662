from django import template

register = template.Library()


@register.filter
def in_style(source, style):
    """``{{ source|in_style:"apa" }}``: the reference as HTML in a citation style."""
    return source.formatted_html(style)
