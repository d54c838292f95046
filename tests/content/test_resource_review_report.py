"""Editors see which resources are overdue for review, in a Wagtail admin report."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from people.enums import CONTENT_EDITOR_GROUP
from tests.content.factories import resource
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REPORT = "content_resources_due_for_review"


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


@pytest.fixture
def resources(db):
    today = timezone.localdate()
    return {
        "overdue": resource(
            title="Old guide",
            last_reviewed=today - timedelta(days=500),
            review_by=today - timedelta(days=135),
        ),
        "draft_overdue": resource(
            title="Old draft",
            live=False,
            last_reviewed=today - timedelta(days=400),
            review_by=today - timedelta(days=1),
        ),
        "due_today": resource(title="Due today", last_reviewed=today, review_by=today),
        "current": resource(title="Fresh guide"),
    }


def test_editor_sees_overdue_resources_oldest_first(client, editor, resources):
    client.force_login(editor)
    response = client.get(reverse(REPORT))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.index("Old guide") < body.index("Old draft")
    assert "Due today" not in body
    assert "Fresh guide" not in body
    assert reverse("wagtailadmin_pages:edit", args=[resources["overdue"].pk]) in body


def test_report_downloads_as_csv(client, editor, resources):
    client.force_login(editor)
    response = client.get(reverse(REPORT), {"export": "csv"})
    content = b"".join(response.streaming_content).decode()
    lines = content.strip().splitlines()
    assert lines[0] == "Title,Review by,Last reviewed,Kind,Live"
    assert lines[1].startswith("Old guide,")
    assert len(lines) == 3


def test_report_is_in_the_reports_menu_for_editors(client, editor):
    client.force_login(editor)
    body = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Resources overdue for review" in body


@pytest.mark.parametrize("role", ["practitioner", "volunteer", "team_leader"])
def test_people_without_page_permissions_cannot_open_the_report(client, request, role, resources):
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse(REPORT))
    # Without admin access the admin is not there at all (people/middleware.py); a team
    # leader has the admin but not the pages.
    assert response.status_code in ({302, 403} if role == "team_leader" else {404})
    assert "Old guide" not in response.content.decode()
