"""An id too large for the database, typed or tampered into any form, is a form error, never
a 500 (issue 13, finding 4)."""

import pytest
from django.urls import reverse

from people.enums import Role
from tests.factories import build_module, member

TOO_LARGE = "99999999999999999999"


def test_evidence_with_a_statement_id_too_large_is_a_form_error(client, practitioner):
    client.force_login(practitioner)
    response = client.post(
        reverse("assessments:evidence-add"),
        {
            "kind": "reflective_account",
            "title": "Preparing a family",
            "occurred_on": "01/01/2026",
            "statements": TOO_LARGE,
        },
    )
    assert response.status_code == 200
    assert "Choose statements from the list" in response.content.decode()
    assert 'value="Preparing a family"' in response.content.decode()


def test_assignment_with_ids_too_large_is_a_form_error(client, team_leader, practitioner):
    build_module()
    client.force_login(team_leader)
    response = client.post(
        reverse("learning:assignments"),
        {"module": TOO_LARGE, "learners": [TOO_LARGE], "due_date": "2030-01-01"},
    )
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()


@pytest.mark.parametrize("field", ["observed", "template"])
def test_observation_with_an_id_too_large_is_a_form_error(client, coordinator, team, field):
    colleague = member(team, Role.PRACTITIONER)
    client.force_login(coordinator)
    data = {
        "observed": str(colleague.pk),
        "template": "1",
        "observed_on": "2026-01-01",
        "meeting_type": "fgc",
        "family_consent": "on",
        field: TOO_LARGE,
    }
    response = client.post(reverse("observations:observation-create"), data)
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()


def test_mentoring_with_an_id_too_large_is_a_form_error(client, coordinator, expert):
    client.force_login(coordinator)
    response = client.post(
        reverse("mentoring:relationship-create"),
        {"mentee": TOO_LARGE, "start_date": "2026-01-01"},
    )
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()


def test_reviewer_and_reconsider_forms_take_ids_too_large_as_form_errors(
    client, team, team_leader, service_manager, practitioner
):
    from assessments.models import Framework

    client.force_login(service_manager)
    response = client.post(
        reverse("people:reviewers"),
        {"team_leader": team_leader.pk, f"tl{team_leader.pk}-reviewer": TOO_LARGE},
    )
    assert response.status_code == 200
    assert "Choose a team leader from the list" in response.content.decode()
    assert client.post(reverse("people:reviewers"), {"team_leader": TOO_LARGE}).status_code == 404
    framework = Framework.objects.get(code="FGCC", status="published")
    client.force_login(team_leader)
    response = client.post(
        reverse("assessments:reconsider", args=[practitioner.pk, framework.pk]),
        {"statement": TOO_LARGE, "reason": "Shown again"},
    )
    assert response.status_code == 200
    assert "Choose a met statement from the list" in response.content.decode()
