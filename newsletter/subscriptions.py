"""Double opt-in: sign up (consent recorded, confirmation email queued), confirm from the email,
unsubscribe from any email. Whatever state an address is in, the reader who signs it up is told
the same thing, so the form never reveals who is subscribed."""

import datetime

from django.db import transaction
from django.utils import timezone

from newsletter import tokens
from newsletter.models import Subscriber
from newsletter.tasks import send_confirmation_email

# At most one confirmation email per address in this time, however often it is signed up: the
# form must not become a way to flood someone's inbox.
RESEND_AFTER = datetime.timedelta(minutes=10)


def normalise_email(email):
    # Lower-cased whole: local parts are case-sensitive in theory, never in practice.
    return email.strip().lower()


@transaction.atomic
def subscribe(
    *,
    email,
    consent_text,
    consent_page="",
    consent_form="",
    base_url,
    held_reasons=(),
    ip_address=None,
):
    """Record a sign-up and queue its confirmation email; return the subscriber."""
    now = timezone.now()
    subscriber, created = Subscriber.objects.select_for_update().get_or_create(
        email=normalise_email(email),
        defaults={
            "consent_text": consent_text,
            "consented_at": now,
            "consent_page": consent_page[:300],
            "consent_form": consent_form,
            "ip_address": ip_address,
            "held_reasons": list(held_reasons),
        },
    )
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return subscriber  # nothing to do, and nothing to tell
    if held_reasons:
        # A suspected bot: keep the record for an editor, email no one (it may not be their
        # address). An earlier, genuine sign-up is left as it was.
        return subscriber
    if not created:
        subscriber.status = Subscriber.Status.PENDING
        subscriber.consent_text = consent_text
        subscriber.consented_at = now
        subscriber.consent_page = consent_page[:300]
        subscriber.consent_form = consent_form
        subscriber.ip_address = ip_address
        subscriber.held_reasons = []
        subscriber.unsubscribed_at = None
        subscriber.save()
    recently_sent = subscriber.confirmation_sent_at and (
        now - subscriber.confirmation_sent_at < RESEND_AFTER
    )
    if not recently_sent:
        send_confirmation(subscriber=subscriber, base_url=base_url)
    return subscriber


@transaction.atomic
def send_confirmation(*, subscriber, base_url):
    """Queue the confirmation email once the sign-up is committed (so the worker can see it)."""
    Subscriber.objects.filter(pk=subscriber.pk).update(
        confirmation_sent_at=timezone.now(), held_reasons=[]
    )
    transaction.on_commit(lambda: send_confirmation_email.enqueue(subscriber.pk, base_url))


@transaction.atomic
def confirm(*, token):
    """Confirm the subscription a confirmation link was sent for.

    Returns ``(subscriber, newly_confirmed)``; raises tokens.InvalidToken (or ExpiredToken) when
    the link is altered, expired, or the address has since unsubscribed.
    """
    subscriber = tokens.subscriber_for(token, tokens.CONFIRM)
    subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return subscriber, False
    if subscriber.status != Subscriber.Status.PENDING:
        raise tokens.InvalidToken("unsubscribed since the link was sent")
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = timezone.now()
    subscriber.held_reasons = []
    subscriber.save(update_fields=["status", "confirmed_at", "held_reasons"])
    return subscriber, True


@transaction.atomic
def unsubscribe(*, token):
    """Stop all email to the subscriber an unsubscribe link was made for; safe to repeat."""
    subscriber = tokens.subscriber_for(token, tokens.UNSUBSCRIBE)
    updated = Subscriber.objects.filter(pk=subscriber.pk).exclude(
        status=Subscriber.Status.UNSUBSCRIBED
    )
    updated.update(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    subscriber.refresh_from_db()
    return subscriber
