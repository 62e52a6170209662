from django import template

from editorial.dashboard import panels_for

register = template.Library()


@register.inclusion_tag("admin/dashboard_panels.html", takes_context=True)
def dashboard_panels(context):
    """The newsroom panels for the person logged in (editorial/dashboard.py)."""
    return {"panels": panels_for(context["request"].user)}
