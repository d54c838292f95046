"""The workflow through the services: every step, for every role, at every status."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from observations import services, templates
from observations.enums import ObservationStatus, Stage
from observations.models import Addendum, Observation, ObservationTransition
from observations.services import RatingInput
from tests.observations.conftest import RESPONSE, observation_at, save, start

pytestmark = pytest.mark.django_db

S = ObservationStatus
ACTORS = [
    "observer",
    "observed",
    "team_leader",
    "other_team_leader",
    "service_manager",
    "colleague",
    "volunteer",
]
STATUSES = [S.DRAFT, S.SHARED, S.RESPONDED, S.SIGNED_OFF]


def act(action, observation, by):
    if action == "save_draft":
        return save(observation, by)
    if action == "share":
        return services.observation_share(observation=observation, by=by)
    if action == "respond":
        return services.observation_respond(observation=observation, by=by, response=RESPONSE)
    if action == "sign_off":
        return services.observation_sign_off(observation=observation, by=by)
    if action == "delete":
        return services.observation_delete(observation=observation, by=by)
    if action == "addendum":
        return services.addendum_add(observation=observation, by=by, text="Later, it went well.")
    raise AssertionError(action)


# (status, action, actor) → the status after a legal step. Everything else is refused.
LEGAL = {
    (S.DRAFT, "save_draft", "observer"): S.DRAFT,
    (S.DRAFT, "share", "observer"): S.SHARED,
    (S.DRAFT, "delete", "observer"): None,
    (S.SHARED, "respond", "observed"): S.RESPONDED,
    (S.RESPONDED, "sign_off", "team_leader"): S.SIGNED_OFF,
    (S.SIGNED_OFF, "addendum", "observer"): S.SIGNED_OFF,
    (S.SIGNED_OFF, "addendum", "observed"): S.SIGNED_OFF,
    (S.SIGNED_OFF, "addendum", "team_leader"): S.SIGNED_OFF,
}
ACTIONS = ["save_draft", "share", "respond", "sign_off", "delete", "addendum"]


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("status", STATUSES)
def test_every_step_for_every_role(
    request, status, action, actor, coordinator, practitioner, team_leader, template
):
    observation = observation_at(status, coordinator, practitioner, template, team_leader)
    if status == S.DRAFT and action == "share":
        save(observation)
    people = {"observer": coordinator, "observed": practitioner}
    by = people.get(actor) or request.getfixturevalue(actor)
    steps_before = observation.transitions.count()
    addenda_before = Addendum.objects.count()

    if (status, action, actor) in LEGAL:
        act(action, observation, by)
        expected = LEGAL[(status, action, actor)]
        if expected is None:
            assert not Observation.objects.filter(pk=observation.pk).exists()
            return
        observation.refresh_from_db()
        assert observation.status == expected
        if expected != status:
            last = observation.transitions.last()
            assert (last.from_status, last.to_status, last.by) == (status, expected, by)
        if action == "addendum":
            assert Addendum.objects.count() == addenda_before + 1
        return

    with pytest.raises((ValidationError, PermissionDenied)) as refused:
        act(action, observation, by)
    message = (
        refused.value.messages[0] if hasattr(refused.value, "messages") else str(refused.value)
    )
    assert message  # a clear reason, never a bare refusal
    observation.refresh_from_db()
    assert observation.status == status
    assert observation.transitions.count() == steps_before
    assert Addendum.objects.count() == addenda_before


def test_each_transition_is_recorded_with_who_and_when(
    coordinator, practitioner, team_leader, template
):
    observation = observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)
    steps = list(observation.transitions.values_list("from_status", "to_status", "by"))
    assert steps == [
        ("", S.DRAFT, coordinator.pk),
        (S.DRAFT, S.SHARED, coordinator.pk),
        (S.SHARED, S.RESPONDED, practitioner.pk),
        (S.RESPONDED, S.SIGNED_OFF, team_leader.pk),
    ]
    assert all(step.at for step in observation.transitions.all())
    assert observation.signed_off_by == team_leader
    assert observation.signed_off_at is not None


def test_transitions_and_addenda_are_append_only(coordinator, practitioner, team_leader, template):
    observation = observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)
    addendum = services.addendum_add(observation=observation, by=practitioner, text="An update.")
    step = observation.transitions.first()
    step.to_status = S.SIGNED_OFF
    with pytest.raises(ValidationError):
        step.save()
    with pytest.raises(ValidationError):
        step.delete()
    addendum.text = "Changed"
    with pytest.raises(ValidationError):
        addendum.save()
    with pytest.raises(ValidationError):
        addendum.delete()
    assert ObservationTransition.objects.get(pk=step.pk).to_status == S.DRAFT
    assert Addendum.objects.get(pk=addendum.pk).text == "<p>An update.</p>"


def test_a_signed_off_observation_cannot_be_deleted_even_directly(
    coordinator, practitioner, team_leader, template
):
    observation = observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)
    with pytest.raises(ValidationError, match="Only a draft"):
        observation.delete()
    assert Observation.objects.filter(pk=observation.pk).exists()


def test_locked_message_says_who_signed_it_off_and_points_to_addenda(
    coordinator, practitioner, team_leader, template
):
    observation = observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)
    with pytest.raises(ValidationError) as refused:
        save(observation)
    message = refused.value.messages[0]
    assert "signed off by Tess Leader" in message
    assert "locked" in message
    assert "addendum" in message


def test_second_sign_off_is_refused_clearly(coordinator, practitioner, team_leader, template):
    observation = observation_at(S.SIGNED_OFF, coordinator, practitioner, template, team_leader)
    with pytest.raises(ValidationError, match="signed off by Tess Leader"):
        services.observation_sign_off(observation=observation, by=team_leader)


def test_sharing_needs_stages_ratings_and_strengths(coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    with pytest.raises(ValidationError) as refused:
        services.observation_share(observation=observation, by=coordinator)
    errors = refused.value.message_dict
    assert "stages_observed" in errors
    assert "strengths" in errors
    # No stage observed: no criterion needs a rating.
    assert not any(key.startswith("rating_") for key in errors)

    # Every stage observed, nothing rated: each criterion is asked for by name.
    blank = [RatingInput(r.criterion_id, "") for r in observation.ratings.all()]
    save(observation, ratings=blank)
    with pytest.raises(ValidationError) as refused:
        services.observation_share(observation=observation, by=coordinator)
    wanted = sorted(v[0] for k, v in refused.value.message_dict.items() if k.startswith("rating_"))
    assert len(wanted) == 4
    assert wanted[1].startswith("Rate “Checks the plan” (Agreeing the plan) before you share")
    for text in ("Clarifies the bottom lines", "Chairs the opening", "Leaves the family alone"):
        assert any(f"“{text}”" in message for message in wanted)
    assert "Not seen" not in " ".join(wanted)
    observation.refresh_from_db()
    assert observation.status == S.DRAFT


def test_a_criterion_of_an_unobserved_stage_takes_no_rating(coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    # Every criterion rated, as a form sent without JavaScript after unticking stages would.
    rated = [RatingInput(r.criterion_id, "secure") for r in observation.ratings.all()]
    with pytest.raises(ValidationError) as refused:
        save(observation, ratings=rated, stages_observed=[Stage.INFORMATION_SHARING])
    messages = refused.value.message_dict
    assert len(messages) == 3
    referral = observation.ratings.get(criterion__stage=Stage.REFERRAL).criterion_id
    assert messages[f"rating_{referral}"] == [
        "You did not tick “Referral and agenda” as observed, so “Clarifies the bottom lines” "
        "takes no rating. Choose “No rating”, or tick the stage under “Stages you observed”"
    ]
    observation.refresh_from_db()
    assert observation.stages_observed == []
    assert not observation.ratings.exclude(rating="").exists()


def test_a_draft_holding_a_rating_of_an_unobserved_stage_cannot_be_shared(
    coordinator, practitioner, template
):
    """Ratings stored before the rule (or by anything but the form) are caught at sharing."""
    observation = start(coordinator, practitioner, template)
    save(observation, stages_observed=[Stage.INFORMATION_SHARING])
    observation.ratings.filter(criterion__stage=Stage.REFERRAL).update(rating="strong")
    with pytest.raises(ValidationError) as refused:
        services.observation_share(observation=observation, by=coordinator)
    assert "“Clarifies the bottom lines” takes no rating" in str(refused.value)
    observation.refresh_from_db()
    assert observation.status == S.DRAFT


def test_no_record_without_family_consent(coordinator, practitioner, template):
    with pytest.raises(ValidationError) as refused:
        start(coordinator, practitioner, template, family_consent=False)
    assert "family_consent" in refused.value.message_dict
    assert not Observation.objects.exists()


def test_only_colleagues_the_observer_may_observe(
    coordinator, practitioner, other_practitioner, template
):
    with pytest.raises(PermissionDenied):
        start(coordinator, other_practitioner, template)
    with pytest.raises(PermissionDenied):
        start(practitioner, coordinator, template)
    with pytest.raises(PermissionDenied):
        start(coordinator, coordinator, template)


def test_template_must_fit_the_meeting_and_be_published(coordinator, practitioner, template):
    with pytest.raises(ValidationError) as refused:
        start(coordinator, practitioner, template, meeting_type="fnm")
    assert "is not for a family network meeting" in refused.value.message_dict["template"][0]
    draft = templates.template_new_version(template=template)
    with pytest.raises(ValidationError) as refused:
        start(coordinator, practitioner, draft)
    assert "template" in refused.value.message_dict


def test_meeting_date_cannot_be_in_the_future(coordinator, practitioner, template):
    import datetime

    with pytest.raises(ValidationError) as refused:
        start(coordinator, practitioner, template, observed_on=datetime.date(2999, 1, 1))
    assert "observed_on" in refused.value.message_dict


def test_rating_must_be_on_the_templates_scale(coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    with pytest.raises(ValidationError) as refused:
        save(observation, None, "brilliant")
    assert all(key.startswith("rating_") for key in refused.value.message_dict)


def test_text_is_stored_sanitised(coordinator, practitioner, template):
    observation = start(coordinator, practitioner, template)
    save(observation, strengths="Good <script>alert(1)</script> work\n\nTwo")
    observation.refresh_from_db()
    assert observation.strengths == (
        "<p>Good &lt;script&gt;alert(1)&lt;/script&gt; work</p><p>Two</p>"
    )


def test_a_team_leader_observer_cannot_be_observed_by_themselves(team_leader, template):
    with pytest.raises(PermissionDenied):
        start(team_leader, team_leader, template)
