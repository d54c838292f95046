import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from assessments.enums import EvidenceKind, EvidenceStatus, FrameworkStatus
from assessments.frameworks import framework_new_version, framework_publish
from assessments.models import Evidence, Framework
from observations import services
from observations.enums import ObservationStatus, Stage
from observations.evidence import evidence_for_sign_off
from tests.observations.conftest import (
    DEVELOPMENT,
    RESPONSE,
    STRENGTHS,
    observation_at,
    save,
    start,
)

pytestmark = pytest.mark.django_db

S = ObservationStatus
SEEN_AFTER_REFERRAL = [
    Stage.INFORMATION_SHARING,
    Stage.PRIVATE_FAMILY_TIME,
    Stage.AGREEING_THE_PLAN,
]


def observation_at_response(observation, observer, observed):
    """A saved draft, shared and responded to: ready for sign-off."""
    services.observation_share(observation=observation, by=observer)
    services.observation_respond(observation=observation, by=observed, response=RESPONSE)
    observation.refresh_from_db()
    return observation


def codes(evidence):
    return sorted(s.code for s in evidence.statements.all())


def test_sign_off_makes_pending_peer_observation_evidence(
    coordinator, practitioner, team_leader, template
):
    # The referral stage was not observed: its criterion takes no rating. The others, in
    # criterion order: developing, secure, strong.
    observation = start(coordinator, practitioner, template)
    save(
        observation, None, "", "developing", "secure", "strong", stages_observed=SEEN_AFTER_REFERRAL
    )
    observation = observation_at_response(observation, coordinator, practitioner)
    services.observation_sign_off(observation=observation, by=team_leader)
    observation.refresh_from_db()
    evidence = observation.evidence
    assert evidence.owner == practitioner
    assert evidence.kind == EvidenceKind.PEER_OBSERVATION
    assert evidence.status == EvidenceStatus.PENDING
    assert evidence.occurred_on == observation.observed_on
    assert evidence.title == "Peer observation: Family group conference on 14 March 2026"
    assert evidence.source_key == f"observation:{observation.pk}"
    # The unobserved referral criterion (FGCC-B-E-10) is no evidence; the others are.
    assert codes(evidence) == ["FGCC-B-K-02", "FGCC-B-K-05", "FGCC-B-S-03", "FGCC-B-S-06"]
    # No family text in the evidence: who, the rating counts and a link back.
    assert STRENGTHS not in evidence.description
    assert "Comment" not in evidence.description
    assert "Cal Coordinator" in evidence.description
    assert "Developing 1, Secure 1, Strong 1" in evidence.description
    assert reverse("observations:observation-detail", args=[observation.pk]) in evidence.description


def test_evidence_is_created_exactly_once(coordinator, practitioner, team_leader, template):
    observation = observation_at(S.RESPONDED, coordinator, practitioner, template)
    services.observation_sign_off(observation=observation, by=team_leader)
    with pytest.raises(ValidationError):
        services.observation_sign_off(observation=observation, by=team_leader)
    assert Evidence.objects.filter(owner=practitioner).count() == 1
    # The evidence maker is itself idempotent, should it ever run again.
    observation.refresh_from_db()
    again = evidence_for_sign_off(observation, team_leader)
    assert again.pk == observation.evidence_id
    assert Evidence.objects.filter(owner=practitioner).count() == 1


def test_no_evidence_when_no_stage_with_criteria_was_observed(
    client, coordinator, practitioner, team_leader, template
):
    observation = start(coordinator, practitioner, template)
    save(observation, stages_observed=[Stage.REVIEW])  # the template has no review criteria
    observation = observation_at_response(observation, coordinator, practitioner)
    services.observation_sign_off(observation=observation, by=team_leader)
    observation.refresh_from_db()
    assert observation.status == S.SIGNED_OFF
    assert observation.evidence is None
    assert not Evidence.objects.filter(owner=practitioner).exists()
    client.force_login(practitioner)
    body = client.get(reverse("observations:observation-detail", args=[observation.pk]))
    assert "so no evidence was added" in body.content.decode()
    assert body.content.decode().count("No rating: stage not observed") == 4


