"""A service manager who is a member of a team is not in that team leader's review queue,
matrix, assignment choices or people lists (issue 13, finding 11)."""

from django.urls import reverse

from assessments.selectors import review_queue
from people.enums import Role
from people.selectors import people_decided_on_by, people_visible_to
from tests.factories import member


def test_team_leader_lists_leave_out_a_manager_in_their_team(team, team_leader, practitioner):
    manager = member(team, Role.SERVICE_MANAGER, display_name="Marcus Manager")
    assert manager not in people_visible_to(team_leader)
    assert manager not in people_decided_on_by(team_leader)
    assert practitioner in people_visible_to(team_leader)
    assert practitioner in people_decided_on_by(team_leader)
    assert list(review_queue(team_leader).filter(owner=manager)) == []


def test_the_manager_is_not_in_the_matrix_and_their_pages_are_404(
    client, team, team_leader, practitioner
):
    manager = member(team, Role.SERVICE_MANAGER, display_name="Marcus Manager")
    client.force_login(team_leader)
    matrix = client.get(reverse("assessments:team-matrix")).content.decode()
    assert "Marcus Manager" not in matrix
    assert practitioner.name in matrix
    response = client.get(reverse("assessments:person-progression", args=[manager.pk]))
    assert response.status_code == 404


def test_the_service_manager_still_sees_everyone(team, team_leader, practitioner):
    manager = member(team, Role.SERVICE_MANAGER)
    visible = set(people_visible_to(manager))
    assert {team_leader, practitioner} <= visible
