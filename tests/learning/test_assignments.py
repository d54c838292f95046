"""Assignments are changed (due date, note) and cancelled, on record, by the team leader who
manages them; another team's leader gets 404."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from learning.models import Assignment
from learning.services import assignment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def assignment(team_leader, practitioner):
    from tests.factories import build_module

    module = build_module(title="Mapping with families")
    due = timezone.localdate() + datetime.timedelta(days=14)
    return assignment_create(
        module=module, learners=[practitioner], due_date=due, assigned_by=team_leader
    )[0]


def in_days(days: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def test_module_list_has_no_empty_first_choice(client, team_leader, assignment):
    client.force_login(team_leader)
    body = client.get(reverse("learning:assignments")).content.decode()
    select = body.split('<select name="module"', 1)[1].split("</select>", 1)[0]
    assert 'value=""' not in select
    assert "---------" not in select
    assert f'value="{assignment.module.pk}"' in select


def test_assigning_with_a_note_the_learner_reads(client, team_leader, practitioner, assignment):
    client.force_login(team_leader)
    response = client.post(
        reverse("learning:assignments"),
        {
            "module": assignment.module.pk,
            "learners": [practitioner.pk],
            "due_date": in_days(20),
            "note": "Bring one question to supervision.",
        },
    )
    assert response.status_code == 302
    client.force_login(practitioner)
    body = client.get(reverse("learning:my-learning")).content.decode()
    assert "Bring one question to supervision." in body


def test_team_leader_changes_due_date_and_note(
    client, team_leader, practitioner, assignment, django_capture_on_commit_callbacks
):
    client.force_login(team_leader)
    url = reverse("learning:assignment-change", args=[assignment.pk])
    assert assignment.due_date.isoformat() in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"due_date": in_days(30), "note": "Read lesson 2 first."})
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.due_date.isoformat() == in_days(30)
    assert assignment.note == "Read lesson 2 first."
    assert mail.outbox[-1].to == [practitioner.email]
    assert "due date" in mail.outbox[-1].subject


def test_change_keeps_what_was_typed_and_checks_the_note(client, team_leader, assignment):
    client.force_login(team_leader)
    url = reverse("learning:assignment-change", args=[assignment.pk])
    response = client.post(url, {"due_date": "2001-01-01", "note": "Kept text"})
    body = response.content.decode()
    assert "The due date must be today or later" in body
    assert "Kept text" in body
    response = client.post(url, {"due_date": in_days(3), "note": "Ring her on 07700 900123"})
    assert "could identify the family" in response.content.decode()
    assignment.refresh_from_db()
    assert assignment.note == ""


def test_an_overdue_date_may_stay_while_the_note_changes(client, team_leader, assignment):
    overdue = timezone.localdate() - datetime.timedelta(days=2)
    Assignment.objects.filter(pk=assignment.pk).update(due_date=overdue)
    client.force_login(team_leader)
    response = client.post(
        reverse("learning:assignment-change", args=[assignment.pk]),
        {"due_date": overdue.isoformat(), "note": "Still worth doing."},
    )
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.note == "Still worth doing."


def test_cancel_asks_first_and_keeps_a_record(client, team_leader, practitioner, assignment):
    client.force_login(team_leader)
    url = reverse("learning:assignment-cancel", args=[assignment.pk])
    confirm = client.get(url).content.decode()
    assert "Yes, cancel the assignment" in confirm
    assert Assignment.objects.active().count() == 1
    assert client.post(url).status_code == 302
    assignment.refresh_from_db()
    assert assignment.cancelled_at is not None
    assert assignment.cancelled_by == team_leader
    assert Assignment.objects.count() == 1  # kept, not deleted
    team_page = client.get(reverse("learning:assignments")).content.decode()
    assert "Mapping with families</td>" not in team_page

    client.force_login(practitioner)
    body = client.get(reverse("learning:my-learning")).content.decode()
    assigned = body.split("Assigned to you, not started", 1)[1].split("<h2>", 1)[0]
    assert "Mapping with families" not in assigned
    assert "assigned by" not in body.lower()

    # Assigning it again makes a new assignment beside the cancelled one.
    client.force_login(team_leader)
    client.post(
        reverse("learning:assignments"),
        {"module": assignment.module.pk, "learners": [practitioner.pk], "due_date": in_days(9)},
    )
    assert Assignment.objects.count() == 2
    assert Assignment.objects.active().count() == 1


@pytest.mark.parametrize(
    "who", ["other_team_leader", "practitioner", "coordinator", "service_manager"]
)
def test_only_their_team_leader_changes_or_cancels(client, request, assignment, who):
    client.force_login(request.getfixturevalue(who))
    change = reverse("learning:assignment-change", args=[assignment.pk])
    cancel = reverse("learning:assignment-cancel", args=[assignment.pk])
    assert client.get(change).status_code == 404
    assert client.post(change, {"due_date": in_days(40), "note": "x"}).status_code == 404
    assert client.get(cancel).status_code == 404
    assert client.post(cancel).status_code == 404
    assignment.refresh_from_db()
    assert assignment.cancelled_at is None
    assert assignment.note == ""


def test_a_cancelled_assignment_cannot_be_changed(client, team_leader, assignment):
    client.force_login(team_leader)
    client.post(reverse("learning:assignment-cancel", args=[assignment.pk]))
    change = reverse("learning:assignment-change", args=[assignment.pk])
    assert client.get(change).status_code == 404
    assert (
        client.post(reverse("learning:assignment-cancel", args=[assignment.pk])).status_code == 404
    )


def test_a_cancelled_assignment_is_not_counted_overdue(team, team_leader, assignment):
    from learning.services import assignment_cancel
    from reporting import selectors as reporting

    today = timezone.localdate()
    Assignment.objects.filter(pk=assignment.pk).update(due_date=today - datetime.timedelta(days=5))
    period = reporting.Period(today - datetime.timedelta(days=30), today)
    assert reporting.team_figures([team], period)[0].assignments_overdue == 1
    assignment_cancel(assignment=assignment, by=team_leader)
    assert reporting.team_figures([team], period)[0].assignments_overdue == 0


def test_who_manages_assignments_role_pairs(
    team_leader, practitioner, coordinator, other_team_leader, service_manager, team
):
    from people.access import can_manage_assignments_of
    from people.enums import Role
    from tests.factories import member

    assert can_manage_assignments_of(team_leader, practitioner)
    assert can_manage_assignments_of(team_leader, coordinator)
    assert not can_manage_assignments_of(team_leader, team_leader)
    assert not can_manage_assignments_of(other_team_leader, practitioner)
    assert not can_manage_assignments_of(practitioner, coordinator)
    assert not can_manage_assignments_of(service_manager, practitioner)
    manager_in_team = member(team, Role.SERVICE_MANAGER)
    assert not can_manage_assignments_of(team_leader, manager_in_team)
