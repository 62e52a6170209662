"""WordPress shortcodes: never shown to readers as text.

``[caption]`` becomes a figure with its caption; ``[gallery]`` the figures of its imported images;
``[embed]``, ``[audio]`` and ``[video]`` a link to what they played; anything else (plugins: opt-in
forms, contact forms …) is removed, keeping the text an enclosing shortcode wrapped. Every one is
listed for the post's report so an editor can decide.

WordPress only expands registered shortcodes; we cannot know a site's plugins, so a bracket is
taken for a shortcode when it is a core one, has attributes (``a="b"``), a closing tag, a name
with ``-`` or ``_``, or stands alone on its line. Prose such as “coracles [simple boat]” stays.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape, format_html

CORE = {"caption", "wp_caption", "gallery", "embed", "audio", "video", "playlist"}
OPENING = re.compile(r"\[(?P<escaped>\[?)(?P<name>[A-Za-z][\w-]*)(?P<attrs>(?:\s[^\[\]]*)?)\]")
ATTRIBUTE = re.compile(
    r"""([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)"""
)
MEDIA_ATTRIBUTES = ("src", "mp3", "m4a", "ogg", "wav", "wma", "mp4", "m4v", "webm", "ogv", "flv")
IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


@dataclass
class Use:
    """One shortcode found in a post and what was done with it."""

    name: str
    action: str

    def __str__(self):
        return f"[{self.name}]: {self.action}"


def attributes(text):
    found = {}
    for match in ATTRIBUTE.finditer(text or ""):
        key = match.group(1) or match.group(3) or match.group(5)
        value = match.group(2) if match.group(1) else match.group(4) or match.group(6) or ""
        found[key.lower()] = value
    return found


def _alone_on_line(text, start, end):
    before = text.rfind("\n", 0, start)
    after = text.find("\n", end)
    line = text[before + 1 : len(text) if after < 0 else after]
    line = re.sub(r"</?p[^>]*>|<!--.*?-->", "", line)
    return line.strip() == text[start:end].strip()


def _is_shortcode(text, match, closing_at):
    name, attrs = match.group("name"), match.group("attrs")
    return (
        name.lower() in CORE
        or closing_at >= 0
        or "=" in attrs
        or "-" in name
        or "_" in name
        or attrs.strip() == "/"
        or (not attrs.strip() and _alone_on_line(text, match.start(), match.end()))
    )


def expand(text, gallery=None):
    """Replace the shortcodes in ``text``. Returns (html, [Use]).

    ``gallery(ids, attrs)`` returns the figures HTML of the listed attachment ids (or of the
    post's own attachments when ``ids`` is empty), or "" when none were imported.
    """
    uses = []
    out, position = [], 0
    while True:
        match = OPENING.search(text, position)
        if match is None:
            break
        name = match.group("name")
        closing = f"[/{name}]"
        closing_at = text.find(closing, match.end())
        if not _is_shortcode(text, match, closing_at):
            out.append(text[position : match.end()])
            position = match.end()
            continue
        out.append(text[position : match.start()])
        inner, end = "", match.end()
        if closing_at >= 0 and not match.group("attrs").strip().endswith("/"):
            inner, end = text[match.end() : closing_at], closing_at + len(closing)
        if match.group("escaped") and text[end : end + 1] == "]":
            # [[gallery]] is WordPress's way of writing the text “[gallery]”.
            out.append(escape(f"[{name}{match.group('attrs')}]"))
            uses.append(Use(name, "written as text on purpose ([[…]]); kept as text"))
            position = end + 1
            continue
        attrs = attributes(match.group("attrs"))
        # [audio https://…]: a bare address is the file.
        bare = re.search(r"(?<![=\"'])\bhttps?://[^\s\]\"']+", match.group("attrs"))
        if bare:
            attrs.setdefault("src", bare.group(0))
        replacement, action = _handle(name.lower(), attrs, inner, gallery)
        nested_html, nested_uses = (
            expand(replacement, gallery)
            if "[" in replacement
            else (
                replacement,
                [],
            )
        )
        out.append(nested_html)
        uses.append(Use(name, action))
        uses.extend(nested_uses)
        position = end
    out.append(text[position:])
    return "".join(out), uses


def _handle(name, attrs, inner, gallery):
    if name in ("caption", "wp_caption"):
        return _caption(attrs, inner)
    if name == "gallery":
        ids = [int(i) for i in re.findall(r"\d+", attrs.get("ids", "") or attrs.get("include", ""))]
        figures = gallery(ids, attrs) if gallery else ""
        if figures:
            return figures, "converted to figures of its imported images"
        return "", "removed: its images were not imported (use --media-dir)"
    if name in ("embed", "audio", "video", "playlist"):
        url = inner.strip() if name == "embed" else ""
        url = url or next((attrs[key] for key in MEDIA_ATTRIBUTES if attrs.get(key)), "")
        if url.startswith(("http://", "https://")):
            link = format_html('<p><a href="{}">{}</a></p>', url, url)
            return str(link), "replaced by a link to what it played"
        return "", "removed: nothing to link to"
    if inner.strip():
        return inner, "removed (plugin shortcode); the text it wrapped is kept"
    return "", "removed (plugin shortcode): check whether the page needs a replacement"


def _caption(attrs, inner):
    image = IMG.search(inner)
    caption = attrs.get("caption", "")
    if image is None:
        return inner, "removed; it held no image, its text is kept"
    if not caption:
        caption = re.sub(r"<[^>]+>", "", inner[image.end() :]).strip()
    figure = f"<figure>{image.group(0)}<figcaption>{caption}</figcaption></figure>"
    return figure, "converted to a figure with its caption"


def leftovers(text):
    """Shortcode-like text still in ``text`` (for checks and reports)."""
    return [
        match.group(0)
        for match in OPENING.finditer(text or "")
        if _is_shortcode(text, match, text.find(f"[/{match.group('name')}]", match.end()))
    ]