def test_sign_off_never_makes_evidence_from_an_unobserved_stage(
    coordinator, practitioner, team_leader, template
):
    """Seen in use: a criterion under an unobserved Referral stage rated Strong became
    evidence. A rating stored there (from before the rule) is ignored at sign-off."""
    observation = start(coordinator, practitioner, template)
    save(observation, stages_observed=SEEN_AFTER_REFERRAL)
    observation = observation_at_response(observation, coordinator, practitioner)
    referral = observation.ratings.get(criterion__stage=Stage.REFERRAL)
    type(referral).objects.filter(pk=referral.pk).update(rating="strong")
    services.observation_sign_off(observation=observation, by=team_leader)
    observation.refresh_from_db()
    assert "FGCC-B-E-10" not in codes(observation.evidence)
    assert "Secure 3" in observation.evidence.description
    assert "Strong" not in observation.evidence.description


def test_evidence_goes_to_the_framework_version_in_use(
    coordinator, practitioner, team_leader, template
):
    observation = observation_at(S.RESPONDED, coordinator, practitioner, template)
    old = Framework.objects.get(code="FGCC", status=FrameworkStatus.PUBLISHED)
    new = framework_publish(framework=framework_new_version(framework=old))
    services.observation_sign_off(observation=observation, by=team_leader)
    observation.refresh_from_db()
    statements = observation.evidence.statements.select_related("domain__level__framework")
    assert {s.domain.level.framework.pk for s in statements} == {new.pk}
    assert len(codes(observation.evidence)) == 5


# Notifications -------------------------------------------------------------------------------


def sent_to(user):
    return [m for m in mail.outbox if m.to == [user.email]]


def assert_no_observation_text(message):
    for text in (STRENGTHS, DEVELOPMENT, RESPONSE, "Comment 0", "Plain words"):
        assert text not in message.body
        assert text not in message.subject


def test_each_transition_notifies_once_without_observation_text(
    coordinator,
    practitioner,
    team_leader,
    other_team_leader,
    template,
    django_capture_on_commit_callbacks,
):
    observation = start(coordinator, practitioner, template)
    save(observation)
    assert mail.outbox == []
    link = reverse("observations:observation-detail", args=[observation.pk])

    with django_capture_on_commit_callbacks(execute=True):
        services.observation_share(observation=observation, by=coordinator)
    assert [m.to for m in mail.outbox] == [[practitioner.email]]
    assert link in mail.outbox[0].body
    assert_no_observation_text(mail.outbox[0])

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.observation_respond(observation=observation, by=practitioner, response=RESPONSE)
    assert [m.to for m in mail.outbox] == [[team_leader.email]]
    assert link in mail.outbox[0].body
    assert_no_observation_text(mail.outbox[0])

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.observation_sign_off(observation=observation, by=team_leader)
    signed_off = [m for m in mail.outbox if m.subject == "An observation has been signed off"]
    assert sorted(m.to[0] for m in signed_off) == sorted([coordinator.email, practitioner.email])
    for message in signed_off:
        assert link in message.body
        assert_no_observation_text(message)
    # The evidence it became, for the person observed and for the observer, goes to the team
    # leader's review queue, as all evidence does.
    assert [m.subject for m in sent_to(team_leader)] == ["Evidence awaiting your review"] * 2
    assert sent_to(other_team_leader) == []

    mail.outbox.clear()
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(ValidationError),
    ):
        services.observation_sign_off(observation=observation, by=team_leader)
    assert mail.outbox == []


def test_a_refused_step_sends_nothing(
    coordinator, practitioner, template, django_capture_on_commit_callbacks
):
    observation = start(coordinator, practitioner, template)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(ValidationError),
    ):
        services.observation_share(observation=observation, by=coordinator)
    assert callbacks == []
    assert mail.outbox == []
