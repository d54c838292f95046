"""An observer gets evidence for "Experience of peer observation and feedback" (FGCC-C-E-06)
when an observation they carried out is signed off."""

import pytest
from django.urls import reverse

from assessments.enums import EvidenceKind, EvidenceStatus, FrameworkStatus
from assessments.models import Evidence
from observations import services
from observations.enums import Stage
from observations.evidence import observer_evidence_for_sign_off
from people.enums import Role
from tests.factories import member
from tests.observations.conftest import RESPONSE, STRENGTHS, save, start

pytestmark = pytest.mark.django_db

SEEN_AFTER_REFERRAL = [
    Stage.INFORMATION_SHARING,
    Stage.PRIVATE_FAMILY_TIME,
    Stage.AGREEING_THE_PLAN,
]


def codes(evidence):
    return sorted(s.code for s in evidence.statements.all())


def signed_off(observer, observed, template, leader, stages=SEEN_AFTER_REFERRAL):
    observation = start(observer, observed, template)
    save(observation, stages_observed=stages)
    services.observation_share(observation=observation, by=observer)
    services.observation_respond(observation=observation, by=observed, response=RESPONSE)
    services.observation_sign_off(observation=observation, by=leader)
    observation.refresh_from_db()
    return observation


def test_sign_off_gives_the_observer_one_item_for_peer_observation_experience(
    coordinator, practitioner, team_leader, template
):
    observation = signed_off(coordinator, practitioner, template, team_leader)
    mine = Evidence.objects.get(owner=coordinator)
    assert mine.kind == EvidenceKind.OBSERVATION_CARRIED_OUT
    assert mine.status == EvidenceStatus.PENDING
    assert mine.occurred_on == observation.observed_on
    assert mine.title == "Observation carried out: Family group conference on 14 March 2026"
    assert mine.source_key == f"observation-carried-out:{observation.pk}"
    # Only the observer statement, in the framework version in use; never the statements
    # of the criteria they rated, seen or not.
    assert codes(mine) == ["FGCC-C-E-06"]
    statement = mine.statements.select_related("domain__level__framework").get()
    assert statement.text == "Experience of peer observation and feedback."
    assert statement.domain.level.framework.status == FrameworkStatus.PUBLISHED
    # Who observed whom and who signed off, with a link back; no family text.
    assert "Cal Coordinator observed Priya Practitioner" in mine.description
    assert "Tess Leader" in mine.description
    assert reverse("observations:observation-detail", args=[observation.pk]) in mine.description
    assert STRENGTHS not in mine.description
    # The person observed gets their own evidence, as before.
    assert observation.evidence.owner == practitioner


def test_observer_evidence_is_made_once(coordinator, practitioner, team_leader, template):
    observation = signed_off(coordinator, practitioner, template, team_leader)
    first = Evidence.objects.get(owner=coordinator)
    again = observer_evidence_for_sign_off(observation, team_leader)
    assert again.pk == first.pk
    assert Evidence.objects.filter(owner=coordinator).count() == 1


def test_observer_gets_no_evidence_from_the_criteria_of_unobserved_stages(
    coordinator, practitioner, team_leader, template
):
    """A rating stored under the unobserved referral stage makes evidence for nobody."""
    observation = start(coordinator, practitioner, template)
    save(observation, stages_observed=[Stage.INFORMATION_SHARING])
    services.observation_share(observation=observation, by=coordinator)
    services.observation_respond(observation=observation, by=practitioner, response=RESPONSE)
    observation.ratings.exclude(criterion__stage=Stage.INFORMATION_SHARING).update(rating="strong")
    services.observation_sign_off(observation=observation, by=team_leader)
    observation.refresh_from_db()
    assert codes(Evidence.objects.get(owner=coordinator)) == ["FGCC-C-E-06"]
    assert codes(observation.evidence) == ["FGCC-B-K-05", "FGCC-B-S-03"]


def test_no_observer_evidence_when_no_framework_for_their_role_asks_for_it(
    team, practitioner, team_leader, template
):
    """A team leader's framework has no peer observation statement: they get nothing, and
    the coordinator framework is not imposed on them."""
    second_leader = member(team, Role.TEAM_LEADER, display_name="Lee Second")
    observation = signed_off(team_leader, practitioner, template, second_leader)
    assert not Evidence.objects.filter(owner=team_leader).exists()
    assert observation.evidence.owner == practitioner


def test_observer_evidence_shows_on_their_progression_and_the_observation(
    client, coordinator, practitioner, team_leader, template
):
    observation = signed_off(coordinator, practitioner, template, team_leader)
    mine = Evidence.objects.get(owner=coordinator)
    client.force_login(coordinator)
    progression = client.get(reverse("assessments:my-progression")).content.decode()
    assert mine.title in progression
    detail = client.get(reverse("observations:observation-detail", args=[observation.pk]))
    page = detail.content.decode()
    assert "Carrying it out is evidence for you too" in page
    assert reverse("assessments:evidence-detail", args=[mine.pk]) in page
    # The person observed sees their own evidence, not the observer's.
    client.force_login(practitioner)
    page = client.get(reverse("observations:observation-detail", args=[observation.pk]))
    assert "Carrying it out is evidence for you too" not in page.content.decode()
    assert client.get(reverse("assessments:evidence-detail", args=[mine.pk])).status_code == 404
