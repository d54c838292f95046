"""The mentoring questions in people.access, for each role (they take users and ids only)."""

import pytest
from django.contrib.auth.models import Group

from people import access
from people.enums import CONTENT_EDITOR_GROUP, Role
from tests.factories import UserFactory, member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("mentor_role", "mentee_role", "allowed"),
    [
        (Role.COORDINATOR, Role.EXPERT_BY_EXPERIENCE, True),
        (Role.COORDINATOR, Role.VOLUNTEER, True),
        (Role.COORDINATOR, Role.PRACTITIONER, False),
        (Role.COORDINATOR, Role.COORDINATOR, False),
        (Role.PRACTITIONER, Role.VOLUNTEER, False),
        (Role.TEAM_LEADER, Role.VOLUNTEER, False),
        (Role.SERVICE_MANAGER, Role.EXPERT_BY_EXPERIENCE, False),
        (Role.EXPERT_BY_EXPERIENCE, Role.VOLUNTEER, False),
    ],
)
def test_who_may_mentor_whom_in_a_team(team, mentor_role, mentee_role, allowed):
    mentor = member(team, mentor_role)
    mentee = member(team, mentee_role)
    assert access.can_mentor(mentor, mentee) is allowed


def test_coordinator_mentors_only_in_their_own_teams(team, other_team, coordinator):
    assert not access.can_mentor(coordinator, member(other_team, Role.VOLUNTEER))


def test_nobody_mentors_themselves(team, coordinator):
    member(team, Role.VOLUNTEER, user=coordinator)
    assert not access.can_mentor(coordinator, coordinator)


def test_a_staff_member_who_volunteers_is_not_a_mentee(team, coordinator, practitioner):
    member(team, Role.VOLUNTEER, user=practitioner)
    assert not access.can_mentor(coordinator, practitioner)


def test_ended_memberships_grant_no_mentoring(team):
    former_coordinator = member(team, Role.COORDINATOR, ended=True)
    former_volunteer = member(team, Role.VOLUNTEER, ended=True)
    coordinator = member(team, Role.COORDINATOR)
    assert not access.can_mentor(former_coordinator, member(team, Role.VOLUNTEER))
    assert not access.can_mentor(coordinator, former_volunteer)


def test_session_is_read_by_mentor_and_mentee_only(
    team, coordinator, expert, volunteer, team_leader, service_manager, practitioner
):
    other_coordinator = member(team, Role.COORDINATOR)
    superuser = UserFactory()
    superuser.is_superuser = True
    superuser.save(update_fields=["is_superuser"])
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    ids = {"mentor_id": coordinator.pk, "mentee_id": expert.pk}
    assert access.can_view_mentoring_session(coordinator, **ids)
    assert access.can_view_mentoring_session(expert, **ids)
    for outsider in (
        volunteer,
        team_leader,
        service_manager,
        practitioner,
        other_coordinator,
        superuser,
        editor,
    ):
        assert not access.can_view_mentoring_session(outsider, **ids), outsider


def test_private_notes_are_for_the_mentor_alone(coordinator, expert, team_leader):
    assert access.can_view_private_mentor_notes(coordinator, mentor_id=coordinator.pk)
    assert not access.can_view_private_mentor_notes(expert, mentor_id=coordinator.pk)
    assert not access.can_view_private_mentor_notes(team_leader, mentor_id=coordinator.pk)


def test_inactive_accounts_see_nothing(coordinator, expert):
    expert.is_active = False
    assert not access.can_view_mentoring_session(
        expert, mentor_id=coordinator.pk, mentee_id=expert.pk
    )


def test_only_a_current_coordinator_records_sessions(team, coordinator, expert):
    assert access.can_record_mentoring_session(coordinator, mentor_id=coordinator.pk)
    assert not access.can_record_mentoring_session(expert, mentor_id=coordinator.pk)
    former = member(team, Role.COORDINATOR, ended=True)
    assert not access.can_record_mentoring_session(former, mentor_id=former.pk)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.TEAM_LEADER, True),
        (Role.SERVICE_MANAGER, True),
        (Role.COORDINATOR, False),
        (Role.PRACTITIONER, False),
        (Role.EXPERT_BY_EXPERIENCE, False),
        (Role.VOLUNTEER, False),
    ],
)
def test_who_sees_mentoring_counts(team, role, allowed):
    assert access.can_view_mentoring_counts(member(team, role)) is allowed
