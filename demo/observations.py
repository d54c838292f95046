"""Demo observation templates and observations for `seed_demo`.

Built with the product's services, so every rule applies, each step on its own day over the
dashboards' 8 quarters (demo/timeline.py); idempotent: templates by code, observations by
(observer, observed, meeting type), each demo pair having one of each.
The words (demo/data/observation_templates.toml and observations.toml) are practice language
only: no names, dates of birth or other family details.
"""

from dataclasses import dataclass
from datetime import date
from functools import partial

from django.db import transaction

from demo import loaders
from demo.timeline import Calendar, on, review
from observations import services
from observations.enums import MeetingType, Stage
from observations.models import Observation, ObservationTemplate
from observations.services import RatingInput
from observations.templates import CriterionInput, template_create
from people.models import User


def seed_templates() -> dict[str, ObservationTemplate]:
    """The templates in demo/data/observation_templates.toml, each created once by code."""
    templates = {}
    for data in loaders.observation_templates():
        code = data["code"]
        existing = ObservationTemplate.objects.filter(code=code).order_by("-version").first()
        templates[code] = existing or template_create(
            code=code,
            name=data["name"],
            description=data["description"],
            meeting_types=data["meeting_types"],
            criteria=[
                CriterionInput(c["stage"], c["text"], c["guidance"], tuple(c["statements"]))
                for c in data["criteria"]
            ],
            publish=True,
        )
    return templates


def _rate(template: ObservationTemplate, stages: list[str], pattern: list[str]) -> list:
    """A rating per criterion: `pattern` in turn for the stages seen, the lowest otherwise."""
    lowest = template.rating_scale[0]["value"]
    ratings, turn = [], 0
    for criterion in template.criteria.order_by("sort_order"):
        if criterion.stage in stages:
            rating = pattern[turn % len(pattern)]
            turn += 1
        else:
            rating = lowest
        ratings.append(RatingInput(criterion.pk, rating, ""))
    return ratings


# Days from the meeting to each step: shared, response, sign-off, addendum, evidence review.
SHARED, RESPONDED, SIGNED_OFF, ADDENDUM, REVIEWED = 2, 6, 12, 14, 20


@dataclass(frozen=True)
class _Seeding:
    """What every observation needs besides its own facts: the words and the calendar."""

    texts: dict
    calendar: Calendar

    def day(self, meeting: date, days: int) -> date:
        return self.calendar.after(meeting, days)


def _record(seeding: _Seeding, observation: Observation, observed: User, until: str, leader):
    """Share, respond, sign off and review, each on its day after the meeting, up to `until`."""
    meeting, texts = observation.observed_on, seeding.texts
    with on(seeding.day(meeting, SHARED)):
        services.observation_share(observation=observation, by=observation.observer)
    if until == "shared":
        return
    with on(seeding.day(meeting, RESPONDED)):
        services.observation_respond(
            observation=observation, by=observed, response=texts["observed"]["response"]
        )
    if until == "responded":
        return
    with on(seeding.day(meeting, SIGNED_OFF)):
        services.observation_sign_off(observation=observation, by=leader)
    with on(seeding.day(meeting, ADDENDUM)):
        services.addendum_add(
            observation=observation, by=observed, text=texts["observed"]["addendum"]
        )
    if until == "reviewed":
        observation.refresh_from_db()
        comment = loaders.progression_texts()["met_comment"]
        review(observation.evidence, leader, seeding.day(meeting, REVIEWED), comment)


def _observation(
    seeding: _Seeding,
    observer: User,
    observed: User,
    template: ObservationTemplate,
    meeting_type: str,
    meeting: date,
    stages: list[str],
    *,
    until: str,
    leader: User | None = None,
    pattern: tuple[str, ...] = ("secure", "strong", "developing", "secure"),
) -> Observation:
    """One observation, taken from the meeting on to `until`: draft, shared, responded,
    signed_off (its evidence waiting) or reviewed (its evidence decided on)."""
    existing = Observation.objects.filter(
        observer=observer, observed=observed, meeting_type=meeting_type
    ).first()
    if existing:
        return existing
    with on(meeting):
        observation = services.observation_create(
            observer=observer,
            observed=observed,
            template=template,
            observed_on=meeting,
            meeting_type=meeting_type,
            family_consent=True,
        )
        services.observation_save_draft(
            observation=observation,
            by=observer,
            observed_on=meeting,
            meeting_type=meeting_type,
            stages_observed=stages,
            ratings=_rate(template, stages, list(pattern)),
            **seeding.texts["feedback"],
        )
    if until != "draft":
        _record(seeding, observation, observed, until, leader)
    return observation


