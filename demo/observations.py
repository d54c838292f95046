"""Demo observation templates and observations for `seed_demo`.

Built with the product's services, so every rule applies, each step on its own day over the
dashboards' 8 quarters (demo/timeline.py); idempotent: templates by code, observations by
(observer, observed, meeting type), each demo pair having one of each.
The words (demo/data/observation_templates.toml and observations.toml) are practice language
only: no names, dates of birth or other family details.
"""

from dataclasses import dataclass
from datetime import date

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
    """A rating per criterion: `pattern` in turn for the stages seen, none otherwise."""
    ratings, turn = [], 0
    for criterion in template.criteria.order_by("sort_order"):
        if criterion.stage in stages:
            rating = pattern[turn % len(pattern)]
            turn += 1
        else:
            rating = ""
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


EVERY_STAGE = tuple(s.value for s in Stage if s != Stage.REVIEW)
FAMILY_MEETING = (Stage.INFORMATION_SHARING, Stage.PRIVATE_FAMILY_TIME, Stage.AGREEING_THE_PLAN)
REVIEW_STAGES = (Stage.INFORMATION_SHARING, Stage.AGREEING_THE_PLAN, Stage.REVIEW)
USUAL = ("secure", "strong", "developing", "secure")

# Observations signed off and reviewed in past quarters: (observer, observed, template,
# meeting type, quarters back, day of the quarter, stages seen, who signs off, ratings).
HISTORY = (
    (
        "coordinator",
        "coordinator2",
        "fgc",
        MeetingType.FGC,
        7,
        15,
        EVERY_STAGE,
        "teamleader",
        USUAL,
    ),
    (
        "coordinator2",
        "practitioner",
        "fgc",
        MeetingType.FGC,
        6,
        25,
        EVERY_STAGE,
        "teamleader",
        USUAL,
    ),
    (
        "coordinator",
        "coordinator2",
        "fgc",
        MeetingType.REVIEW_FGC,
        5,
        20,
        REVIEW_STAGES,
        "teamleader",
        USUAL,
    ),
    (
        "teamleader2",
        "practitioner2",
        "fnm",
        MeetingType.CO_FACILITATED,
        4,
        30,
        FAMILY_MEETING,
        "teamleader2",
        ("developing", "secure"),
    ),
    (
        "coordinator2",
        "coordinator",
        "fgc",
        MeetingType.REVIEW_FGC,
        3,
        10,
        REVIEW_STAGES,
        "teamleader",
        ("strong", "secure"),
    ),
    (
        "coordinator",
        "coordinator2",
        "fgc",
        MeetingType.CO_FACILITATED,
        2,
        45,
        EVERY_STAGE,
        "teamleader",
        USUAL,
    ),
)
# This quarter's and last quarter's: (observer, observed, template, meeting type, days ago,
# stages seen, how far it has got, ratings); the shared ones within this quarter however
# early in it the demo is seeded. Sam observes Priya at every step, the signed-off
# one's evidence still waiting for Tess; Nia observes Sam, waiting for Tess's sign-off; Rowan
# observes Dev at a family network meeting, and Dev has yet to respond.
CURRENT = (
    ("coordinator", "practitioner", "fgc", MeetingType.FGC, 75, EVERY_STAGE, "signed_off", USUAL),
    (
        "coordinator",
        "practitioner",
        "fgc",
        MeetingType.REVIEW_FGC,
        30,
        REVIEW_STAGES,
        "responded",
        USUAL,
    ),
    (
        "coordinator",
        "practitioner",
        "fgc",
        MeetingType.CO_FACILITATED,
        12,
        EVERY_STAGE,
        "shared",
        ("strong", "secure"),
    ),
    (
        "coordinator",
        "practitioner",
        "fgc",
        MeetingType.PREPARATION_VISIT,
        3,
        (Stage.PREPARATION,),
        "draft",
        USUAL,
    ),
    (
        "coordinator2",
        "coordinator",
        "fgc",
        MeetingType.FGC,
        20,
        EVERY_STAGE,
        "responded",
        ("strong",),
    ),
    ("teamleader2", "practitioner2", "fnm", MeetingType.FNM, 9, FAMILY_MEETING, "shared", USUAL),
)


@transaction.atomic
def seed_observations(users: dict[str, User]) -> list[Observation]:
    seed_templates()
    templates = {
        "fgc": ObservationTemplate.objects.published().get(code="fgc-meeting"),
        "fnm": ObservationTemplate.objects.published().get(code="fnm-meeting"),
    }
    seeding = _Seeding(loaders.observation_texts(), Calendar.now())
    when, ago, recent = seeding.calendar.quarter, seeding.calendar.ago, seeding.calendar.recent
    made = []
    for observer, observed, template, kind, back, day, stages, leader, pattern in HISTORY:
        made.append(
            _observation(
                seeding,
                users[observer],
                users[observed],
                templates[template],
                kind,
                when(back, day),
                list(stages),
                until="reviewed",
                leader=users[leader],
                pattern=pattern,
            )
        )
    north_leader = users["teamleader"]
    for observer, observed, template, kind, days, stages, until, pattern in CURRENT:
        meeting = recent(days) if until == "shared" else ago(days)
        made.append(
            _observation(
                seeding,
                users[observer],
                users[observed],
                templates[template],
                kind,
                meeting,
                list(stages),
                until=until,
                leader=north_leader,
                pattern=pattern,
            )
        )
    return made
