"""Every email to a subscriber, built here so that each carries a one-click unsubscribe link in
its text and in the List-Unsubscribe headers (RFC 2369 and RFC 8058)."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse

from newsletter import tokens
from sitewide.context_processors import load_sitewide


def build_message(*, subscriber, subject, template, base_url, context=None):
    """A text and HTML email from ``newsletter/email/<template>.txt|.html`` to ``subscriber``.

    ``base_url`` is the site's scheme and host (``https://health.example.com``): tasks run
    outside any request.
    """
    unsubscribe_url = base_url + reverse(
        "newsletter:unsubscribe", args=[tokens.make_token(subscriber, tokens.UNSUBSCRIBE)]
    )
    context = {
        **(context or {}),
        "site_name": load_sitewide().settings.site_name,
        "subscriber": subscriber,
        "unsubscribe_url": unsubscribe_url,
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"newsletter/email/{template}.txt", context),
        to=[subscriber.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(
        render_to_string(f"newsletter/email/{template}.html", context), "text/html"
    )
    return message


def confirmation_message(*, subscriber, base_url):
    confirm_url = base_url + reverse(
        "newsletter:confirm", args=[tokens.make_token(subscriber, tokens.CONFIRM)]
    )
    site_name = load_sitewide().settings.site_name
    return build_message(
        subscriber=subscriber,
        subject=f"Please confirm your subscription to {site_name}",
        template="confirm",
        base_url=base_url,
        context={"confirm_url": confirm_url, "valid_days": tokens.confirm_max_age() // 86400},
    )
