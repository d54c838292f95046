"""The access module, for every pair of roles, ended memberships and people in two teams."""

import pytest

from people import access
from people.enums import CONTENT_EDITOR_GROUP, Role
from people.models import Membership
from people.services import membership_end
from tests.factories import TeamFactory, UserFactory, member

pytestmark = pytest.mark.django_db

ROLES = [
    Role.PRACTITIONER,
    Role.COORDINATOR,
    Role.TEAM_LEADER,
    Role.SERVICE_MANAGER,
    Role.EXPERT_BY_EXPERIENCE,
    Role.VOLUNTEER,
    "content_editor",
]
STAFF = {Role.PRACTITIONER, Role.COORDINATOR, Role.TEAM_LEADER, Role.SERVICE_MANAGER}


def person_with(role: str, team):
    if role == "content_editor":
        from django.contrib.auth.models import Group

        user = UserFactory()
        user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
        return user
    return member(team, role)


def expected_view(viewer_role: str, subject_role: str) -> bool:
    if subject_role not in STAFF:
        return False
    if viewer_role == Role.TEAM_LEADER:
        return subject_role != Role.SERVICE_MANAGER  # a team leader does not review their manager
    return viewer_role == Role.SERVICE_MANAGER


def expected_decide(viewer_role: str, subject_role: str) -> bool:
    """A team leader decides on practitioners and coordinators of their team; a team
    leader's evidence is the service manager's (or an appointed team leader's) to decide."""
    if viewer_role == Role.TEAM_LEADER:
        return subject_role in {Role.PRACTITIONER, Role.COORDINATOR}
    return viewer_role == Role.SERVICE_MANAGER and subject_role == Role.TEAM_LEADER


@pytest.mark.parametrize("viewer_role", ROLES)
@pytest.mark.parametrize("subject_role", ROLES)
def test_same_team_pairs(viewer_role, subject_role):
    team = TeamFactory()
    viewer = person_with(viewer_role, team)
    subject = person_with(subject_role, team)

    assert access.can_view_records(viewer, subject) is expected_view(viewer_role, subject_role)
    assert access.can_decide_on(viewer, subject) is expected_decide(viewer_role, subject_role)
    assert access.can_sign_off(viewer, subject) is access.can_decide_on(viewer, subject)
    assert access.can_observe(viewer, subject) is (
        viewer_role in {Role.COORDINATOR, Role.TEAM_LEADER} and subject_role in STAFF
    )


@pytest.mark.parametrize("viewer_role", ROLES)
@pytest.mark.parametrize("subject_role", ROLES)
def test_other_team_pairs(viewer_role, subject_role):
    viewer = person_with(viewer_role, TeamFactory())
    subject = person_with(subject_role, TeamFactory())

    assert access.can_view_records(viewer, subject) is (
        viewer_role == Role.SERVICE_MANAGER and subject_role in STAFF
    )
    assert access.can_decide_on(viewer, subject) is (
        viewer_role == Role.SERVICE_MANAGER and subject_role == Role.TEAM_LEADER
    )
    assert access.can_observe(viewer, subject) is False


@pytest.mark.parametrize("role", ROLES)
def test_own_records(role):
    user = person_with(role, TeamFactory())
    assert access.can_view_records(user, user) is (role in STAFF)
    assert access.can_decide_on(user, user) is False
    assert access.can_observe(user, user) is False


def test_anonymous_user_sees_nothing(practitioner):
    from django.contrib.auth.models import AnonymousUser

    anonymous = AnonymousUser()
    assert not access.can_view_records(anonymous, practitioner)
    assert not access.can_decide_on(anonymous, practitioner)
    assert not access.is_staff_member(anonymous)


def test_ended_team_leader_membership_grants_nothing(team, practitioner):
    leader = member(team, Role.TEAM_LEADER, ended=True)
    assert not access.can_view_records(leader, practitioner)
    assert not access.can_decide_on(leader, practitioner)
    assert not access.is_team_leader(leader)


def test_subject_who_left_the_team_is_out_of_reach(team, team_leader):
    leaver = member(team, Role.PRACTITIONER, ended=True)
    assert not access.can_view_records(team_leader, leaver)
    assert not access.can_decide_on(team_leader, leaver)


def test_membership_ending_today_still_counts_until_tomorrow(team, team_leader, practitioner):
    membership = Membership.objects.get(user=team_leader, team=team)
    from django.utils import timezone

    membership_end(membership=membership, end_date=timezone.localdate())
    access.forget_roles(team_leader)
    assert access.can_decide_on(team_leader, practitioner)


