"""Coordinators train, coach and observe others (seed 002): the evidence form offers each."""

import pytest
from django.urls import reverse

from assessments.enums import EvidenceKind
from assessments.models import Evidence
from assessments.services import EVIDENCE_KINDS_PEOPLE_ADD

pytestmark = pytest.mark.django_db

NEW_KINDS = {
    "training_delivered": "Training delivered",
    "coaching_given": "Coaching given",
    "observation_carried_out": "Observation carried out",
}


def test_the_evidence_form_offers_training_coaching_and_observing_in_plain_words(
    client, coordinator
):
    client.force_login(coordinator)
    page = client.get(reverse("assessments:evidence-add")).content.decode()
    for value, label in NEW_KINDS.items():
        assert f'value="{value}" id="id_kind_' in page
        assert f">{label}</label>" in page
    assert "Training you wrote or led for colleagues or partners" in page
    assert "Coaching or mentoring you gave a colleague" in page
    assert "You observed a colleague&#x27;s practice and gave them feedback" in page
    # Each hint is tied to its choice for screen readers.
    assert 'aria-describedby="id_kind_' in page
    # Kinds only the system makes are not offered.
    assert 'value="peer_observation"' not in page
    assert 'value="module_completion"' not in page


@pytest.mark.parametrize("kind", sorted(NEW_KINDS))
def test_coordinator_adds_evidence_of_each_new_kind(client, coordinator, statements_a, kind):
    client.force_login(coordinator)
    response = client.post(
        reverse("assessments:evidence-add"),
        {
            "kind": kind,
            "title": "Signs of Safety session for the team",
            "description": "I planned and led a session on danger statements.",
            "occurred_on": "2026-03-14",
            "statements": [statements_a[0].pk],
        },
    )
    assert response.status_code == 302
    evidence = Evidence.objects.get(owner=coordinator)
    assert evidence.kind == kind
    assert evidence.get_kind_display() == NEW_KINDS[kind]
    detail = client.get(response.url).content.decode()
    assert NEW_KINDS[kind] in detail


def test_kinds_people_add_include_the_new_ones():
    offered = set(EVIDENCE_KINDS_PEOPLE_ADD)
    assert {
        EvidenceKind.TRAINING_DELIVERED,
        EvidenceKind.COACHING_GIVEN,
        EvidenceKind.OBSERVATION_CARRIED_OUT,
    } <= offered
