"""The account area, and the access rules for a person's records download, their access log
and their leaving, for every role."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from people import access
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ROLES = ["practitioner", "coordinator", "team_leader", "service_manager", "expert", "volunteer"]


@pytest.fixture
def admin(db):
    user = UserFactory()
    user.is_superuser = True
    user.save()
    return user


@pytest.mark.parametrize("who", ROLES)
def test_everyone_signed_in_has_an_account_page_with_their_records(client, request, who):
    user = request.getfixturevalue(who)
    client.force_login(user)
    response = client.get(reverse("people:account"))
    assert response.status_code == 200
    body = response.content.decode()
    assert reverse("people:password-change") in body
    assert reverse("privacy:records-download") in body
    assert reverse("people:access-log-own") in body
    assert "6 years" in body
    # API tokens are for staff reporting tools only.
    assert (reverse("people:api-tokens") in body) == (who not in {"expert", "volunteer"})


def test_the_navigation_leads_to_the_account_page(client, practitioner):
    client.force_login(practitioner)
    body = client.get(reverse("people:account")).content.decode()
    assert f'<a href="{reverse("people:account")}" aria-current="page">Your account</a>' in body


@pytest.mark.parametrize("who", ROLES)
def test_only_the_person_and_superusers_export_or_read_the_log_of_someone(
    request, admin, other_practitioner, who
):
    viewer = request.getfixturevalue(who)
    assert access.can_export_records_of(viewer, viewer)
    assert access.can_view_access_log_of(viewer, viewer)
    assert not access.can_export_records_of(viewer, other_practitioner)
    assert not access.can_view_access_log_of(viewer, other_practitioner)
    assert not access.can_view_access_log(viewer)
    assert not access.can_record_leaving(viewer, other_practitioner)

    assert access.can_export_records_of(admin, viewer)
    assert access.can_view_access_log_of(admin, viewer)
    assert access.can_record_leaving(admin, viewer)


def test_superusers_read_the_whole_log_but_do_not_record_their_own_leaving(admin):
    assert access.can_view_access_log(admin)
    assert not access.can_record_leaving(admin, admin)


def test_nobody_signed_out_or_closed_is_allowed_anything(admin, practitioner):
    anonymous = AnonymousUser()
    assert not access.can_export_records_of(anonymous, practitioner)
    assert not access.can_view_access_log(anonymous)
    admin.is_active = False
    assert not access.can_export_records_of(admin, practitioner)
    assert not access.can_record_leaving(admin, practitioner)
