import pytest

from people import access
from people.enums import Role
from people.models import User
from people.selectors import people_visible_to, team_leaders_of
from tests.factories import TeamFactory, member

pytestmark = pytest.mark.django_db


def test_people_visible_to_agrees_with_the_access_module():
    north, south = TeamFactory(), TeamFactory()
    everyone = [
        member(north, Role.PRACTITIONER),
        member(north, Role.COORDINATOR),
        member(north, Role.TEAM_LEADER),
        member(north, Role.VOLUNTEER),
        member(north, Role.PRACTITIONER, ended=True),
        member(south, Role.PRACTITIONER),
        member(south, Role.TEAM_LEADER),
        member(south, Role.SERVICE_MANAGER),
    ]
    # A volunteer in North who is a practitioner in South.
    member(south, Role.PRACTITIONER, user=everyone[3])
    for viewer in User.objects.all():
        expected = {
            subject.pk
            for subject in User.objects.all()
            if subject.pk != viewer.pk and access.can_view_records(viewer, subject)
        }
        assert set(people_visible_to(viewer).values_list("pk", flat=True)) == expected, viewer


def test_team_leaders_of_excludes_ended_and_other_teams(team, other_team, practitioner):
    leader = member(team, Role.TEAM_LEADER)
    member(team, Role.TEAM_LEADER, ended=True)
    member(other_team, Role.TEAM_LEADER)
    assert list(team_leaders_of(practitioner)) == [leader]
