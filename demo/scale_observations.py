"""Observations for generate_scale_data, at every status: drafts, shared, responded, and signed
off (locked, some with addenda, each the evidence its ratings qualify for).

A coordinator or team leader observes a staff colleague in their team, from a published
template made for the meeting type; every step is recorded as a transition by the person the
workflow lets take it, and sign-off is by a team leader of the observed person.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.html import escape

from assessments.enums import EvidenceKind
from core.sanitize import plain_text_to_html
from demo.scale_common import EvidenceDraft, World, insert, local_day
from demo.scale_people import Person, Staffing
from observations.enums import MeetingType, ObservationStatus, Stage
from observations.models import (
    Addendum,
    CriterionRating,
    Observation,
    ObservationTemplate,
    ObservationTransition,
)
from observations.notifications import observation_path
from observations.templates import current_statements
from people.enums import Role

STATUSES = [
    (ObservationStatus.DRAFT, 0.08),
    (ObservationStatus.SHARED, 0.12),
    (ObservationStatus.RESPONDED, 0.15),
    (ObservationStatus.SIGNED_OFF, 0.65),
]
ORDER = [status for status, _ in STATUSES]
ADDENDUM_SHARE = 0.3
TEXT_FIELDS = ("strengths", "development_points", "agreed_actions", "family_voice")


@dataclass
class TemplateInfo:
    template: ObservationTemplate
    criteria: list[tuple[int, str, list[int]]]  # id, stage, current statement ids
    stages: list[str]
    qualifying: set[str]
    labels: dict[str, str]


def _templates() -> list[TemplateInfo]:
    infos = []
    for template in ObservationTemplate.objects.published().order_by("code"):
        criteria = []
        for criterion in template.criteria.order_by("sort_order").prefetch_related(
            "statements__domain__level__framework"
        ):
            statements = current_statements(list(criterion.statements.all()))
            criteria.append((criterion.pk, criterion.stage, [s.pk for s in statements]))
        seen = {stage for _, stage, _ in criteria}
        infos.append(
            TemplateInfo(
                template=template,
                criteria=criteria,
                stages=[s for s in Stage.values if s in seen],
                qualifying=template.evidence_ratings,
                labels=template.rating_labels,
            )
        )
    return infos


def _timeline(world: World, observed_on_moment: datetime, status: str) -> list[datetime]:
    """When each step happened, up to `status` or to today, whichever comes first."""
    moments = [world.later(observed_on_moment, 0, 2)]
    for low, high in ((0.5, 7), (1, 10), (1, 14))[: ORDER.index(status)]:
        moments.append(world.later(moments[-1], low, high))
    return [m for m in moments if m <= world.now] or [world.now]


@dataclass
class _Pair:
    observer: Person
    observed: Person
    signers: list


def _pairs(staffing: Staffing) -> list[_Pair]:
    pairs = []
    for team in staffing.teams:
        staff = staffing.of_team(team, Role.PRACTITIONER, Role.COORDINATOR, Role.TEAM_LEADER)
        observers = [p for p in staff if p.role in {Role.COORDINATOR, Role.TEAM_LEADER}]
        for observer in observers:
            pairs += [
                _Pair(observer, observed, staffing.deciders_for(observed))
                for observed in staff
                if observed.user.pk != observer.user.pk
            ]
    return pairs


def _observation(world: World, pair: _Pair, info: TemplateInfo, texts: dict) -> tuple:
    rng = world.rng
    status = world.weighted(STATUSES)
    if not pair.signers and status == ObservationStatus.SIGNED_OFF:
        status = ObservationStatus.RESPONDED
    moment = world.moment(before=world.now - timedelta(days=1))
    observed_on = local_day(moment)
    meeting = timezone.make_aware(datetime.combine(observed_on, time(17)))
    steps = _timeline(world, meeting, status)
    status = ORDER[len(steps) - 1]
    stages = sorted(
        rng.sample(info.stages, k=rng.randint(min(2, len(info.stages)), len(info.stages))),
        key=Stage.values.index,
    )
    observation = Observation(
        template=info.template,
        observer=pair.observer.user,
        observed=pair.observed.user,
        observed_on=observed_on,
        meeting_type=rng.choice(info.template.meeting_types),
        stages_observed=stages,
        family_consent=True,
        status=status,
        status_changed_at=steps[-1],
        created_at=steps[0],
        **{name: texts[name] for name in TEXT_FIELDS},
    )
    if len(steps) > 2:
        observation.response = texts["response"]
    if status == ObservationStatus.SIGNED_OFF:
        observation.signed_off_by = rng.choice(pair.signers)
        observation.signed_off_at = steps[-1]
    return observation, steps


def _ratings(world: World, observation: Observation, info: TemplateInfo) -> list[CriterionRating]:
    good = [value for value in info.labels if value in info.qualifying]
    return [
        CriterionRating(
            observation=observation,
            criterion_id=criterion_id,
            rating=world.rng.choice(good) if stage in observation.stages_observed else "",
        )
        for criterion_id, stage, _ in info.criteria
    ]


def _transitions(observation: Observation, steps: list[datetime]) -> list[ObservationTransition]:
    movers = [
        observation.observer,
        observation.observer,
        observation.observed,
        observation.signed_off_by,
    ]
    return [
        ObservationTransition(
            observation=observation,
            from_status=ORDER[index - 1] if index else "",
            to_status=ORDER[index],
            by=movers[index],
            at=moment,
        )
        for index, moment in enumerate(steps)
    ]


def _evidence(
    world: World, observation: Observation, info: TemplateInfo, ratings: list
) -> EvidenceDraft | None:
    """What observations.evidence.evidence_for_sign_off makes, or None if nothing qualifies."""
    qualifying = {r.criterion_id for r in ratings if r.rating in info.qualifying}
    statement_ids = sorted({s for c, _, ids in info.criteria if c in qualifying for s in ids})
    if not statement_ids:
        return None
    texts = world.texts["observations"]
    counts = Counter(r.rating for r in ratings if r.rating)
    summary = ", ".join(
        f"{label} {counts[value]}" for value, label in info.labels.items() if counts.get(value)
    )
    meeting = MeetingType(observation.meeting_type).label
    return EvidenceDraft(
        owner_id=observation.observed_id,
        kind=EvidenceKind.PEER_OBSERVATION,
        title=texts["evidence_title"].format(
            meeting=meeting, date=f"{observation.observed_on:%d %B %Y}"
        )[:200],
        description=texts["evidence"].format(
            observer=escape(observation.observer.name),
            signer=escape(observation.signed_off_by.name),
            ratings=escape(summary),
            path=observation_path(observation),
        ),
        occurred_on=observation.observed_on,
        submitted_at=observation.signed_off_at,
        statement_ids=statement_ids,
        source_key=f"observation:{observation.pk}",
        link=observation,
    )


def generate_observations(world: World, staffing: Staffing, *, count: int) -> list[EvidenceDraft]:
    """`count` observations with ratings, transitions and addenda; returns the evidence made."""
    texts = {
        key: plain_text_to_html(value)
        for key, value in world.texts["observations"].items()
        if key in {*TEXT_FIELDS, "response", "addendum"}
    }
    templates = _templates()
    pairs = _pairs(staffing)
    if not pairs or not templates:
        return []
    made = [
        _observation(world, world.rng.choice(pairs), world.rng.choice(templates), texts)
        for _ in range(count)
    ]
    insert(Observation, [o for o, _ in made], world, share=0.3)
    infos = {t.template.pk: t for t in templates}
    ratings, transitions, addenda, evidence = [], [], [], []
    for observation, steps in made:
        info = infos[observation.template_id]
        rows = _ratings(world, observation, info)
        ratings += rows
        transitions += _transitions(observation, steps)
        if observation.status != ObservationStatus.SIGNED_OFF:
            continue
        draft = _evidence(world, observation, info, rows)
        if draft:
            evidence.append(draft)
        if world.rng.random() < ADDENDUM_SHARE:
            at = world.later(observation.signed_off_at, 1, 20)
            if at <= world.now:
                addenda.append(
                    Addendum(
                        observation=observation,
                        author=observation.observed,
                        text=texts["addendum"],
                        created_at=at,
                    )
                )
    insert(CriterionRating, ratings, world, start=0.3, share=0.45)
    insert(ObservationTransition, transitions, world, start=0.75, share=0.2)
    insert(Addendum, addenda, world, start=0.95, share=0.05)
    return evidence