def _history(seeding: _Seeding, users: dict[str, User], fgc, fnm, every_stage) -> list:
    """Observations signed off and reviewed in past quarters, one or more a quarter."""
    sam, priya, nia = users["coordinator"], users["practitioner"], users["coordinator2"]
    tess, rowan, dev = users["teamleader"], users["teamleader2"], users["practitioner2"]
    when = seeding.calendar.quarter
    done = {"until": "reviewed"}
    family_meeting = [Stage.INFORMATION_SHARING, Stage.PRIVATE_FAMILY_TIME, Stage.AGREEING_THE_PLAN]
    review_stages = [Stage.INFORMATION_SHARING, Stage.AGREEING_THE_PLAN, Stage.REVIEW]
    return [
        _observation(
            seeding, sam, nia, fgc, MeetingType.FGC, when(7, 15), every_stage, leader=tess, **done
        ),
        _observation(
            seeding, nia, priya, fgc, MeetingType.FGC, when(6, 25), every_stage, leader=tess, **done
        ),
        _observation(
            seeding,
            sam,
            nia,
            fgc,
            MeetingType.REVIEW_FGC,
            when(5, 20),
            review_stages,
            leader=tess,
            **done,
        ),
        _observation(
            seeding,
            rowan,
            dev,
            fnm,
            MeetingType.FNM,
            when(4, 30),
            family_meeting,
            leader=rowan,
            pattern=("developing", "secure"),
            **done,
        ),
        _observation(
            seeding,
            nia,
            sam,
            fgc,
            MeetingType.REVIEW_FGC,
            when(3, 10),
            review_stages,
            leader=tess,
            pattern=("strong", "secure"),
            **done,
        ),
        _observation(
            seeding,
            sam,
            nia,
            fgc,
            MeetingType.CO_FACILITATED,
            when(2, 45),
            every_stage,
            leader=tess,
            **done,
        ),
    ]


def _current(seeding: _Seeding, users: dict[str, User], fgc, fnm, every_stage) -> list:
    """This quarter's and last quarter's observations: one at every step of the way."""
    sam, priya, nia = users["coordinator"], users["practitioner"], users["coordinator2"]
    tess, rowan, dev = users["teamleader"], users["teamleader2"], users["practitioner2"]
    ago = seeding.calendar.ago
    observe = partial(_observation, seeding)
    return [
        # Sam observes Priya: one of each status, so every page has something to show. The
        # signed-off one's evidence is still waiting for Tess's decision.
        observe(
            sam, priya, fgc, MeetingType.FGC, ago(75), every_stage, until="signed_off", leader=tess
        ),
        observe(
            sam,
            priya,
            fgc,
            MeetingType.REVIEW_FGC,
            ago(30),
            [Stage.INFORMATION_SHARING, Stage.AGREEING_THE_PLAN, Stage.REVIEW],
            until="responded",
        ),
        observe(
            sam,
            priya,
            fgc,
            MeetingType.CO_FACILITATED,
            ago(12),
            every_stage,
            until="shared",
            pattern=("strong", "secure"),
        ),
        observe(
            sam,
            priya,
            fgc,
            MeetingType.PREPARATION_VISIT,
            ago(3),
            [Stage.PREPARATION],
            until="draft",
        ),
        # Nia observes Sam, waiting for Tess's sign-off.
        observe(
            nia,
            sam,
            fgc,
            MeetingType.FGC,
            ago(20),
            every_stage,
            until="responded",
            pattern=("strong",),
        ),
        # Rowan observes Dev at a family network meeting; Dev has yet to respond.
        observe(
            rowan,
            dev,
            fnm,
            MeetingType.FNM,
            ago(9),
            [Stage.INFORMATION_SHARING, Stage.PRIVATE_FAMILY_TIME, Stage.AGREEING_THE_PLAN],
            until="shared",
        ),
    ]


@transaction.atomic
def seed_observations(users: dict[str, User]) -> list[Observation]:
    seed_templates()
    fgc = ObservationTemplate.objects.published().get(code="fgc-meeting")
    fnm = ObservationTemplate.objects.published().get(code="fnm-meeting")
    every_stage = [s.value for s in Stage if s != Stage.REVIEW]
    seeding = _Seeding(loaders.observation_texts(), Calendar.now())
    return [
        *_history(seeding, users, fgc, fnm, every_stage),
        *_current(seeding, users, fgc, fnm, every_stage),
    ]
