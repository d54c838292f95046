import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from assessments.models import Framework, Statement
from assessments.services import evidence_submit
from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


def test_editor_lists_frameworks_and_statements(client, editor, framework):
    client.force_login(editor)
    body = client.get(reverse("frameworks:index")).content.decode()
    assert "FGC Coordinator" in body
    assert "FGC Team Leader" in body
    statements = client.get(reverse("framework_statements:index") + f"?framework={framework.pk}")
    assert "FGCC-A-Q-01" in statements.content.decode()
    assert "FGCTL-A-Q-01" not in statements.content.decode()


def test_editor_edits_a_framework_without_records(client, editor, framework):
    client.force_login(editor)
    response = client.get(reverse("frameworks:edit", args=[framework.pk]))
    assert response.status_code == 200


def test_framework_with_evidence_cannot_be_edited_in_place(
    client, editor, framework, practitioner, statements_a
):
    evidence_submit(
        owner=practitioner,
        kind="training",
        title="Training",
        occurred_on=datetime.date(2026, 1, 1),
        statements=statements_a[:1],
    )
    client.force_login(editor)
    response = client.post(
        reverse("frameworks:edit", args=[framework.pk]),
        {"code": "FGCC", "name": "Changed", "applies_to_role": "coordinator"},
    )
    assert "Make a new version instead" in response.content.decode()
    framework.refresh_from_db()
    assert framework.name == "FGC Coordinator"
    response = client.post(
        reverse("framework_statements:edit", args=[statements_a[3].pk]),
        {
            "domain": statements_a[3].domain_id,
            "code": statements_a[3].code,
            "text": "Changed",
            "order": 4,
        },
    )
    assert Statement.objects.get(pk=statements_a[3].pk).text != "Changed"


def test_editor_makes_a_new_version_and_publishes_it(client, editor, framework):
    client.force_login(editor)
    url = reverse("frameworks:new_version", args=[framework.pk])
    assert "Make a new draft version" in client.get(url).content.decode()
    client.post(url)
    draft = Framework.objects.get(code="FGCC", version=2)
    assert draft.status == "draft"
    client.post(reverse("frameworks:publish", args=[draft.pk]))
    draft.refresh_from_db()
    framework.refresh_from_db()
    assert (draft.status, framework.status) == ("published", "superseded")


def test_publishing_twice_says_why_not(client, editor, framework):
    client.force_login(editor)
    response = client.post(reverse("frameworks:publish", args=[framework.pk]), follow=True)
    assert "Only a draft can be published" in response.content.decode()


@pytest.mark.parametrize("who", ["team_leader", "service_manager"])
def test_staff_with_admin_access_cannot_manage_frameworks(client, request, framework, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("frameworks:index")).status_code in {302, 403}
    response = client.post(reverse("frameworks:new_version", args=[framework.pk]))
    assert response.status_code in {302, 403}
    assert Framework.objects.filter(code="FGCC").count() == 1
