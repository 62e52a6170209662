"""Posting to the reader forms as a browser on this site would (see comments/csrf.py)."""

import time

from django.core import signing

from comments.spam import STAMP_SALT

SAME_ORIGIN = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}


def stamp(seconds_ago=60):
    """A form stamp as if the form had been shown ``seconds_ago``."""
    return signing.Signer(salt=STAMP_SALT).sign(str(int(time.time() - seconds_ago)))


def post(client, url, data, **headers):
    """POST ``data`` from a same-origin page shown a minute ago (unless data sets a stamp)."""
    return client.post(url, {"stamp": stamp(), **data}, **{**SAME_ORIGIN, **headers})
