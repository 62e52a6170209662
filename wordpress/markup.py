"""WordPress post content to the editor's HTML.

Classic-editor content is stored without paragraphs: WordPress adds them when it shows a page
(``wpautop``), so we do the same. Block-editor content already has them, inside
``<!-- wp:… -->`` comments, which are dropped. Then the HTML is brought within what the article
editor can produce (h2–h4, no layout ``div``s, no ``pre``), before the editor's own sanitiser.
"""

import re

from bs4 import BeautifulSoup, Comment
from django.utils.html import format_html

BLOCK_TAGS = (
    "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|"
    "area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|"
    "hgroup|header|footer|nav|figure|figcaption|details|menu|summary"
)
DROPPED = ["script", "style", "iframe", "object", "embed", "form", "noscript", "svg", "video"]
DYNAMIC_BLOCK = re.compile(r"^\s*wp:([\w/-]+).*/\s*$", re.DOTALL)
UNWRAPPED = [
    "details",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "nav",
    "center",
    "font",
]


def is_block_content(content):
    return "<!-- wp:" in (content or "")


def autop(text):
    """Paragraphs from blank lines and line breaks from single ones, as WordPress shows them."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ""
    # Keep <pre> blocks out of the way of the line-break rules.
    pres = []

    def stash(match):
        pres.append(match.group(0))
        return f"<pre-{len(pres) - 1}></pre-{len(pres) - 1}>"

    text = re.sub(r"<pre\b.*?</pre>", stash, text, flags=re.DOTALL | re.IGNORECASE)
    text = re.sub(r"<br\s*/?>\s*<br\s*/?>", "\n\n", text)
    text = re.sub(rf"(<(?:{BLOCK_TAGS})[\s/>])", r"\n\n\1", text, flags=re.IGNORECASE)
    text = re.sub(rf"(</(?:{BLOCK_TAGS})>)", r"\1\n\n", text, flags=re.IGNORECASE)
    chunks = [chunk.strip() for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]
    html = []
    for chunk in chunks:
        if re.match(rf"</?(?:{BLOCK_TAGS}|pre-\d+)[\s/>]", chunk, re.IGNORECASE):
            html.append(chunk)
        else:
            html.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    text = "\n".join(html)
    return re.sub(r"<pre-(\d+)></pre-\1>", lambda m: pres[int(m.group(1))], text)


def embed_link(figure):
    """A block-editor embed (YouTube, tweets …) becomes a link to what it showed."""
    wrapper = figure.find(class_="wp-block-embed__wrapper")
    url = (wrapper.get_text() if wrapper else figure.get_text()).strip().split()
    if url and url[0].startswith(("http://", "https://")):
        return BeautifulSoup(
            format_html('<p><a href="{}">{}</a></p>', url[0], url[0]), "html.parser"
        )
    return None


def tidy(html, notes):
    """Bring WordPress HTML within the editor's allowlist. ``notes`` collects what was lost."""
    soup = BeautifulSoup(html or "", "html.parser")
    dynamic = []
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        # “<!-- wp:latest-posts /-->”: WordPress draws these when showing the page; no content.
        block = DYNAMIC_BLOCK.match(comment)
        if block and block.group(1) not in dynamic:
            dynamic.append(block.group(1))
        comment.extract()
    if dynamic:
        notes.append(
            "Blocks WordPress draws when showing a page were left out (they hold no content): "
            + ", ".join(dynamic)
        )
    for figure in soup.select(
        "figure.wp-block-embed, figure.wp-block-video, figure.wp-block-audio"
    ):
        link = embed_link(figure)
        if link is None:
            figure.decompose()
            notes.append("An embedded media block without an address was removed.")
        else:
            href = link.a["href"]
            figure.replace_with(link)
            notes.append(f"An embed was replaced by a link: {href}")
    for name in DROPPED:
        for element in soup.find_all(name):
            if name in ("iframe", "video", "embed", "object") and element.get("src"):
                notes.append(f"An embedded {name} was removed: {element.get('src')}")
            elif name in ("iframe", "form", "script"):
                notes.append(f"A <{name}> was removed (readers' pages run no third-party code).")
            element.decompose()
    for heading in soup.find_all(["h1", "h5", "h6"]):
        heading.name = "h2" if heading.name == "h1" else "h4"
    for pre in soup.find_all("pre"):
        # Code and verse: keep the lines as lines.
        text = pre.get_text()
        paragraph = soup.new_tag("p")
        for number, line in enumerate(text.split("\n")):
            if number:
                paragraph.append(soup.new_tag("br"))
            paragraph.append(line)
        pre.replace_with(paragraph)
    for term in soup.find_all(["dt", "dd"]):
        term.name = "p"
    for summary in soup.find_all("summary"):
        # <details>: the summary becomes a bold line above what it opened.
        summary.name = "p"
        summary.string = summary.get_text(" ", strip=True)
        summary.string.wrap(soup.new_tag("strong"))
    for name in UNWRAPPED + ["dl"]:
        for element in soup.find_all(name):
            element.unwrap()
    for figure in soup.find_all("figure"):
        if figure.find("img") is None or figure.find("figure") is not None:
            figure.unwrap()  # tables, quotes and galleries come in figures too
    return str(soup)
