import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from people.enums import Role
from people.models import Membership
from tests.factories import UserFactory, member, membership_starting

pytestmark = pytest.mark.django_db


def test_team_leader_sees_only_the_teams_they_lead(client, team, other_team, team_leader):
    client.force_login(team_leader)
    response = client.get(reverse("teams:index"))
    assert response.status_code == 200
    body = response.content.decode()
    assert team.name in body
    assert other_team.name not in body


def test_team_leader_cannot_open_another_team(client, other_team, team_leader):
    client.force_login(team_leader)
    response = client.get(reverse("teams:edit", args=[other_team.pk]))
    assert response.status_code == 404


def test_team_leader_adds_a_member_to_their_team(client, team, team_leader):
    newcomer = UserFactory(display_name="New Starter")
    existing = list(Membership.objects.filter(team=team).order_by("pk"))
    data = {
        "name": team.name,
        "service": team.service,
        "memberships-TOTAL_FORMS": str(len(existing) + 1),
        "memberships-INITIAL_FORMS": str(len(existing)),
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
    }
    for index, membership in enumerate([*existing, None]):
        prefix = f"memberships-{index}-"
        data.update(
            {
                prefix + "id": str(membership.pk) if membership else "",
                prefix + "user": str(membership.user_id if membership else newcomer.pk),
                prefix + "role": membership.role if membership else Role.PRACTITIONER,
                prefix + "start_date": str(membership.start_date) if membership else "2026-01-05",
                prefix + "end_date": "",
                prefix + "ORDER": str(index + 1),
                prefix + "DELETE": "",
            }
        )
    client.force_login(team_leader)
    response = client.post(reverse("teams:edit", args=[team.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Membership.objects.filter(team=team, user=newcomer, role=Role.PRACTITIONER).exists()
    assert newcomer.groups.filter(name="Practitioner").exists()


def test_team_leader_cannot_create_teams(client, team_leader):
    client.force_login(team_leader)
    response = client.get(reverse("teams:add"))
    assert response.status_code in {302, 403}
    assert "Team" not in getattr(response, "url", "")


def test_service_manager_sees_every_team_but_cannot_edit(client, team, other_team, service_manager):
    client.force_login(service_manager)
    body = client.get(reverse("teams:index")).content.decode()
    assert team.name in body
    assert other_team.name in body
    response = client.post(reverse("teams:edit", args=[team.pk]), {"name": "Renamed"})
    team.refresh_from_db()
    assert team.name != "Renamed"
    assert response.status_code in {302, 403}


@pytest.mark.parametrize("fixture", ["practitioner", "coordinator", "expert", "volunteer"])
def test_people_without_admin_access_cannot_reach_team_admin(client, request, team, fixture):
    client.force_login(request.getfixturevalue(fixture))
    # Signed in without admin access, the admin is not there (no loop through sign-in).
    response = client.get(reverse("teams:index"))
    assert response.status_code == 404


def test_superuser_manages_every_team(client, team, other_team):
    admin = UserFactory()
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    assert client.get(reverse("teams:edit", args=[other_team.pk])).status_code == 200


def test_team_index_query_count_does_not_grow_with_teams(
    client, team_leader, django_assert_max_num_queries
):
    from tests.factories import TeamFactory, member

    admin = UserFactory()
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    for _ in range(3):
        new_team = TeamFactory()
        member(new_team, Role.PRACTITIONER)
    with django_assert_max_num_queries(40) as small:
        client.get(reverse("teams:index"))
    for _ in range(15):
        new_team = TeamFactory()
        member(new_team, Role.PRACTITIONER)
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("teams:index"))


def test_team_list_counts_only_members_in_force_today(client, team, team_leader, practitioner):
    member(team, Role.PRACTITIONER, ended=True)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    membership_starting(team, Role.PRACTITIONER, UserFactory(), tomorrow)
    client.force_login(team_leader)

    page = client.get(reverse("teams:index")).content.decode()

    row = page.split(team.name, 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r"<td[^>]*>\s*(.*?)\s*</td>", row, flags=re.S)
    assert cells[-1] == "2"  # the team leader and the practitioner
