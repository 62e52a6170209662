from django import template

from newsletter.forms import SubscribeForm
from sitewide.context_processors import load_sitewide

register = template.Library()


@register.inclusion_tag("newsletter/signup_form.html", takes_context=True)
def newsletter_signup(context, placement, level=2):
    """The sign-up form. It varies by page address only, never by visitor (cacheable pages)."""
    request = context.get("request")
    sitewide = load_sitewide()
    form = SubscribeForm(
        initial={"page": request.path if request else "", "placement": placement},
        auto_id=f"newsletter-{placement}-%s",
    )
    return {
        "form": form,
        "placement": placement,
        "level": level,
        "site_settings": sitewide.settings,
        "privacy_url": sitewide.privacy_url,
    }
