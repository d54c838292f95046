"""The one HTML sanitiser for user-written rich text (DESIGN.md: every user text passes here).

Keeps the small set of tags Wagtail's rich text editor and our own forms produce, drops
everything else (scripts, styles, event handlers, javascript: links). Output is safe to
store and to render with the `richtext` filter.

It imports nothing of the project, so every layer may use it, assessments included, even
though assessments otherwise sits to the left of content.
"""

import html

import bleach

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "linktype", "id"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})


def _safe_rel(attrs: dict, new: bool = False) -> dict:
    href_key = (None, "href")
    if href_key in attrs and attrs[href_key].startswith(("http://", "https://")):
        attrs[(None, "rel")] = "noopener noreferrer"
    return attrs


def sanitize_html(html: str | None) -> str:
    """Clean user-written HTML to the allowed subset. Plain text comes back escaped."""
    if not html:
        return ""
    cleaned = bleach.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    return bleach.linkify(cleaned, callbacks=[_safe_rel], parse_email=False)


def plain_text_to_html(text: str | None) -> str:
    """Turn text typed into a plain textarea into sanitised paragraphs."""
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
    return html.unescape(bleach.clean(text, tags=set(), strip=True)).strip()
