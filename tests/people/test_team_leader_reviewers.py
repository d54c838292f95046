"""Issue 15, item 1: a team leader's evidence is decided by a service manager, or by the
team leader a service manager appoints for them."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from people import access
from people.enums import Role
from people.models import ReviewerAppointment
from people.selectors import people_decided_on_by
from people.services import reviewer_appoint
from tests.factories import TeamFactory, member

pytestmark = pytest.mark.django_db


def fresh(user):
    access.forget_roles(user)
    return user


@pytest.fixture
def co_leader(team):
    return member(team, Role.TEAM_LEADER, display_name="Cora Coleader")


def test_team_leader_cannot_decide_on_their_own_evidence(team_leader):
    assert not access.can_decide_on(team_leader, team_leader)


def test_service_manager_decides_on_a_team_leader(service_manager, team_leader):
    assert access.can_decide_on(service_manager, team_leader)
    assert access.can_sign_off(service_manager, team_leader)
    assert team_leader in people_decided_on_by(service_manager)


def test_service_manager_still_does_not_decide_on_practitioners(service_manager, practitioner):
    assert not access.can_decide_on(service_manager, practitioner)
    assert practitioner not in people_decided_on_by(service_manager)


def test_unappointed_team_leader_cannot_decide_even_in_the_same_team(team_leader, co_leader):
    assert not access.can_decide_on(co_leader, team_leader)
    assert team_leader not in people_decided_on_by(co_leader)


def test_appointed_team_leader_decides_and_sees_the_records(
    service_manager, team_leader, other_team_leader
):
    assert not access.can_view_records(other_team_leader, team_leader)
    reviewer_appoint(team_leader=team_leader, reviewer=other_team_leader, by=service_manager)
    fresh(other_team_leader)
    assert access.can_decide_on(other_team_leader, team_leader)
    assert access.can_view_records(other_team_leader, team_leader)
    assert list(people_decided_on_by(other_team_leader).filter(pk=team_leader.pk)) == [team_leader]
    # The appointment is one way: the reviewed leader gains nothing over their reviewer.
    assert not access.can_decide_on(fresh(team_leader), other_team_leader)


def test_practitioner_cannot_decide_on_a_team_leader(practitioner, coordinator, team_leader):
    assert not access.can_decide_on(practitioner, team_leader)
    assert not access.can_decide_on(coordinator, team_leader)


def test_appointment_ends_when_replaced_and_keeps_the_record(
    service_manager, team_leader, co_leader, other_team_leader
):
    reviewer_appoint(team_leader=team_leader, reviewer=co_leader, by=service_manager)
    reviewer_appoint(team_leader=team_leader, reviewer=other_team_leader, by=service_manager)
    assert not access.can_decide_on(fresh(co_leader), team_leader)
    assert access.can_decide_on(fresh(other_team_leader), team_leader)
    assert ReviewerAppointment.objects.filter(team_leader=team_leader).count() == 2
    reviewer_appoint(team_leader=team_leader, reviewer=None, by=service_manager)
    assert not access.can_decide_on(fresh(other_team_leader), team_leader)


def test_appointed_reviewer_who_stops_leading_decides_nothing(
    service_manager, team_leader, other_team
):
    reviewer = member(other_team, Role.TEAM_LEADER, display_name="Rae Reviewer")
    reviewer_appoint(team_leader=team_leader, reviewer=reviewer, by=service_manager)
    reviewer.memberships.update(end_date="2000-01-01", start_date="2000-01-01")
    assert not access.can_decide_on(fresh(reviewer), team_leader)


def test_only_a_service_manager_appoints(team_leader, co_leader, other_team_leader):
    with pytest.raises(PermissionDenied):
        reviewer_appoint(team_leader=team_leader, reviewer=co_leader, by=other_team_leader)


def test_reviewer_must_be_another_team_leader(service_manager, team_leader, practitioner):
    with pytest.raises(ValidationError):
        reviewer_appoint(team_leader=team_leader, reviewer=practitioner, by=service_manager)
    with pytest.raises(ValidationError):
        reviewer_appoint(team_leader=team_leader, reviewer=team_leader, by=service_manager)


# The page -----------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["practitioner", "coordinator", "team_leader", "expert"])
def test_reviewers_page_is_for_service_managers_only(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("people:reviewers")).status_code == 404
    assert client.post(reverse("people:reviewers"), {}).status_code == 404


def test_service_manager_appoints_through_the_page(
    client, service_manager, team_leader, other_team_leader
):
    client.force_login(service_manager)
    page = client.get(reverse("people:reviewers")).content.decode()
    assert "Tess Leader" in page and "Otto Leader" in page
    response = client.post(
        reverse("people:reviewers"),
        {"team_leader": team_leader.pk, f"tl{team_leader.pk}-reviewer": other_team_leader.pk},
    )
    assert response.status_code == 302
    appointment = ReviewerAppointment.objects.get(team_leader=team_leader, ended_at=None)
    assert appointment.reviewer == other_team_leader
    assert appointment.appointed_by == service_manager
    page = client.get(reverse("people:reviewers")).content.decode()
    assert "appointed by Sian Manager" in page


def test_a_tampered_choice_is_a_form_error(client, service_manager, team_leader, practitioner):
    client.force_login(service_manager)
    response = client.post(
        reverse("people:reviewers"),
        {"team_leader": team_leader.pk, f"tl{team_leader.pk}-reviewer": practitioner.pk},
    )
    assert response.status_code == 200
    assert "Choose a team leader from the list" in response.content.decode()
    assert not ReviewerAppointment.objects.exists()


def test_reviewers_page_queries_do_not_grow_with_team_leaders(client, service_manager):
    def count_for(extra):
        for _ in range(extra):
            leader = member(TeamFactory(), Role.TEAM_LEADER)
            other = member(TeamFactory(), Role.TEAM_LEADER)
            reviewer_appoint(team_leader=leader, reviewer=other, by=service_manager)
        client.force_login(service_manager)
        client.get(reverse("people:reviewers"))  # the first request fills the navigation's cache
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("people:reviewers")).status_code == 200
        return len(queries)

    few = count_for(2)
    many = count_for(10)
    assert many == few
