"""Evidence, decisions, level confirmations and learning plans for generate_scale_data.

Each person's evidence (what they add, what modules and observations make) is reviewed in
time order, as assessments.services.decisions_record would review it: a team leader who may
decide on them records a decision per statement, linked to the evidence pending on it then;
evidence is reviewed once every statement it claims is decided; a "not yet met" after a
"met" flags the confirmed levels at and above it; a level reached is confirmed at most once
while its confirmation stands. Evidence submitted lately is still waiting for review.
"""

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from assessments.enums import EvidenceKind, EvidenceStatus, FrameworkStatus, Outcome
from assessments.models import (
    Decision,
    Evidence,
    Framework,
    LearningPlan,
    Level,
    LevelConfirmation,
    Statement,
)
from core.sanitize import sanitize_html
from demo.scale_common import EvidenceDraft, World, insert, local_day, spread
from demo.scale_people import Person, Staffing
from learning.models import ModuleCompletion
from observations.models import Observation
from people.enums import Role

FRAMEWORK_FOR = {Role.PRACTITIONER: "FGCC", Role.COORDINATOR: "FGCC", Role.TEAM_LEADER: "FGCTL"}
PERSONAL_KINDS = (
    EvidenceKind.REFLECTIVE_ACCOUNT,
    EvidenceKind.SUPERVISION_NOTE,
    EvidenceKind.TRAINING,
    EvidenceKind.QUALIFICATION,
    EvidenceKind.OTHER,
)
MET_FIRST_TIME = 0.85
MET_WITHDRAWN = 0.02
CONFIRM_WHEN_REACHED = 0.85
WITHDRAWN_SHARE = 0.01
PLAN_SHARE = 0.1


@dataclass
class FrameworkInfo:
    framework: Framework
    levels: list[Level]
    statements: list[int]
    level_of: dict[int, Level]
    code_of: dict[int, str]

    def level_statements(self, level: Level) -> list[int]:
        return [s for s in self.statements if self.level_of[s].pk == level.pk]


def _frameworks() -> dict[str, FrameworkInfo]:
    infos: dict[str, FrameworkInfo] = {}
    statements = Statement.objects.filter(
        domain__level__framework__status=FrameworkStatus.PUBLISHED
    ).select_related("domain__level__framework")
    for statement in statements.order_by("domain__level__order", "domain__order", "order"):
        level = statement.domain.level
        info = infos.setdefault(
            level.framework.code, FrameworkInfo(level.framework, [], [], {}, {})
        )
        if level not in info.levels:
            info.levels.append(level)
        info.statements.append(statement.pk)
        info.level_of[statement.pk] = level
        info.code_of[statement.pk] = statement.code
    return infos


