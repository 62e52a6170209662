import html
import re

from django.urls import reverse

from tests.reader_forms import post

SUBSCRIBE = reverse("newsletter:subscribe")


def signup_fields(client, path, placement="article"):
    """The hidden fields of a sign-up form as the page at ``path`` renders them."""
    page = client.get(path).content.decode()
    fields = {}
    for name in ["stamp", "consent_text", "page", "placement"]:
        match = re.search(
            rf'name="{name}" value="([^"]*)" id="newsletter-{placement}-{name}"', page
        )
        fields[name] = html.unescape(match.group(1))
    return fields


def sign_up(client, address, *, path="/newsletter/subscribe/", placement="page", **data):
    """Fill in and send the sign-up form found on ``path``."""
    fields = signup_fields(client, path, placement)
    fields.pop("stamp")  # post() gives a stamp old enough to pass the time check
    return post(client, SUBSCRIBE, {**fields, "email": address, "consent": "on", **data})
