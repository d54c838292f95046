import pytest
from django.contrib.auth.models import Group

from people.enums import CONTENT_EDITOR_GROUP, Role
from people.models import Membership
from people.services import membership_end
from tests.factories import member

pytestmark = pytest.mark.django_db


def permissions_of(group_name: str) -> set[str]:
    group = Group.objects.get(name=group_name)
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def test_every_role_has_a_group():
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.label for role in Role} | {CONTENT_EDITOR_GROUP} <= names


def test_team_leader_group_manages_memberships_but_not_teams_themselves():
    perms = permissions_of("Team leader")
    assert {"wagtailadmin.access_admin", "people.add_membership", "people.change_team"} <= perms
    assert "people.add_team" not in perms
    assert "people.delete_team" not in perms


def test_service_manager_group_only_reads_teams():
    assert permissions_of("Service manager") == {
        "wagtailadmin.access_admin",
        "people.view_team",
        "people.view_membership",
    }


def test_content_editor_group_edits_pages_and_media():
    from wagtail.models import GroupPagePermission

    perms = permissions_of(CONTENT_EDITOR_GROUP)
    assert {
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtaildocs.add_document",
    } <= perms
    page_perms = set(
        GroupPagePermission.objects.filter(group__name=CONTENT_EDITOR_GROUP).values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page", "publish_page"} <= page_perms


@pytest.mark.parametrize(
    "group_name", ["Practitioner", "Coordinator", "Expert by experience", "Volunteer"]
)
def test_roles_without_admin_have_no_admin_access(group_name):
    assert "wagtailadmin.access_admin" not in permissions_of(group_name)


def test_membership_puts_person_in_role_group_and_ending_it_takes_them_out(team):
    leader = member(team, Role.TEAM_LEADER)
    assert leader.groups.filter(name="Team leader").exists()
    assert leader.has_perm("wagtailadmin.access_admin")

    membership_end(membership=Membership.objects.get(user=leader))
    # Ends today: still in force today.
    assert leader.groups.filter(name="Team leader").exists()


def test_ended_membership_removes_group(team):
    leader = member(team, Role.TEAM_LEADER, ended=True)
    assert not leader.groups.filter(name="Team leader").exists()


def test_group_sync_leaves_content_editor_alone(team):
    person = member(team, Role.PRACTITIONER)
    person.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    member(team, Role.TEAM_LEADER, user=person)
    assert set(person.groups.values_list("name", flat=True)) == {
        "Practitioner",
        "Team leader",
        CONTENT_EDITOR_GROUP,
    }
