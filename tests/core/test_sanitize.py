import pytest

from core.sanitize import plain_text_to_html, sanitize_html


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Hello <script>alert(1)</script></p>", "<p>Hello alert(1)</p>"),
        ('<p onclick="steal()">Hi</p>', "<p>Hi</p>"),
        ('<a href="javascript:alert(1)">x</a>', "<a>x</a>"),
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


def test_external_links_get_rel_noopener():
    assert sanitize_html('<a href="https://example.org">x</a>') == (
        '<a href="https://example.org" rel="noopener noreferrer">x</a>'
    )


def test_plain_text_becomes_escaped_paragraphs():
    assert plain_text_to_html("First line\nsecond <b>bold?</b>\n\nNext") == (
        "<p>First line<br>second &lt;b&gt;bold?&lt;/b&gt;</p><p>Next</p>"
    )
