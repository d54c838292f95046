"""Demo observation templates and observations for `seed_demo`.

Built with the product's services, so every rule applies; idempotent: templates by code,
observations by (observer, observed, meeting type), each demo pair having one of each.
The words (demo/data/observation_templates.toml and observations.toml) are practice language
only: no names, dates of birth or other family details.
"""

from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone

from demo import loaders
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


def _observation(
    observer: User,
    observed: User,
    template: ObservationTemplate,
    meeting_type: str,
    days_ago: int,
    stages: list[str],
    *,
    texts: dict,
    until: str,
    leader: User | None = None,
    pattern: tuple[str, ...] = ("secure", "strong", "developing", "secure"),
) -> Observation:
    existing = Observation.objects.filter(
        observer=observer, observed=observed, meeting_type=meeting_type
    ).first()
    if existing:
        return existing
    today = timezone.localdate()
    observation = services.observation_create(
        observer=observer,
        observed=observed,
        template=template,
        observed_on=today - timedelta(days=days_ago),
        meeting_type=meeting_type,
        family_consent=True,
    )
    services.observation_save_draft(
        observation=observation,
        by=observer,
        observed_on=observation.observed_on,
        meeting_type=meeting_type,
        stages_observed=stages,
        ratings=_rate(template, stages, list(pattern)),
        **texts["feedback"],
    )
    if until == "draft":
        return observation
    services.observation_share(observation=observation, by=observer)
    if until == "shared":
        return observation
    services.observation_respond(
        observation=observation, by=observed, response=texts["observed"]["response"]
    )
    if until == "responded":
        return observation
    services.observation_sign_off(observation=observation, by=leader)
    services.addendum_add(
        observation=observation,
        by=observed,
        text=texts["observed"]["addendum"],
    )
    return observation


@transaction.atomic
def seed_observations(users: dict[str, User]) -> list[Observation]:
    seed_templates()
    fgc = ObservationTemplate.objects.published().get(code="fgc-meeting")
    fnm = ObservationTemplate.objects.published().get(code="fnm-meeting")
    sam, priya, nia = users["coordinator"], users["practitioner"], users["coordinator2"]
    tess, rowan, dev = users["teamleader"], users["teamleader2"], users["practitioner2"]
    every_stage = [s.value for s in Stage if s != Stage.REVIEW]
    observe = partial(_observation, texts=loaders.observation_texts())
    return [
        # Sam observes Priya: one of each status, so every page has something to show.
        observe(sam, priya, fgc, MeetingType.FGC, 75, every_stage, until="signed_off", leader=tess),
        observe(
            sam,
            priya,
            fgc,
            MeetingType.REVIEW_FGC,
            30,
            [Stage.INFORMATION_SHARING, Stage.AGREEING_THE_PLAN, Stage.REVIEW],
            until="responded",
        ),
        observe(
            sam,
            priya,
            fgc,
            MeetingType.CO_FACILITATED,
            12,
            every_stage,
            until="shared",
            pattern=("strong", "secure"),
        ),
        observe(
            sam, priya, fgc, MeetingType.PREPARATION_VISIT, 3, [Stage.PREPARATION], until="draft"
        ),
        # Nia observes Sam, waiting for Tess's sign-off.
        observe(
            nia, sam, fgc, MeetingType.FGC, 20, every_stage, until="responded", pattern=("strong",)
        ),
        # Rowan observes Dev at a family network meeting; Dev has yet to respond.
        observe(
            rowan,
            dev,
            fnm,
            MeetingType.FNM,
            9,
            [Stage.INFORMATION_SHARING, Stage.PRIVATE_FAMILY_TIME, Stage.AGREEING_THE_PLAN],
            until="shared",
        ),
    ]