@dataclass
class _Review:
    """One person's evidence, submitted and reviewed in time order."""

    world: World
    person: Person
    deciders: list
    frameworks: dict[str, FrameworkInfo]
    texts: dict
    drafts: list[EvidenceDraft] = field(default_factory=list)
    status: dict[int, str] = field(default_factory=dict)
    linked: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    latest: dict[int, str] = field(default_factory=dict)
    live: dict[int, LevelConfirmation] = field(default_factory=dict)
    confirmations: list[LevelConfirmation] = field(default_factory=list)
    decisions: list[tuple[Decision, list[EvidenceDraft]]] = field(default_factory=list)
    retry: list[int] = field(default_factory=list)
    cursor: int = 0

    @property
    def own(self) -> FrameworkInfo | None:
        return self.frameworks.get(FRAMEWORK_FOR.get(self.person.role, ""))

    @property
    def pending(self) -> list[EvidenceDraft]:
        return [d for d in self.drafts if self.status[id(d)] == EvidenceStatus.PENDING]

    def run(self, system: list[EvidenceDraft], personal: int) -> None:
        events: list = []
        for draft in system:
            heapq.heappush(events, (draft.submitted_at, len(events), "submit", draft))
        start = self.world.moment(before=self.world.now - timedelta(days=200))
        for _ in range(personal if self.own else 0):
            heapq.heappush(events, (self.world.moment(start), len(events), "personal", None))
        while events:
            moment, _, kind, draft = heapq.heappop(events)
            if kind == "decide":
                if self.status[id(draft)] == EvidenceStatus.PENDING:
                    self._decide(moment, draft)
                continue
            draft = draft or self._personal(moment)
            decide_at = self._submit(draft)
            if decide_at is not None:
                heapq.heappush(events, (decide_at, len(events), "decide", draft))

    def _submit(self, draft: EvidenceDraft) -> datetime | None:
        """Record the submission; when (if before today) a team leader will decide on it."""
        self.drafts.append(draft)
        self.status[id(draft)] = EvidenceStatus.PENDING
        if not draft.source_key and self.world.rng.random() < WITHDRAWN_SHARE:
            self.status[id(draft)] = EvidenceStatus.WITHDRAWN
            return None
        decide_at = self.world.later(draft.submitted_at, 2, 45)
        if not self.deciders or decide_at >= self.world.now - timedelta(days=1):
            return None
        return decide_at

    def _personal(self, moment: datetime) -> EvidenceDraft:
        """Evidence the person adds: statements not yet met first, then the next ones in order."""
        rng, own = self.world.rng, self.own
        wanted = rng.randint(1, 4)
        chosen = list(dict.fromkeys(self.retry))[:wanted]
        self.retry = [s for s in self.retry if s not in chosen]
        while len(chosen) < wanted and self.cursor < len(own.statements):
            if own.statements[self.cursor] not in chosen:
                chosen.append(own.statements[self.cursor])
            self.cursor += 1
        if not chosen:
            chosen = rng.sample(own.statements, k=min(wanted, len(own.statements)))
        kind = rng.choice(PERSONAL_KINDS)
        return EvidenceDraft(
            owner_id=self.person.user.pk,
            kind=kind,
            title=rng.choice(self.texts["titles"][kind.value])[:200],
            description=self.texts["description_html"],
            occurred_on=local_day(moment) - timedelta(days=rng.randint(0, 20)),
            submitted_at=moment,
            statement_ids=chosen,
        )

    def _outcome(self, prior: str | None) -> str:
        chance = self.world.rng.random()
        if prior == Outcome.MET:
            return Outcome.NOT_YET_MET if chance < MET_WITHDRAWN else Outcome.MET
        return Outcome.MET if chance < MET_FIRST_TIME else Outcome.NOT_YET_MET

    def _decide(self, moment: datetime, draft: EvidenceDraft) -> None:
        decider = self.world.rng.choice(self.deciders)
        pending = [d for d in self.pending if d.submitted_at <= moment]
        for statement_id in [s for s in draft.statement_ids if s not in self.linked[id(draft)]]:
            prior = self.latest.get(statement_id)
            outcome = self._outcome(prior)
            decision = Decision(
                subject_id=self.person.user.pk,
                statement_id=statement_id,
                outcome=outcome,
                comment=self.texts["met" if outcome == Outcome.MET else "not_met"],
                decided_by=decider,
                decided_at=moment,
            )
            links = [d for d in pending if statement_id in d.statement_ids]
            self.decisions.append((decision, links))
            for linked in links:
                self.linked[id(linked)].add(statement_id)
            self.latest[statement_id] = outcome
            if outcome == Outcome.NOT_YET_MET:
                self.retry.append(statement_id)
                if prior == Outcome.MET:
                    self._flag(statement_id, moment, decider)
        for item in pending:
            if self.linked[id(item)] >= set(item.statement_ids):
                self.status[id(item)] = EvidenceStatus.REVIEWED
        self._confirm(moment, decider, draft.statement_ids)

    def _info_of(self, statement_id: int) -> FrameworkInfo | None:
        return next((i for i in self.frameworks.values() if statement_id in i.level_of), None)

    def _flag(self, statement_id: int, moment: datetime, decider: object) -> None:
        """What _flag_confirmations does: confirmations at or above the level need review."""
        info = self._info_of(statement_id)
        level = info.level_of[statement_id]
        reason = (
            f"{info.code_of[statement_id]} changed from met to not yet met "
            f"({decider.name}, {local_day(moment):%d %B %Y})."
        )[:300]
        for level_id, confirmation in list(self.live.items()):
            if confirmation.level.framework_id == info.framework.pk and (
                confirmation.level.order >= level.order
            ):
                confirmation.needs_review = True
                confirmation.flagged_at = moment
                confirmation.review_reason = reason
                del self.live[level_id]

    def _confirm(self, moment: datetime, decider: object, statement_ids: list[int]) -> None:
        """Levels reached (each with every level below) are confirmed, once while it stands."""
        infos = {id(i): i for s in statement_ids if (i := self._info_of(s)) is not None}
        for info in infos.values():
            for level in info.levels:
                met = all(self.latest.get(s) == Outcome.MET for s in info.level_statements(level))
                if not met:
                    break
                if level.pk in self.live or self.world.rng.random() >= CONFIRM_WHEN_REACHED:
                    continue
                confirmation = LevelConfirmation(
                    subject_id=self.person.user.pk,
                    level=level,
                    confirmed_on=local_day(moment),
                    confirmed_by=decider,
                    created_at=moment,
                )
                self.live[level.pk] = confirmation
                self.confirmations.append(confirmation)

    def plan(self) -> LearningPlan | None:
        own = self.own
        if own is None or not self.deciders or self.world.rng.random() >= PLAN_SHARE:
            return None
        target = next(
            (
                level
                for level in own.levels
                if not all(self.latest.get(s) == Outcome.MET for s in own.level_statements(level))
            ),
            None,
        )
        if target is None:
            return None
        return LearningPlan(
            subject_id=self.person.user.pk,
            framework=own.framework,
            target_level=target,
            target_date=local_day(self.world.now) + timedelta(days=self.world.rng.randint(30, 300)),
            agreed_by=self.world.rng.choice(self.deciders),
            notes=self.texts["plan_notes"],
            agreed_at=self.world.moment(self.world.now - timedelta(days=90)),
        )


