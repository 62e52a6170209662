"""Read a WordPress eXtended RSS (WXR 1.1/1.2) export into plain records.

WXR files are untrusted input: they are parsed with defusedxml, which refuses entity
declarations (no billion laughs), external entities and DTD fetches (no XXE). Anything that is
not a complete, UTF-8 WXR file raises ``WXRError`` with one message saying what is wrong.
"""

import datetime
import html
from dataclasses import dataclass, field
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils import timezone

MAX_BYTES = 512 * 1024 * 1024  # a very large site's export; WordPress splits larger ones
# Namespaces differ between WordPress versions (http/https, export/1.1 or 1.2): match by family.
NAMESPACES = {
    "/excerpt/": "excerpt",  # before "wp": it is wordpress.org/export/1.2/excerpt/
    "wordpress.org/export/": "wp",
    "purl.org/rss/1.0/modules/content": "content",
    "purl.org/dc/elements": "dc",
}


class WXRError(Exception):
    """The file cannot be imported at all; nothing was changed."""


@dataclass
class WPAuthor:
    login: str
    email: str = ""
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass
class WPComment:
    wp_id: int
    author: str = ""
    email: str = ""
    url: str = ""
    ip: str = ""
    date: datetime.datetime | None = None
    content: str = ""
    approved: str = "0"  # "1", "0", "spam" or "trash"
    type: str = ""  # "" or "comment"; "pingback", "trackback"
    parent_id: int = 0


@dataclass
class Item:
    wp_id: int
    post_type: str
    status: str = ""
    title: str = ""
    slug: str = ""
    link: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    date: datetime.datetime | None = None
    modified: datetime.datetime | None = None
    parent_id: int = 0
    attachment_url: str = ""
    password: str = ""
    comment_status: str = ""
    categories: list = field(default_factory=list)  # (name, slug)
    tags: list = field(default_factory=list)  # (name, slug)
    meta: dict = field(default_factory=dict)
    comments: list = field(default_factory=list)


@dataclass
class Export:
    title: str = ""
    site_url: str = ""  # the blog's address: with the post id, the key of an imported post
    wxr_version: str = ""
    authors: dict = field(default_factory=dict)  # login → WPAuthor
    items: list = field(default_factory=list)

    def of_type(self, post_type):
        return [item for item in self.items if item.post_type == post_type]


def _name(element):
    """“wp:post_id” for any WordPress namespace; plain names for RSS elements."""
    tag = element.tag
    if not isinstance(tag, str) or not tag.startswith("{"):
        return tag
    uri, _, local = tag[1:].partition("}")
    prefix = next((p for part, p in NAMESPACES.items() if part in uri), None)
    return f"{prefix}:{local}" if prefix else local


def _text(element, name):
    for child in element:
        if _name(child) == name:
            return (child.text or "").strip() if name != "content:encoded" else child.text or ""
    return ""


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _date(gmt, local):
    """An aware datetime from WordPress's GMT date, else its local date in our time zone."""
    for value, zone in ((gmt, datetime.UTC), (local, timezone.get_current_timezone())):
        if not value or value.startswith("0000"):
            continue
        try:
            parsed = datetime.datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        return parsed.replace(tzinfo=zone)
    return None


def _decoded(value):
    """Names are exported HTML-escaped (“Health &amp; Wellness”)."""
    return html.unescape(value or "").strip()


def read_bytes(data):
    """Parse WXR bytes. Raises WXRError for anything that is not a complete, UTF-8 WXR file."""
    if len(data) > MAX_BYTES:
        raise WXRError(f"This file is larger than {MAX_BYTES // 1024 // 1024} MB.")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise WXRError(
            f"This file is not UTF-8 text (an unreadable byte at position {error.start:,}). "
            "Export it again from WordPress (Tools → Export) without editing it."
        ) from None
    try:
        root = fromstring(data)
    except DefusedXmlException:
        raise WXRError(
            "This file declares XML entities or a DTD, which a WordPress export never does; it "
            "was refused for safety."
        ) from None
    except ParseError as error:
        line, column = error.position
        raise WXRError(
            f"This is not a complete XML file (line {line}, column {column}: "
            f"{str(error).split(':')[0]}). It may have been cut short: export it again."
        ) from None
    channel = root.find("channel") if root.tag == "rss" else None
    version = _text(channel, "wp:wxr_version") if channel is not None else ""
    if channel is None or not version:
        raise WXRError(
            "This is not a WordPress export (WXR): it has no <wp:wxr_version>. In WordPress, "
            "use Tools → Export → All content."
        )
    return _read_channel(channel, version)


def _read_channel(channel, version):
    export = Export(
        title=_decoded(_text(channel, "title")),
        site_url=(_text(channel, "wp:base_blog_url") or _text(channel, "link")).rstrip("/"),
        wxr_version=version,
    )
    for element in channel:
        name = _name(element)
        if name == "wp:author":
            author = WPAuthor(
                login=_text(element, "wp:author_login"),
                email=_text(element, "wp:author_email"),
                display_name=_decoded(_text(element, "wp:author_display_name")),
                first_name=_decoded(_text(element, "wp:author_first_name")),
                last_name=_decoded(_text(element, "wp:author_last_name")),
            )
            if author.login:
                export.authors[author.login] = author
        elif name == "item":
            export.items.append(_read_item(element))
    return export


def _read_item(element):
    item = Item(
        wp_id=_int(_text(element, "wp:post_id")),
        post_type=_text(element, "wp:post_type") or "post",
        status=_text(element, "wp:status"),
        title=_decoded(_text(element, "title")),
        slug=_text(element, "wp:post_name"),
        link=_text(element, "link"),
        creator=_text(element, "dc:creator"),
        content=_text(element, "content:encoded"),
        excerpt=_text(element, "excerpt:encoded"),
        date=_date(_text(element, "wp:post_date_gmt"), _text(element, "wp:post_date")),
        modified=_date(_text(element, "wp:post_modified_gmt"), _text(element, "wp:post_modified")),
        parent_id=_int(_text(element, "wp:post_parent")),
        attachment_url=_text(element, "wp:attachment_url"),
        password=_text(element, "wp:post_password"),
        comment_status=_text(element, "wp:comment_status"),
    )
    for child in element:
        name = _name(child)
        if name == "category":
            pair = (_decoded(child.text), child.get("nicename", ""))
            if child.get("domain") == "category":
                item.categories.append(pair)
            elif child.get("domain") == "post_tag":
                item.tags.append(pair)
        elif name == "wp:postmeta":
            item.meta[_text(child, "wp:meta_key")] = _text(child, "wp:meta_value")
        elif name == "wp:comment":
            item.comments.append(_read_comment(child))
    return item


def _read_comment(element):
    return WPComment(
        wp_id=_int(_text(element, "wp:comment_id")),
        author=_decoded(_text(element, "wp:comment_author")),
        email=_text(element, "wp:comment_author_email"),
        url=_text(element, "wp:comment_author_url"),
        ip=_text(element, "wp:comment_author_IP"),
        date=_date(_text(element, "wp:comment_date_gmt"), _text(element, "wp:comment_date")),
        content=_text(element, "wp:comment_content"),
        approved=_text(element, "wp:comment_approved") or "0",
        type=_text(element, "wp:comment_type"),
        parent_id=_int(_text(element, "wp:comment_parent")),
    )
