"""The page furniture for small screens, as the server sends it (the browser journey in
tests/e2e/test_small_screens.py drives it at 320px)."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_the_menu_button_controls_the_navigation_and_is_hidden_without_javascript(
    client, practitioner
):
    client.force_login(practitioner)
    body = client.get(reverse("learning:my-learning")).content.decode()
    button = re.search(r"<button[^>]*data-nav-toggle[^>]*>Menu</button>", body).group(0)
    assert 'aria-controls="main-navigation"' in button
    assert "aria-expanded=" in button
    assert " hidden" in button  # static/js/navigation.js shows it; without it, the list shows
    assert '<ul class="nav__list" id="main-navigation">' in body
    assert '<script src="/static/js/navigation.js" defer></script>' in body
    assert '<script src="/static/js/tables.js" defer></script>' in body
    assert not re.search(r"<script(?![^>]*\bsrc=)", body)  # no inline script (strict CSP)


def test_every_table_scrolls_in_a_focusable_labelled_region():
    from pathlib import Path

    templates = Path(__file__).resolve().parents[2] / "templates"
    for path in templates.rglob("*.html"):
        text = path.read_text()
        tables = len(re.findall(r"<table\b", text))
        wrappers = re.findall(r'<div class="table-wrapper"[^>]*>', text)
        assert len(wrappers) == tables, path
        for wrapper in wrappers:
            assert 'tabindex="0"' in wrapper and 'role="region"' in wrapper, path
            assert "aria-label" in wrapper, path