def _texts(world: World) -> dict:
    texts = world.texts["evidence"]
    return {
        "titles": texts["titles"],
        "description_html": sanitize_html(texts["description"]),
        "met": sanitize_html(texts["met_comment"]),
        "not_met": sanitize_html(texts["not_met_comment"]),
        "plan_notes": sanitize_html(texts["plan_notes"]),
    }


def _reviews(world: World, staffing: Staffing, system: list[EvidenceDraft], personal: int) -> list:
    frameworks = _frameworks()
    texts = _texts(world)
    by_owner: dict[int, list[EvidenceDraft]] = defaultdict(list)
    for draft in system:
        by_owner[draft.owner_id].append(draft)
    staff = [p for p in staffing.people if p.role in FRAMEWORK_FOR]
    shares = spread(personal, len(staff), world.rng)
    counts = {p.user.pk: share for p, share in zip(staff, shares, strict=True)}
    reviews = []
    for person in staffing.people:
        review = _Review(world, person, staffing.deciders_for(person), frameworks, texts)
        review.run(by_owner.get(person.user.pk, []), counts.get(person.user.pk, 0))
        reviews.append(review)
    return reviews


def _insert_evidence(world: World, reviews: list[_Review]) -> None:
    drafts, rows = [], []
    for review in reviews:
        for draft in review.drafts:
            status = review.status[id(draft)]
            withdrawn = status == EvidenceStatus.WITHDRAWN
            drafts.append(draft)
            rows.append(
                Evidence(
                    owner_id=draft.owner_id,
                    kind=draft.kind,
                    title=draft.title,
                    description=draft.description,
                    occurred_on=draft.occurred_on,
                    status=status,
                    source_key=draft.source_key,
                    submitted_at=draft.submitted_at,
                    withdrawn_at=world.later(draft.submitted_at, 0, 1) if withdrawn else None,
                )
            )
    insert(Evidence, rows, world, share=0.2)
    for draft, evidence in zip(drafts, rows, strict=True):
        draft.evidence_id = evidence.pk
    through = Evidence.statements.through
    links = [
        through(evidence_id=d.evidence_id, statement_id=s) for d in drafts for s in d.statement_ids
    ]
    insert(through, links, world, start=0.2, share=0.15)


def _insert_decisions(world: World, reviews: list[_Review]) -> None:
    pairs = [pair for review in reviews for pair in review.decisions]
    insert(Decision, [decision for decision, _ in pairs], world, start=0.35, share=0.3)
    through = Decision.evidence.through
    links = [
        through(decision_id=decision.pk, evidence_id=draft.evidence_id)
        for decision, drafts in pairs
        for draft in drafts
    ]
    insert(through, links, world, start=0.65, share=0.25)
    confirmations = [c for review in reviews for c in review.confirmations]
    insert(LevelConfirmation, confirmations, world, start=0.9, share=0.03)
    plans = [plan for review in reviews if (plan := review.plan()) is not None]
    insert(LearningPlan, plans, world, start=0.93, share=0.02)


def _link_sources(reviews: list[_Review]) -> None:
    """Certificates and signed-off observations point at the evidence they made."""
    completions, observations = [], []
    for review in reviews:
        for draft in review.drafts:
            if isinstance(draft.link, ModuleCompletion):
                draft.link.evidence_id = draft.evidence_id
                completions.append(draft.link)
            elif isinstance(draft.link, Observation):
                draft.link.evidence_id = draft.evidence_id
                observations.append(draft.link)
    ModuleCompletion.objects.bulk_update(completions, ["evidence"], batch_size=1000)
    Observation.objects.bulk_update(observations, ["evidence"], batch_size=1000)


def generate_progression(
    world: World, staffing: Staffing, system: list[EvidenceDraft], *, evidence: int
) -> None:
    """`evidence` items people add, reviewed with the evidence modules and observations made."""
    reviews = _reviews(world, staffing, system, evidence)
    _insert_evidence(world, reviews)
    _insert_decisions(world, reviews)
    _link_sources(reviews)
    world.progress.within(1.0)
