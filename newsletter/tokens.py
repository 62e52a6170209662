"""Signed links in newsletter emails.

A token names the subscriber by primary key and carries a digest of the address (never the
address itself, which would end up in logs), so a link stops working if the address changes.
Confirmation links expire; unsubscribe links work for as long as the emails that carry them.
"""

from django.conf import settings
from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

from newsletter.models import Subscriber

CONFIRM = "newsletter.confirm"
UNSUBSCRIBE = "newsletter.unsubscribe"


class InvalidToken(Exception):
    """Altered, unknown or no longer matching any subscriber."""


class ExpiredToken(InvalidToken):
    pass


def confirm_max_age():
    return getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE", 7 * 24 * 60 * 60)


def _digest(email):
    return salted_hmac("newsletter.tokens", email.lower()).hexdigest()[:20]


def make_token(subscriber, purpose):
    return signing.dumps([subscriber.pk, _digest(subscriber.email)], salt=purpose)


def subscriber_for(token, purpose):
    """The subscriber a token was made for; raise InvalidToken or ExpiredToken."""
    max_age = confirm_max_age() if purpose == CONFIRM else None
    try:
        pk, digest = signing.loads(token, salt=purpose, max_age=max_age)
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken from error
    subscriber = Subscriber.objects.filter(pk=pk).first()
    if subscriber is None or not constant_time_compare(str(digest), _digest(subscriber.email)):
        raise InvalidToken
    return subscriber
