"""Anti-spam checks for every public form: comments, newsletter sign-up and page feedback.

No third-party service sees what readers write. Each check is something a bot tends to fail:

- a honeypot field, hidden by the stylesheet, that people leave empty;
- a signed time stamp: a post sent within seconds of the form being generated is a script's;
- a per-IP rate limit kept in the cache (local memory or Redis);
- a limit on the number of links in the text.

A person can trip any of them (a browser autofilling the honeypot, a busy shared network, a
reader quoting three sources), so a failed check does not throw the post away: it is stored as
spam, with the reasons, for an editor to review. Only two things refuse a post, and both show
the form again with the reader's input: a stamp older than the form's lifetime, and a flood from
one address far beyond the rate limit, which must not fill the database.
"""

import hashlib
import ipaddress
import re
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.core.cache import cache

STAMP_SALT = "reader-forms.stamp"
LINK_RE = re.compile(r"\b(?:https?://|www\.)", re.IGNORECASE)

# scope: (posts allowed per window, window in seconds). Past the allowance posts are held as
# spam; past HARD_LIMIT_FACTOR times the allowance they are refused.
DEFAULT_RATE_LIMITS = {
    "comment": (5, 600),
    "report": (5, 600),
    "feedback": (20, 600),
    "newsletter": (5, 600),
}
HARD_LIMIT_FACTOR = 4


def _setting(name, default):
    return getattr(settings, name, default)


def min_seconds():
    """Posts sent sooner than this after the form was generated are a script's."""
    return _setting("READER_FORM_MIN_SECONDS", 3)


def max_age():
    """A form older than this (seconds) is refused, so a stamp cannot be replayed for ever.

    It must outlive a full-page cache entry plus a slow reader: the stamp in a cached page is
    as old as the cached copy.
    """
    return _setting("READER_FORM_MAX_AGE", 2 * 24 * 60 * 60)


def max_links():
    return _setting("READER_FORM_MAX_LINKS", 2)


def make_stamp():
    """A signed “form generated at” time. The same for every reader of one rendering."""
    return signing.Signer(salt=STAMP_SALT).sign(str(int(time.time())))


def stamp_age(stamp):
    """Seconds since ``stamp`` was made, or None when it is missing, altered or from the future."""
    try:
        made = int(signing.Signer(salt=STAMP_SALT).unsign(stamp or ""))
    except (signing.BadSignature, ValueError):
        return None
    age = time.time() - made
    return age if age >= -5 else None  # a few seconds of clock skew between app servers


def client_ip(request):
    """The reader's IP address (or None): REMOTE_ADDR, or the X-Forwarded-For entry that our
    own proxies added."""
    address = request.META.get("REMOTE_ADDR", "")
    # The same proxy count as the admin login lockout (AXES_PROXY_COUNT).
    proxies = _setting("AXES_IPWARE_PROXY_COUNT", None) or 0
    if proxies:
        forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",")]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


class RateLimitUnavailable(Exception):
    """The cache holding the rate limits cannot be reached."""


def count_post(request, scope):
    """Count one post from this reader's address; return the count in the current window.

    Fails closed: without the cache nobody's posts can be counted, so posting waits (reading
    pages does not need it).
    """
    try:
        return _count_post(request, scope)
    except Exception as error:  # redis.ConnectionError and friends
        raise RateLimitUnavailable from error


def _count_post(request, scope):
    allowance, window = _setting("READER_FORM_RATE_LIMITS", DEFAULT_RATE_LIMITS)[scope]
    address = hashlib.sha256(str(client_ip(request)).encode()).hexdigest()[:32]
    key = f"reader-forms:rate:{scope}:{address}:{int(time.time() // window)}"
    # add() then incr(): atomic on Redis, locked on local memory; the window's bucket expires.
    cache.add(key, 0, timeout=window + 5)
    try:
        return cache.incr(key)
    except ValueError:  # evicted between add() and incr()
        cache.set(key, 1, timeout=window + 5)
        return 1


def count_links(*texts):
    return sum(len(LINK_RE.findall(text or "")) for text in texts)


@dataclass
class Inspection:
    reasons: list = field(default_factory=list)  # store the post as spam, for review
    refusal: str = ""  # do not store the post: show the form again with this message
    status_code: int = 400
    stale_stamp: bool = False  # give the form shown again a fresh stamp


def inspect(request, *, scope, honeypot, stamp, texts=()):
    """Run every check on one post that passed field validation."""
    result = Inspection()
    allowance, window = _setting("READER_FORM_RATE_LIMITS", DEFAULT_RATE_LIMITS)[scope]
    try:
        posts = count_post(request, scope)
    except RateLimitUnavailable:
        result.refusal = (
            "We can’t accept posts for a few minutes because of a technical problem on our "
            "side. Please keep what you wrote and send it again shortly."
        )
        result.status_code = 503
        return result
    if posts > allowance * HARD_LIMIT_FACTOR:
        result.refusal = (
            "We have received a lot of posts from your network in the last few minutes. "
            "Please wait a few minutes and send this again."
        )
        result.status_code = 429
        return result
    if posts > allowance:
        result.reasons.append(f"more than {allowance} posts from one address in {window // 60} min")

    if honeypot:
        result.reasons.append("filled in the hidden field")

    age = stamp_age(stamp)
    if age is None:
        result.reasons.append("form stamp missing or altered")
        result.stale_stamp = True
    elif age > max_age():
        result.refusal = (
            "This form had been open for a long time, so we could not accept it. "
            "Please check what you wrote and send it again."
        )
        result.stale_stamp = True
        return result
    elif age < min_seconds():
        result.reasons.append(f"sent {int(age)} s after the form was shown")

    links = count_links(*texts)
    if links > max_links():
        result.reasons.append(f"{links} links (more than {max_links()})")
    return result
