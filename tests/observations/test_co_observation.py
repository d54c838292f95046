"""Co-observation: two observers at one meeting, each rating on their own, compared once
both have shared, closed by a calibration discussion note."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from assessments.enums import EvidenceKind
from assessments.models import Evidence
from observations import co_observation, services
from observations.calibration_selectors import side_by_side
from observations.enums import ObservationStatus, Stage
from observations.models import CoObservation, Observation
from people import access
from people.enums import AccessKind, Role
from people.models import AccessRecord
from tests.factories import member
from tests.observations.conftest import RESPONSE, save, start

pytestmark = pytest.mark.django_db

NOTE = "We agreed what secure looks like when the coordinator chairs the opening."


@pytest.fixture
def second_coordinator(team):
    return member(team, Role.COORDINATOR, display_name="Nia Coordinator")


def invite(first, second_observer):
    return co_observation.co_observer_invite(
        observation=first, by=first.observer, second_observer=second_observer, family_consent=True
    )


@pytest.fixture
def pair(coordinator, second_coordinator, practitioner, template):
    return invite(start(coordinator, practitioner, template), second_coordinator)


def share_both(pair, first_values=("secure",), second_values=("secure",), second_stages=None):
    save(pair.first, None, *first_values)
    services.observation_share(observation=pair.first, by=pair.first.observer)
    stages = {"stages_observed": second_stages} if second_stages else {}
    save(pair.second, None, *second_values, **stages)
    services.observation_share(observation=pair.second, by=pair.second.observer)
    pair.refresh_from_db()
    return pair


def detail(client, user, observation):
    client.force_login(user)
    return client.get(reverse("observations:observation-detail", args=[observation.pk]))


# Pairing ----------------------------------------------------------------------------------


def test_inviting_gives_the_second_observer_their_own_draft_of_the_same_meeting(
    pair, second_coordinator
):
    second = pair.second
    assert second.observer == second_coordinator
    assert second.status == ObservationStatus.DRAFT
    for name in ("observed_id", "observed_on", "meeting_type", "template_id"):
        assert getattr(second, name) == getattr(pair.first, name)
    assert second.ratings.count() == pair.first.ratings.count()
    assert all(not r.rating for r in second.ratings.all())


def test_the_second_observer_must_be_allowed_to_observe_the_person(
    coordinator, practitioner, template, other_team_leader, colleague
):
    first = start(coordinator, practitioner, template)
    for who in (other_team_leader, colleague, practitioner, coordinator):
        with pytest.raises(ValidationError) as error:
            invite(first, who)
        assert "second_observer" in error.value.message_dict
    assert not CoObservation.objects.exists()
    assert Observation.objects.count() == 1


def test_only_the_observer_of_a_draft_invites_and_only_once(
    pair, coordinator, team_leader, second_coordinator, practitioner, template
):
    with pytest.raises(PermissionDenied):
        co_observation.co_observer_invite(
            observation=pair.first,
            by=team_leader,
            second_observer=team_leader,
            family_consent=True,
        )
    with pytest.raises(ValidationError, match="already has a second observer"):
        invite(pair.first, team_leader)
    shared = start(coordinator, practitioner, template)
    save(shared)
    services.observation_share(observation=shared, by=coordinator)
    with pytest.raises(ValidationError, match="shared"):
        invite(shared, second_coordinator)


def test_without_the_familys_agreement_there_is_no_second_observer(
    coordinator, practitioner, template, second_coordinator
):
    first = start(coordinator, practitioner, template)
    with pytest.raises(ValidationError) as error:
        co_observation.co_observer_invite(
            observation=first,
            by=coordinator,
            second_observer=second_coordinator,
            family_consent=False,
        )
    assert "family_consent" in error.value.message_dict


def test_a_paired_draft_keeps_the_meetings_date(pair):
    with pytest.raises(ValidationError) as error:
        save(pair.second, observed_on=pair.first.observed_on.replace(day=1))
    assert "observed_on" in error.value.message_dict


# Neither sees the other's ratings until both have shared ----------------------------------


def test_partner_observation_is_hidden_until_both_have_shared(
    client, pair, coordinator, second_coordinator
):
    save(pair.first, None, "strong")
    services.observation_share(observation=pair.first, by=coordinator)
    # The first is shared, the second still a draft: the second observer gets a 404.
    response = detail(client, second_coordinator, pair.first)
    assert response.status_code == 404
    assert detail(client, coordinator, pair.second).status_code == 404
    save(pair.second, None, "secure")
    services.observation_share(observation=pair.second, by=second_coordinator)
    response = detail(client, second_coordinator, pair.first)
    assert response.status_code == 200
    assert "Strong" in response.content.decode()
    assert detail(client, coordinator, pair.second).status_code == 200


def test_a_team_leader_co_observer_is_kept_out_as_well(
    client, coordinator, team_leader, practitioner, template
):
    """As the practitioner's team leader they would read any shared observation of them,
    and sign it off; as a co-observer, not before their own is shared."""
    pair = invite(start(coordinator, practitioner, template), team_leader)
    save(pair.first)
    services.observation_share(observation=pair.first, by=coordinator)
    services.observation_respond(observation=pair.first, by=practitioner, response=RESPONSE)
    assert detail(client, team_leader, pair.first).status_code == 404
    client.force_login(team_leader)
    queue = client.get(reverse("observations:sign-off-queue"))
    assert reverse("observations:observation-detail", args=[pair.first.pk]) not in (
        queue.content.decode()
    )
    save(pair.second)
    services.observation_share(observation=pair.second, by=team_leader)
    assert detail(client, team_leader, pair.first).status_code == 200
    queue = client.get(reverse("observations:sign-off-queue"))
    assert reverse("observations:observation-detail", args=[pair.first.pk]) in (
        queue.content.decode()
    )


@pytest.mark.parametrize(
    ("who", "both_shared", "allowed"),
    [
        ("coordinator", False, True),
        ("second_coordinator", False, True),
        ("team_leader", False, False),
        ("service_manager", False, False),
        ("practitioner", False, False),
        ("coordinator", True, True),
        ("team_leader", True, True),
        ("service_manager", True, True),
        ("practitioner", True, False),
        ("colleague", True, False),
        ("other_team_leader", True, False),
        ("expert", True, False),
    ],
)
def test_who_may_open_a_co_observation(request, pair, who, both_shared, allowed):
    viewer = request.getfixturevalue(who)
    assert (
        access.can_view_co_observation(
            viewer,
            observer_ids=pair.observer_ids,
            observed=pair.first.observed,
            both_shared=both_shared,
        )
        is allowed
    )


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("coordinator", 200),
        ("second_coordinator", 200),
        ("team_leader", 404),
        ("service_manager", 404),
        ("practitioner", 404),
        ("expert", 404),
    ],
)
def test_the_pair_page_before_both_share_shows_no_ratings(client, request, pair, who, status):
    save(pair.first, None, "strong")
    services.observation_share(observation=pair.first, by=pair.first.observer)
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("observations:co-observation", args=[pair.pk]))
    assert response.status_code == status
    if status == 200:
        page = response.content.decode()
        assert "Ratings not shown yet" in page
        assert "Strong" not in page
        assert "Comment 0" not in page


# Side by side -----------------------------------------------------------------------------


def test_side_by_side_compares_only_criteria_both_rated(pair):
    seen_by_second = [Stage.REFERRAL, Stage.INFORMATION_SHARING, Stage.AGREEING_THE_PLAN]
    share_both(pair, ("secure", "strong", "secure", "strong"), ("secure",), seen_by_second)
    rows, result = side_by_side(pair)
    assert [(r.first, r.second, r.compared, r.agree) for r in rows] == [
        ("Secure", "Secure", True, True),
        ("Strong", "Secure", True, False),
        ("Secure", "", False, False),  # private family time: the second did not see it
        ("Strong", "Secure", True, False),
    ]
    assert (result.rated, result.agreed) == (3, 1)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("coordinator", 200),
        ("second_coordinator", 200),
        ("team_leader", 200),
        ("service_manager", 200),
        ("practitioner", 404),
        ("colleague", 404),
        ("other_team_leader", 404),
        ("expert", 404),
    ],
)
def test_side_by_side_page_once_both_have_shared(client, request, pair, who, status):
    share_both(pair, ("secure", "strong"), ("secure",))
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("observations:co-observation", args=[pair.pk]))
    assert response.status_code == status
    if status == 200:
        page = response.content.decode()
        assert "Ratings side by side" in page
        assert page.count(">Agree<") == 1 and page.count(">Differ<") == 3


def test_reading_the_side_by_side_is_in_the_access_log(client, pair, team_leader, practitioner):
    share_both(pair)
    client.force_login(team_leader)
    client.get(reverse("observations:co-observation", args=[pair.pk]))
    record = AccessRecord.objects.get(viewer=team_leader)
    assert (record.subject, record.kind, record.object_id) == (
        practitioner,
        AccessKind.OBSERVATION,
        pair.first.pk,
    )


@pytest.mark.parametrize(
    ("who", "both_shared", "allowed"),
    [
        ("second_coordinator", False, False),
        ("second_coordinator", True, True),
        ("coordinator", False, True),  # their own observation
        ("practitioner", False, True),  # the person observed reads it once it is shared
        ("colleague", True, False),
    ],
)
def test_a_co_observer_reads_the_partners_observation_once_both_have_shared(
    request, pair, who, both_shared, allowed
):
    viewer = request.getfixturevalue(who)
    assert (
        access.can_view_observation(
            viewer,
            pair.first.observer,
            pair.first.observed,
            shared=True,
            co_observer_id=pair.second.observer_id,
            both_shared=both_shared,
        )
        is allowed
    )


def test_the_pair_page_is_fixed_queries(client, pair, coordinator, django_assert_max_num_queries):
    share_both(pair)
    client.force_login(coordinator)
    with django_assert_max_num_queries(16):
        assert client.get(reverse("observations:co-observation", args=[pair.pk])).status_code == 200


# Closing ----------------------------------------------------------------------------------


def evidence_of(user):
    return Evidence.objects.filter(owner=user, kind=EvidenceKind.OBSERVATION_CARRIED_OUT)


def test_closing_records_the_note_and_gives_both_observers_evidence_once(
    pair, coordinator, second_coordinator, practitioner, team_leader
):
    share_both(pair)
    with pytest.raises(PermissionDenied):
        co_observation.co_observation_close(pair=pair, by=team_leader, note=NOTE)
    co_observation.co_observation_close(pair=pair, by=second_coordinator, note=NOTE)
    pair.refresh_from_db()
    assert pair.is_closed and pair.closed_by == second_coordinator
    assert NOTE in pair.discussion_note
    for observer, observation in ((coordinator, pair.first), (second_coordinator, pair.second)):
        item = evidence_of(observer).get()
        assert item.source_key == f"observation-carried-out:{observation.pk}"
        assert [s.code for s in item.statements.all()] == ["FGCC-C-E-06"]
        assert "calibration discussion" in item.description
    with pytest.raises(ValidationError, match="already been recorded"):
        co_observation.co_observation_close(pair=pair, by=coordinator, note=NOTE)
    # Signing off the observation later does not add a second item for the observer.
    services.observation_respond(observation=pair.first, by=practitioner, response=RESPONSE)
    services.observation_sign_off(observation=pair.first, by=team_leader)
    assert evidence_of(coordinator).count() == 1


def test_closing_after_sign_off_does_not_duplicate_the_evidence(
    pair, coordinator, second_coordinator, practitioner, team_leader
):
    share_both(pair)
    services.observation_respond(observation=pair.first, by=practitioner, response=RESPONSE)
    services.observation_sign_off(observation=pair.first, by=team_leader)
    co_observation.co_observation_close(pair=pair, by=coordinator, note=NOTE)
    assert evidence_of(coordinator).count() == 1
    assert evidence_of(second_coordinator).count() == 1


def test_closing_waits_for_both_to_share(pair, coordinator):
    save(pair.first)
    services.observation_share(observation=pair.first, by=coordinator)
    with pytest.raises(ValidationError, match="Both observers must share"):
        co_observation.co_observation_close(pair=pair, by=coordinator, note=NOTE)


def test_the_note_goes_through_the_identifier_check_and_is_shown_escaped(client, pair, coordinator):
    share_both(pair)
    client.force_login(coordinator)
    url = reverse("observations:co-observation-close", args=[pair.pk])
    typed = "Call 07700 900123 <script>alert(1)</script> to agree"
    response = client.post(url, {"discussion_note": typed})
    assert response.status_code == 200
    page = response.content.decode()
    assert "may identify the family" in page
    assert "07700 900123" in page  # what was typed is shown again
    pair.refresh_from_db()
    assert not pair.is_closed
    fingerprint = response.context["form"].data["identifiers_fingerprint"]
    response = client.post(
        url,
        {
            "discussion_note": typed,
            "identifiers_confirmed": "on",
            "identifiers_fingerprint": fingerprint,
        },
    )
    assert response.status_code == 302
    pair.refresh_from_db()
    assert pair.is_closed and pair.note_identifiers_confirmed
    page = client.get(reverse("observations:co-observation", args=[pair.pk])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_an_empty_note_is_refused_with_the_field_named(client, pair, coordinator):
    share_both(pair)
    client.force_login(coordinator)
    response = client.post(
        reverse("observations:co-observation-close", args=[pair.pk]), {"discussion_note": "  "}
    )
    assert response.status_code == 200
    assert "Write what you agreed" in response.content.decode()


# The invite page --------------------------------------------------------------------------


def test_invite_page_offers_only_colleagues_who_may_observe_the_person(
    client, coordinator, second_coordinator, team_leader, colleague, practitioner, template
):
    first = start(coordinator, practitioner, template)
    client.force_login(coordinator)
    url = reverse("observations:co-observer-invite", args=[first.pk])
    choices = list(client.get(url).context["form"].fields["second_observer"].queryset)
    assert choices == [second_coordinator, team_leader]
    response = client.post(url, {"second_observer": colleague.pk, "family_consent": "on"})
    assert response.status_code == 200
    assert "Choose a colleague from the list" in response.content.decode()
    response = client.post(url, {"second_observer": second_coordinator.pk})
    assert "Confirm the family agreed to a second observer" in response.content.decode()
    response = client.post(url, {"second_observer": second_coordinator.pk, "family_consent": "on"})
    assert response.status_code == 302
    assert CoObservation.objects.get().second.observer == second_coordinator


def test_invite_page_is_the_drafts_observer_s_alone(
    client, coordinator, second_coordinator, team_leader, practitioner, template
):
    first = start(coordinator, practitioner, template)
    url = reverse("observations:co-observer-invite", args=[first.pk])
    for who in (second_coordinator, team_leader, practitioner):
        client.force_login(who)
        assert client.get(url).status_code == 404


def test_the_second_observer_is_told_with_a_link_to_their_draft(
    coordinator, second_coordinator, practitioner, template, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        pair = invite(start(coordinator, practitioner, template), second_coordinator)
    [message] = [m for m in mail.outbox if m.to == [second_coordinator.email]]
    assert reverse("observations:observation-edit", args=[pair.second.pk]) in message.body
    assert "Rate it on your own" in message.body
