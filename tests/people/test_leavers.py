"""A leaver: their account closes, their memberships end, their tokens stop working and no
more email reaches them; their records stay, with the leaving date the schedule counts from."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from people import access
from people.enums import Role
from people.models import Membership
from people.notifications import notify
from people.services import (
    api_token_authenticate,
    api_token_create,
    membership_add,
    person_deactivate,
)
from tests.factories import PASSWORD, UserFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    user = UserFactory()
    user.is_superuser = True
    user.save()
    return user


def test_leaving_closes_the_account_and_ends_access(client, admin, team, practitioner):
    _, key = api_token_create(user=practitioner, name="Power BI")
    person_deactivate(person=practitioner, by=admin)
    practitioner.refresh_from_db()

    assert not practitioner.is_active
    assert practitioner.left_on == timezone.localdate()
    membership = Membership.objects.get(user=practitioner)
    assert membership.end_date == timezone.localdate()
    assert not practitioner.reporting_tokens.filter(revoked_at__isnull=True).exists()
    assert api_token_authenticate(key) is None
    assert not practitioner.groups.filter(name=Role.PRACTITIONER.label).exists()
    assert not access.is_staff_member(practitioner)
    response = client.post(
        reverse("people:sign-in"), {"username": practitioner.username, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_signed_in_leaver_is_signed_out_at_once(client, admin, practitioner):
    client.force_login(practitioner)
    assert client.get(reverse("assessments:my-progression")).status_code == 200
    person_deactivate(person=practitioner, by=admin)
    response = client.get(reverse("assessments:my-progression"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("people:sign-in"))


def test_a_past_leaving_date_ends_memberships_then_and_drops_one_not_yet_started(
    admin, team, other_team, practitioner
):
    today = timezone.localdate()
    membership_add(
        user=practitioner, team=other_team, role=Role.COORDINATOR, start_date=today - timedelta(5)
    )
    person_deactivate(person=practitioner, by=admin, left_on=today - timedelta(days=10))
    practitioner.refresh_from_db()
    assert practitioner.left_on == today - timedelta(days=10)
    assert list(Membership.objects.filter(user=practitioner).values_list("team", "end_date")) == [
        (team.pk, today - timedelta(days=10))
    ]


def test_notifications_skip_a_leaver(admin, practitioner, team_leader):
    person_deactivate(person=practitioner, by=admin)
    notify([practitioner, team_leader], "Evidence to review", "Something to look at.", "/review/")
    assert [m.to for m in mail.outbox] == [[team_leader.email]]


def test_only_a_superuser_records_someone_elses_leaving(admin, team_leader, practitioner):
    for by in (team_leader, practitioner):
        with pytest.raises(PermissionDenied):
            person_deactivate(person=practitioner, by=by)
    with pytest.raises(PermissionDenied):
        person_deactivate(person=admin, by=admin)
    practitioner.refresh_from_db()
    assert practitioner.is_active and practitioner.left_on is None


def test_a_leaving_date_in_the_future_is_refused(admin, practitioner):
    with pytest.raises(ValidationError, match="cannot be in the future"):
        person_deactivate(
            person=practitioner, by=admin, left_on=timezone.localdate() + timedelta(days=1)
        )
    practitioner.refresh_from_db()
    assert practitioner.is_active


def test_leaving_twice_is_refused(admin, practitioner):
    person_deactivate(person=practitioner, by=admin)
    with pytest.raises(ValidationError, match="already been recorded"):
        person_deactivate(person=practitioner, by=admin)


def test_other_groups_such_as_content_editor_are_left_alone(admin, team):
    editor = member(team, Role.PRACTITIONER)
    editor.groups.add(Group.objects.get(name="Content editor"))
    person_deactivate(person=editor, by=admin)
    assert list(editor.groups.values_list("name", flat=True)) == ["Content editor"]
