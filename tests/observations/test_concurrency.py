"""Ten sign-offs or responses at once: each answered, none a 500, recorded once (issue 13,
finding 5)."""

from django.urls import reverse

from assessments.enums import EvidenceKind
from assessments.models import Evidence
from observations.enums import ObservationStatus
from observations.models import ObservationTransition
from tests.concurrency import AT_ONCE, CONCURRENT, all_at_once
from tests.observations.conftest import observation_at

pytestmark = CONCURRENT


def test_ten_sign_offs_at_once_sign_off_once_and_make_evidence_once(
    coordinator, practitioner, team_leader, template
):
    observation = observation_at(ObservationStatus.RESPONDED, coordinator, practitioner, template)
    url = reverse("observations:observation-sign-off", args=[observation.pk])
    statuses = all_at_once(team_leader, "post", url)
    assert 500 not in statuses
    assert len(statuses) == AT_ONCE
    observation.refresh_from_db()
    assert observation.status == ObservationStatus.SIGNED_OFF
    signed = ObservationTransition.objects.filter(
        observation=observation, to_status=ObservationStatus.SIGNED_OFF
    )
    assert signed.count() == 1
    assert (
        Evidence.objects.filter(owner=practitioner, kind=EvidenceKind.PEER_OBSERVATION).count() == 1
    )


def test_ten_responses_at_once_are_answered_and_recorded_once(coordinator, practitioner, template):
    observation = observation_at(ObservationStatus.SHARED, coordinator, practitioner, template)
    url = reverse("observations:observation-respond", args=[observation.pk])
    statuses = all_at_once(
        practitioner, "post", url, {"response": "I will brief the professionals beforehand."}
    )
    assert 500 not in statuses
    assert len(statuses) == AT_ONCE
    responded = ObservationTransition.objects.filter(
        observation=observation, to_status=ObservationStatus.RESPONDED
    )
    assert responded.count() == 1
