"""Experts by experience and volunteers get 404 from every staff page, whichever app owns it.

Walks the whole URL conf like tests/people/test_login_required.py. The community's own pages
are listed below; the Wagtail admin (no admin access: sign-in redirect), documents (checked
per document in tests/content) and the page server (checked per page) are out of this walk.
"""

import pytest
from django.urls import resolve

from tests.people.test_login_required import PUBLIC, URLS

pytestmark = pytest.mark.django_db

COMMUNITY_PAGES = {
    "mentoring:community-home",
    "mentoring:my-sessions",
    "learning:my-learning",
    "people:password-change",
    "people:password-change-done",
    # Everyone's account: their records (mentoring sessions, for the community) and who
    # looked at them.
    "people:account",
    "people:access-log-own",
    "privacy:records-download",
    "people:sign-out",
}
OUT_OF_THIS_WALK = ("wagtail", "teams:", "api:")


def staff_urls() -> list[tuple[str, str]]:
    return [
        (path, name)
        for path, name in URLS
        if name
        and name not in PUBLIC
        and name not in COMMUNITY_PAGES
        and not name.startswith(OUT_OF_THIS_WALK)
        and not resolve("/" + path).route.startswith(("admin/", "documents/"))
    ]


def status_for(client, path: str) -> int:
    """GET, or POST for the actions that only take POST (they answer GET with 405)."""
    status = client.get("/" + path).status_code
    return client.post("/" + path, {}).status_code if status == 405 else status


@pytest.mark.parametrize("person", ["expert", "volunteer"])
def test_every_staff_page_answers_404_to_community_members(client, request, person):
    client.force_login(request.getfixturevalue(person))
    answered = {name: status_for(client, path) for path, name in staff_urls()}
    assert len(answered) > 20, "the walk found too few staff pages"
    wrong = sorted(f"{name}: {status}" for name, status in answered.items() if status != 404)
    assert wrong == []