def test_roles_remembered_on_a_signed_in_user_lapse_at_local_midnight(team, practitioner):
    """A user object kept past midnight (a long request, a worker) asks again: a membership
    that ended yesterday grants nothing today."""
    import datetime
    from zoneinfo import ZoneInfo

    import time_machine

    london = ZoneInfo("Europe/London")
    late = datetime.datetime(2026, 3, 28, 23, 59, 30, tzinfo=london)  # the night before BST
    membership = Membership.objects.get(user=practitioner, team=team)
    with time_machine.travel(late, tick=False) as clock:
        membership_end(membership=membership, end_date=late.date())
        access.forget_roles(practitioner)
        assert access.is_staff_member(practitioner)
        clock.shift(datetime.timedelta(seconds=29))
        assert access.is_staff_member(practitioner)  # 23:59:59, remembered
        clock.shift(datetime.timedelta(seconds=2))
        assert not access.is_staff_member(practitioner)  # 00:00:01, asked again
        clock.move_to(late - datetime.timedelta(days=1))
        assert access.is_staff_member(practitioner)  # the day before: asked again


def test_person_in_two_teams_is_seen_by_both_team_leaders():
    north, south, east = TeamFactory(), TeamFactory(), TeamFactory()
    person = member(north, Role.PRACTITIONER)
    member(south, Role.COORDINATOR, user=person)
    north_leader = member(north, Role.TEAM_LEADER)
    south_leader = member(south, Role.TEAM_LEADER)
    east_leader = member(east, Role.TEAM_LEADER)

    assert access.can_decide_on(north_leader, person)
    assert access.can_decide_on(south_leader, person)
    assert not access.can_decide_on(east_leader, person)


def test_team_leader_who_is_a_practitioner_elsewhere_decides_only_in_the_team_they_lead():
    north, south = TeamFactory(), TeamFactory()
    leader = member(north, Role.TEAM_LEADER)
    member(south, Role.PRACTITIONER, user=leader)
    north_colleague = member(north, Role.PRACTITIONER)
    south_colleague = member(south, Role.PRACTITIONER)
    south_leader = member(south, Role.TEAM_LEADER)

    assert access.can_decide_on(leader, north_colleague)
    assert not access.can_decide_on(leader, south_colleague)
    # A team leader anywhere is decided on by the service manager, not a fellow leader.
    assert not access.can_decide_on(south_leader, leader)
    assert not access.can_decide_on(leader, leader)


def test_community_member_in_a_staff_team_is_not_staff(expert, volunteer):
    assert access.is_community_member(expert)
    assert access.is_community_member(volunteer)
    assert not access.is_staff_member(expert)


def test_team_management(team, other_team, team_leader, service_manager, practitioner):
    assert access.can_manage_team(team_leader, team)
    assert not access.can_manage_team(team_leader, other_team)
    assert not access.can_manage_team(practitioner, team)
    assert not access.can_manage_team(service_manager, team)
    assert access.can_view_team(service_manager, team)
    admin = UserFactory()
    admin.is_superuser = True
    assert access.can_manage_team(admin, other_team)


def test_roles_are_read_once_per_user_object(team, team_leader, django_assert_num_queries):
    people = [member(team, Role.PRACTITIONER) for _ in range(5)]
    access.forget_roles(team_leader)
    for person in people:
        access.roles_of(person)
    # One query for the leader's memberships, none per person.
    with django_assert_num_queries(1):
        for person in people:
            access.can_view_records(team_leader, person)


@pytest.mark.parametrize(
    ("role", "audiences"),
    [
        (Role.PRACTITIONER, {"practitioners"}),
        (Role.COORDINATOR, {"practitioners", "experts_by_experience", "volunteers"}),
        (Role.TEAM_LEADER, {"practitioners"}),
        (Role.SERVICE_MANAGER, {"practitioners"}),
        (Role.EXPERT_BY_EXPERIENCE, {"experts_by_experience"}),
        (Role.VOLUNTEER, {"volunteers"}),
        ("content_editor", {"practitioners", "experts_by_experience", "volunteers"}),
    ],
)
def test_audiences_of_each_role(role, audiences):
    user = person_with(role, TeamFactory())
    assert access.audiences_of(user) == audiences
    assert access.can_read_audience(user, audiences)
    assert not access.can_read_audience(user, set())


def test_ended_membership_loses_the_audience(team):
    volunteer = member(team, Role.VOLUNTEER, ended=True)
    assert access.audiences_of(volunteer) == frozenset()


def test_a_service_manager_who_is_also_a_practitioner_in_the_team_is_still_not_reviewed():
    team = TeamFactory()
    leader = member(team, Role.TEAM_LEADER)
    manager = member(team, Role.PRACTITIONER)
    member(TeamFactory(), Role.SERVICE_MANAGER, user=manager)
    assert access.can_view_records(leader, manager) is False
    assert access.can_decide_on(leader, manager) is False
    assert access.can_view_records(manager, leader) is True
