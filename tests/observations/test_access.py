"""Who sees an observation: the observer; once shared, the observed person, their team
leaders and service managers. Everyone else gets 404."""

import pytest
from django.urls import reverse

from observations.enums import ObservationStatus
from people import access
from people.enums import Role
from tests.factories import UserFactory, member
from tests.observations.conftest import observation_at

pytestmark = pytest.mark.django_db

S = ObservationStatus
SEES_ONCE_SHARED = {"observer", "observed", "team_leader", "service_manager"}


@pytest.fixture
def former_team_leader(team):
    return member(team, Role.TEAM_LEADER, ended=True, display_name="Fay Former")


@pytest.fixture
def superuser(db):
    user = UserFactory(display_name="Root")
    user.is_superuser = True
    user.save()
    return user


VIEWERS = [
    "observer",
    "observed",
    "team_leader",
    "service_manager",
    "other_team_leader",
    "other_practitioner",
    "colleague",
    "volunteer",
    "expert",
    "former_team_leader",
    "superuser",
]


@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize("status", [S.DRAFT, S.SHARED, S.RESPONDED, S.SIGNED_OFF])
def test_who_sees_an_observation(
    request, client, status, viewer, coordinator, practitioner, team_leader, template
):
    observation = observation_at(status, coordinator, practitioner, template, team_leader)
    people = {"observer": coordinator, "observed": practitioner, "team_leader": team_leader}
    user = people.get(viewer) or request.getfixturevalue(viewer)
    sees = viewer == "observer" or (status != S.DRAFT and viewer in SEES_ONCE_SHARED)

    assert (
        access.can_view_observation(user, coordinator, practitioner, shared=status != S.DRAFT)
        == sees
    )
    client.force_login(user)
    response = client.get(reverse("observations:observation-detail", args=[observation.pk]))
    assert response.status_code == (200 if sees else 404)
    if not sees:
        for name in [
            "observation-edit",
            "observation-delete",
            "observation-share",
            "observation-respond",
            "observation-sign-off",
            "addendum-add",
        ]:
            url = reverse(f"observations:{name}", args=[observation.pk])
            assert client.post(url, {"response": "x", "text": "x"}).status_code == 404


def test_a_missing_observation_is_404(client, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("observations:observation-detail", args=[99999])).status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(client, coordinator, practitioner, template):
    observation = observation_at(S.SHARED, coordinator, practitioner, template)
    response = client.get(reverse("observations:observation-detail", args=[observation.pk]))
    assert response.status_code == 302
    assert reverse("people:sign-in") in response.url


@pytest.mark.parametrize("who", ["volunteer", "expert"])
def test_community_members_have_no_observation_pages(request, client, who):
    client.force_login(request.getfixturevalue(who))
    for name in ["index", "made-list", "of-me-list", "observation-create", "sign-off-queue"]:
        assert client.get(reverse(f"observations:{name}")).status_code == 404


def test_sign_off_queue_is_for_team_leaders_and_service_managers(
    client, practitioner, coordinator, service_manager
):
    for user in (practitioner, coordinator):
        client.force_login(user)
        assert client.get(reverse("observations:sign-off-queue")).status_code == 404
    # Service managers sign off team leaders' observations (issue 15, item 1).
    client.force_login(service_manager)
    assert client.get(reverse("observations:sign-off-queue")).status_code == 200


def test_only_observers_start_observations(client, practitioner, other_practitioner):
    client.force_login(practitioner)
    assert client.get(reverse("observations:observation-create")).status_code == 404


def test_addenda_come_from_observer_observed_and_the_signing_team_leader_only(
    coordinator, practitioner, team_leader, service_manager, colleague, template, team
):
    second_leader = member(team, Role.TEAM_LEADER, display_name="Sid Second")
    observation = observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)
    ids = {
        "observer_id": coordinator.pk,
        "observed_id": practitioner.pk,
        "signed_off_by_id": team_leader.pk,
    }
    assert access.can_add_observation_addendum(coordinator, **ids)
    assert access.can_add_observation_addendum(practitioner, **ids)
    assert access.can_add_observation_addendum(team_leader, **ids)
    assert not access.can_add_observation_addendum(second_leader, **ids)
    assert not access.can_add_observation_addendum(service_manager, **ids)
    assert not access.can_add_observation_addendum(colleague, **ids)
    assert observation.signed_off_by == team_leader
