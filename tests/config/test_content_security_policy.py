"""A Content-Security-Policy on every page: no inline script in the product; the Wagtail admin
and the API docs alone get what they need (issue 13, finding 7)."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";") if " " in part.strip())


@pytest.mark.parametrize("url_name", ["people:sign-in", "people:accessibility"])
def test_public_pages_allow_only_our_own_scripts(client, url_name):
    directives = policy(client.get(reverse(url_name)))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    assert "unsafe" not in " ".join(directives.values())


def test_signed_in_product_pages_allow_only_our_own_scripts(client, practitioner):
    client.force_login(practitioner)
    for url in (reverse("learning:my-learning"), reverse("assessments:my-progression")):
        directives = policy(client.get(url))
        assert directives["script-src"] == "'self'"
        assert "unsafe" not in " ".join(directives.values())


def test_the_admin_gets_inline_script_and_style_and_nothing_else_does(client, db):
    from django.contrib.auth.models import Group

    from people.enums import CONTENT_EDITOR_GROUP
    from tests.factories import UserFactory

    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    client.force_login(editor)
    directives = policy(client.get("/admin/"))
    assert directives["script-src"] == "'self' 'unsafe-inline'"
    assert "unsafe" not in " ".join(policy(client.get("/resources/")).values())


def test_no_template_has_inline_script_or_event_handlers():
    from pathlib import Path

    from django.conf import settings

    inline = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+=\"|javascript:", re.I)
    offenders = [
        str(path)
        for path in Path(settings.BASE_DIR, "templates").rglob("*.html")
        if inline.search(path.read_text())
    ]
    assert offenders == []
