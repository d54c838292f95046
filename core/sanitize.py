"""The one HTML sanitiser for user-written rich text (DESIGN.md: every user text passes here).

Keeps the small set of tags Wagtail's rich text editor and our own forms produce, drops
everything else (scripts and styles with their content, event handlers, comments,
javascript: and data: links). Output is safe to store and to render with the `richtext`
filter. The work is done by nh3 (the Rust ammonia sanitiser), which replaced bleach when
bleach was deprecated upstream.

Bare URLs are not turned into links. The text stored here is about vulnerable children and
families, and team leaders' comments on practitioners' work: a web address someone typed
stays the text they typed, so nobody is one click away from a page the writer only meant to
name. A link the writer made on purpose (an explicit `<a href>` from the rich text editor)
is kept when its scheme is http, https, mailto or tel, and every kept link carries
rel="noopener noreferrer", so the page it opens learns nothing about ours.

It imports nothing of the project, so every layer may use it.
"""

import html

import nh3

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote"}
)
ALLOWED_ATTRIBUTES = {"a": frozenset({"href", "title", "linktype", "id"})}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})
LINK_REL = "noopener noreferrer"

_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    url_schemes=set(ALLOWED_PROTOCOLS),
    strip_comments=True,
    link_rel=LINK_REL,
)
# Every tag dropped, text kept: for turning stored HTML back into what was typed.
_TEXT_ONLY = nh3.Cleaner(tags=set(), attributes={}, strip_comments=True, link_rel=None)


def sanitize_html(html: str | None) -> str:
    """Clean user-written HTML to the allowed subset. Plain text comes back escaped."""
    if not html:
        return ""
    return _CLEANER.clean(html)


def plain_text_to_html(text: str | None) -> str:
    """Turn text typed into a plain textarea into sanitised paragraphs (URLs stay text)."""
    if not text:
        return ""
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    escaped = [html.escape(part, quote=False).replace("\n", "<br>") for part in paragraphs if part]
    return sanitize_html("".join(f"<p>{part}</p>" for part in escaped))


def html_to_plain_text(value: str | None) -> str:
    """The reverse of plain_text_to_html, to put stored text back in a plain textarea."""
    if not value:
        return ""
    text = value.replace("</p><p>", "\n\n").replace("<br>", "\n").replace("<br/>", "\n")
    return html.unescape(_TEXT_ONLY.clean(text)).strip()
