import pytest

from core.sanitize import html_to_plain_text, plain_text_to_html, sanitize_html

REL = 'rel="noopener noreferrer"'


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        # nh3 drops a script's or style's content with the tag (bleach kept it as text).
        ("<p>Hello <script>alert(1)</script></p>", "<p>Hello </p>"),
        ("<p>Notes<style>p { color: red }</style></p>", "<p>Notes</p>"),
        ('<p onclick="steal()">Hi</p>', "<p>Hi</p>"),
        # Every kept <a> carries rel, even one whose unsafe href was removed (bleach added
        # rel to http(s) links only).
        ('<a href="javascript:alert(1)">x</a>', f"<a {REL}>x</a>"),
        ('<a href="data:text/html,hi">x</a>', f"<a {REL}>x</a>"),
        ('<img src=x onerror="alert(1)">', ""),
        ("<p style='color:red'>Styled</p>", "<p>Styled</p>"),
        ("<strong>kept</strong> <em>too</em>", "<strong>kept</strong> <em>too</em>"),
        ("<!-- hidden --><p>shown</p>", "<p>shown</p>"),
        ("", ""),
        (None, ""),
    ],
)
def test_sanitize_html(dirty, clean):
    assert sanitize_html(dirty) == clean


def test_allowed_tags_survive():
    kept = (
        "<h2>A</h2><h3>B</h3><h4>C</h4><blockquote>q</blockquote>"
        "<ul><li>one</li></ul><ol><li>two</li></ol><p><b>b</b><i>i</i><br></p>"
    )
    assert sanitize_html(kept) == kept


def test_external_links_get_rel_noopener():
    assert sanitize_html('<a href="https://example.org">x</a>') == (
        f'<a href="https://example.org" {REL}>x</a>'
    )


def test_links_keep_their_allowed_attributes_and_lose_the_rest():
    dirty = (
        '<a href="mailto:team@example.org" title="Team" rel="opener" target="_blank"'
        ' class="big">mail</a>'
    )
    assert sanitize_html(dirty) == (
        f'<a href="mailto:team@example.org" title="Team" {REL}>mail</a>'
    )


def test_wagtail_internal_links_are_kept():
    assert sanitize_html('<a linktype="page" id="3">Home</a>') == (
        f'<a linktype="page" id="3" {REL}>Home</a>'
    )


def test_typed_urls_stay_text_and_are_not_linked():
    """Decision: bare URLs are never turned into links (see core/sanitize.py)."""
    typed = "Family shared https://example.org/photos and www.example.org with us"
    stored = plain_text_to_html(typed)
    assert stored == f"<p>{typed}</p>"
    assert "<a" not in sanitize_html(typed)


def test_plain_text_becomes_escaped_paragraphs():
    assert plain_text_to_html("First line\nsecond <b>bold?</b>\n\nNext") == (
        "<p>First line<br>second &lt;b&gt;bold?&lt;/b&gt;</p><p>Next</p>"
    )


def test_html_to_plain_text_gives_back_what_was_typed():
    typed = "First line\nsecond <b>bold?</b> & 5 > 3\n\nSee https://example.org"
    assert html_to_plain_text(plain_text_to_html(typed)) == typed


def test_html_to_plain_text_drops_tags_comments_and_scripts():
    stored = '<p>Met <a href="https://example.org">them</a><!-- x --><script>y()</script></p>'
    assert html_to_plain_text(stored) == "Met them"
    assert html_to_plain_text(None) == ""
