"""Observation test data, built with the services so every rule applies."""

import datetime

import pytest

from observations import services, templates
from observations.enums import MeetingType, ObservationStatus, Stage
from observations.services import RatingInput
from observations.templates import CriterionInput
from people.enums import Role
from tests.factories import member

MEETING_DAY = datetime.date(2026, 3, 14)

CRITERIA = [
    CriterionInput(Stage.REFERRAL, "Clarifies the bottom lines", "Plain words.", ("FGCC-B-E-10",)),
    CriterionInput(
        Stage.INFORMATION_SHARING, "Chairs the opening", "", ("FGCC-B-S-03", "FGCC-B-K-05")
    ),
    CriterionInput(Stage.PRIVATE_FAMILY_TIME, "Leaves the family alone", "", ("FGCC-B-K-02",)),
    CriterionInput(Stage.AGREEING_THE_PLAN, "Checks the plan", "", ("FGCC-B-S-06",)),
]

STRENGTHS = "You named the family's strengths early and the room relaxed."
DEVELOPMENT = "Agree a time limit with the professionals beforehand."
RESPONSE = "I will meet the professionals before the next conference."


@pytest.fixture
def template(db):
    return templates.template_create(
        code="fgc-test",
        name="FGC observation",
        meeting_types=[MeetingType.FGC, MeetingType.REVIEW_FGC],
        criteria=CRITERIA,
        publish=True,
    )


@pytest.fixture
def colleague(team):
    """A practitioner in the observed person's team who is neither observer nor observed."""
    return member(team, Role.PRACTITIONER, display_name="Cam Colleague")


def start(observer, observed, template, **overrides):
    return services.observation_create(
        observer=observer,
        observed=observed,
        template=template,
        observed_on=overrides.pop("observed_on", MEETING_DAY),
        meeting_type=overrides.pop("meeting_type", MeetingType.FGC),
        family_consent=overrides.pop("family_consent", True),
    )


# Every stage the test template has criteria for.
CRITERIA_STAGES = [
    Stage.REFERRAL,
    Stage.INFORMATION_SHARING,
    Stage.PRIVATE_FAMILY_TIME,
    Stage.AGREEING_THE_PLAN,
]


def ratings_for(observation, *values, stages=CRITERIA_STAGES):
    """One rating per criterion in order, the last value repeating; criteria of stages not
    in `stages` (not observed) take no rating."""
    rows = sorted(
        observation.ratings.select_related("criterion"), key=lambda r: r.criterion.sort_order
    )
    chosen = list(values) or ["secure"]
    return [
        RatingInput(
            row.criterion_id,
            chosen[min(i, len(chosen) - 1)] if row.criterion.stage in stages else "",
            f"Comment {i}",
        )
        for i, row in enumerate(rows)
    ]


def save(observation, by=None, *values, **fields):
    return services.observation_save_draft(
        observation=observation,
        by=by or observation.observer,
        observed_on=fields.pop("observed_on", observation.observed_on),
        meeting_type=fields.pop("meeting_type", observation.meeting_type),
        stages_observed=(stages := fields.pop("stages_observed", CRITERIA_STAGES)),
        ratings=fields.pop("ratings", None) or ratings_for(observation, *values, stages=stages),
        strengths=fields.pop("strengths", STRENGTHS),
        development_points=fields.pop("development_points", DEVELOPMENT),
        **fields,
    )


def observation_at(status, observer, observed, template, leader=None, *values, **overrides):
    """An observation taken through the workflow up to `status`."""
    stages = overrides.pop("stages_observed", CRITERIA_STAGES)
    observation = start(observer, observed, template, **overrides)
    if status == ObservationStatus.DRAFT:
        return observation
    save(observation, None, *values, stages_observed=stages)
    services.observation_share(observation=observation, by=observer)
    if status == ObservationStatus.SHARED:
        return observation
    services.observation_respond(observation=observation, by=observed, response=RESPONSE)
    if status == ObservationStatus.RESPONDED:
        return observation
    services.observation_sign_off(observation=observation, by=leader)
    observation.refresh_from_db()
    return observation
