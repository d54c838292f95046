"""A framework in use says so at the top of its edit form, with every field read-only,
before the editor types anything."""

import datetime
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from assessments.models import Framework
from assessments.services import evidence_submit
from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOTICE = "Published and in use: this cannot be edited."


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


@pytest.fixture
def used_framework(framework, practitioner, statements_a):
    evidence_submit(
        owner=practitioner,
        kind="training",
        title="Training",
        occurred_on=datetime.date(2026, 1, 1),
        statements=statements_a[:1],
    )
    return framework


def input_named(body: str, name: str) -> str:
    return re.search(rf'<(?:input|textarea|select)[^>]*name="{name}"[^>]*>', body).group(0)


def test_a_framework_in_use_opens_read_only_with_a_notice(client, editor, used_framework):
    client.force_login(editor)
    body = client.get(reverse("frameworks:edit", args=[used_framework.pk])).content.decode()
    assert NOTICE in body
    assert Framework.frozen_message in body
    assert body.index(NOTICE) < body.index('name="name"')
    assert "disabled" in input_named(body, "name")
    assert "disabled" in input_named(body, "code")


def test_its_statements_open_read_only_with_a_notice(client, editor, used_framework, statements_a):
    client.force_login(editor)
    url = reverse("framework_statements:edit", args=[statements_a[3].pk])
    body = client.get(url).content.decode()
    assert NOTICE in body
    assert "Make a new version of the framework instead" in body
    assert "disabled" in input_named(body, "text")


def test_a_framework_not_in_use_opens_editable_without_the_notice(client, editor, framework):
    client.force_login(editor)
    body = client.get(reverse("frameworks:edit", args=[framework.pk])).content.decode()
    assert NOTICE not in body
    assert "disabled" not in input_named(body, "name")


def test_posting_to_a_frozen_framework_changes_nothing(client, editor, used_framework):
    client.force_login(editor)
    response = client.post(
        reverse("frameworks:edit", args=[used_framework.pk]),
        {"code": "FGCC", "name": "Changed", "applies_to_role": "coordinator"},
    )
    assert response.status_code == 200
    used_framework.refresh_from_db()
    assert used_framework.name == "FGC Coordinator"
