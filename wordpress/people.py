"""WordPress authors as author profiles, and comments as held or approved comments."""

import html
import ipaddress
import re

from django.utils.text import slugify

from authors.models import Author
from comments.models import NAME_MAX_LENGTH, TEXT_MAX_LENGTH, Comment

# Degrees, registrations and titles that follow a name (“Dr Maya Hollis, MBBS”).
CREDENTIAL = re.compile(
    r"(?:,\s*|\s+)(?=(?:MBBS|MBChB|MBBCh|BMBS|MD|DO|PhD|DPhil|BSc|MSc|BMedSc|BA|MA|MPH|MPharm|"
    r"BPharm|PharmD|RN|RGN|RD|RNutr|DNP|NP|APRN|PA-C|MRCGP|MRCP|FRCP|FRCS|FRCGP|MRCS|BDS|"
    r"DipHE|PGDip|PGCert|MS|MBA|CNS|IBCLC|LPN|CPT)\b)"
)


def split_credentials(display_name):
    """(name, credentials) from “Dr Maya Hollis, MBBS” or “Pranjal Yeole BSc in …”."""
    display_name = " ".join((display_name or "").split())
    match = CREDENTIAL.search(display_name)
    if match is None or match.start() == 0:
        return display_name, ""
    return display_name[: match.start()].strip(" ,"), display_name[match.end() :].strip(" ,")


def author_values(wp_author):
    display = wp_author.display_name or " ".join(
        part for part in (wp_author.first_name, wp_author.last_name) if part
    )
    name, credentials = split_credentials(display or wp_author.login)
    return {"name": name[:200], "credentials": credentials[:300]}


def unique_author_slug(name, login):
    base = slugify(name, allow_unicode=True) or slugify(login) or "author"
    slug, number = base[:190], 2
    while Author.objects.filter(slug=slug).exists():
        slug, number = f"{base[:190]}-{number}", number + 1
    return slug


def plain_text(value):
    """Comment HTML (WordPress allows a few tags) as the plain text our comments hold."""
    text = re.sub(r"<br\s*/?>", "\n", value or "", flags=re.IGNORECASE)
    text = re.sub(r"</p>\s*<p[^>]*>", "\n\n", text, flags=re.IGNORECASE)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return text.strip()[:TEXT_MAX_LENGTH]


def ip_or_none(value):
    try:
        return str(ipaddress.ip_address((value or "").strip()))
    except ValueError:
        return None


COMMENT_STATUS = {"1": Comment.Status.APPROVED, "0": Comment.Status.PENDING}


def comment_values(wp_comment):
    return {
        "name": (wp_comment.author or "Anonymous")[:NAME_MAX_LENGTH],
        "email": (wp_comment.email or "")[:254],
        "website": wp_comment.url[:200]
        if wp_comment.url.startswith(("http://", "https://"))
        else "",
        "text": plain_text(wp_comment.content),
        "status": COMMENT_STATUS[wp_comment.approved],
        "ip_address": ip_or_none(wp_comment.ip),
    }


def thread_order(wp_comments):
    """Comments with each parent before its replies, and each one's top-level ancestor id.

    Replies here go one level deep, so a reply to a reply joins the thread of the comment that
    started it.
    """
    by_id = {comment.wp_id: comment for comment in wp_comments}

    def root(comment):
        seen = set()
        while comment.parent_id in by_id and comment.parent_id not in seen:
            seen.add(comment.wp_id)
            comment = by_id[comment.parent_id]
        return comment.wp_id

    roots = {comment.wp_id: root(comment) for comment in wp_comments}
    ordered = sorted(wp_comments, key=lambda c: (roots[c.wp_id] != c.wp_id, c.date is None, c.date))
    return ordered, roots
