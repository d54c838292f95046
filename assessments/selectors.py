"""Reads for frameworks, evidence and progression. Bounded queries: none per row."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F, Prefetch, QuerySet, Window
from django.db.models.functions import RowNumber

from assessments.enums import EvidenceStatus, Outcome, StatementStatus

# Framework reads live in framework_trees; named here too, where their callers look for them.
from assessments.framework_trees import ROLES_FOR_FRAMEWORK as ROLES_FOR_FRAMEWORK
from assessments.framework_trees import framework_applies_to as framework_applies_to
from assessments.framework_trees import framework_with_structure
from assessments.framework_trees import frameworks_for as frameworks_for
from assessments.framework_trees import frameworks_with_structure as frameworks_with_structure
from assessments.framework_trees import published_framework_trees as published_framework_trees
from assessments.framework_trees import published_frameworks as published_frameworks
from assessments.models import (
    Decision,
    Domain,
    Evidence,
    EvidenceReturn,
    Framework,
    LearningPlan,
    Level,
    LevelConfirmation,
    Statement,
)
from people.models import Team, User
from people.selectors import people_decided_on_by


def latest_decision_rows(
    subject_ids: Iterable[int], statement_ids: Iterable[int] | None = None
) -> QuerySet[Decision]:
    """The latest decision per (person, statement), chosen by the database.

    Later decisions supersede earlier ones (by time, then id). PostgreSQL picks them with
    DISTINCT ON; other databases with a window function. Either way only the latest rows
    leave the database, never a person's whole history.
    """
    decisions = Decision.objects.filter(subject_id__in=list(subject_ids))
    if statement_ids is not None:
        decisions = decisions.filter(statement_id__in=list(statement_ids))
    if connection.features.can_distinct_on_fields:
        latest = decisions.order_by("subject_id", "statement_id", "-decided_at", "-pk").distinct(
            "subject_id", "statement_id"
        )
    else:
        latest = decisions.annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("subject_id"), F("statement_id")],
                order_by=[F("decided_at").desc(), F("pk").desc()],
            )
        ).filter(rank=1)
    return Decision.objects.filter(pk__in=latest.values("pk"))


def latest_decisions(
    subject_ids: Iterable[int], statement_ids: Iterable[int] | None = None
) -> dict[tuple[int, int], Decision]:
    """The latest decision per (person, statement): later decisions supersede earlier ones."""
    return {
        (decision.subject_id, decision.statement_id): decision
        for decision in latest_decision_rows(subject_ids, statement_ids).select_related(
            "decided_by"
        )
    }


@dataclass
class StatementRow:
    statement: Statement
    status: str
    decision: Decision | None = None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        return StatementStatus(self.status).label

    @property
    def is_met(self) -> bool:
        """Met by the latest decision, even while newer evidence awaits review."""
        return self.decision is not None and self.decision.outcome == Outcome.MET


@dataclass
class DomainRow:
    domain: Domain
    statements: list[StatementRow]

    @property
    def met(self) -> int:
        return sum(row.is_met for row in self.statements)

    @property
    def total(self) -> int:
        return len(self.statements)

    @property
    def fraction(self) -> float:
        return self.met / self.total if self.total else 0.0


@dataclass
class LevelRow:
    level: Level
    domains: list[DomainRow]
    reached: bool = False
    confirmation: LevelConfirmation | None = None

    @property
    def statements(self) -> list[StatementRow]:
        return [row for domain in self.domains for row in domain.statements]

    @property
    def met(self) -> int:
        return sum(row.met for row in self.domains)

    @property
    def total(self) -> int:
        return sum(row.total for row in self.domains)

    @property
    def fraction(self) -> float:
        return self.met / self.total if self.total else 0.0

    @property
    def is_confirmed(self) -> bool:
        return self.confirmation is not None and not self.confirmation.needs_review


@dataclass
class Progression:
    subject: User
    framework: Framework
    levels: list[LevelRow]
    plan: LearningPlan | None = None

    def has_reached(self, level: Level) -> bool:
        return any(row.level.pk == level.pk and row.reached for row in self.levels)

    @property
    def reached_level(self) -> LevelRow | None:
        reached = [row for row in self.levels if row.reached]
        return reached[-1] if reached else None

    @property
    def confirmed_level(self) -> LevelRow | None:
        confirmed = [row for row in self.levels if row.is_confirmed]
        return confirmed[-1] if confirmed else None

    @property
    def flagged(self) -> list[LevelRow]:
        return [row for row in self.levels if row.confirmation and row.confirmation.needs_review]

    @property
    def next_level(self) -> LevelRow | None:
        return next((row for row in self.levels if not row.reached), None)

    @property
    def awaiting_confirmation(self) -> list[LevelRow]:
        return [row for row in self.levels if row.reached and not row.is_confirmed]

    @property
    def next_steps(self) -> list[StatementRow]:
        """'What is next': the unmet statements of the next level."""
        next_level = self.next_level
        return [row for row in next_level.statements if not row.is_met] if next_level else []

    @property
    def has_records(self) -> bool:
        return any(level.confirmation for level in self.levels) or any(
            row.status != StatementStatus.NO_EVIDENCE
            for level in self.levels
            for row in level.statements
        )

    @property
    def pending_count(self) -> int:
        return sum(
            row.status == StatementStatus.PENDING
            for level in self.levels
            for row in level.statements
        )


def _statement_status(decision: Decision | None, pending: list[Evidence]) -> str:
    """A met statement stays met: newer evidence for it is filed, not reviewed again."""
    if decision is not None and decision.outcome == Outcome.MET:
        return StatementStatus.MET
    if pending and (decision is None or max(e.submitted_at for e in pending) > decision.decided_at):
        return StatementStatus.PENDING
    if decision is not None:
        return (
            StatementStatus.MET if decision.outcome == Outcome.MET else StatementStatus.NOT_YET_MET
        )
    return StatementStatus.NO_EVIDENCE


def _latest_confirmations(
    subject_ids: Iterable[int], framework_ids: Iterable[int]
) -> dict[tuple[int, int], LevelConfirmation]:
    latest: dict[tuple[int, int], LevelConfirmation] = {}
    confirmations = LevelConfirmation.objects.filter(
        subject_id__in=list(subject_ids), level__framework_id__in=list(framework_ids)
    ).order_by("created_at", "pk")
    for confirmation in confirmations.select_related("confirmed_by"):
        latest[(confirmation.subject_id, confirmation.level_id)] = confirmation
    return latest


def _with_structure(framework: Framework) -> Framework:
    if "levels" in getattr(framework, "_prefetched_objects_cache", {}):
        return framework
    return framework_with_structure(framework.pk)


def _load_records(
    subject_ids: list[int], frameworks: list[Framework], with_evidence: bool
) -> tuple["_Records", dict[tuple[int, int], LearningPlan]]:
    """Every record the progressions need, for all the frameworks at once: statements and
    levels belong to one framework each, so one set of keys serves them all."""
    statement_ids = [
        s.pk
        for f in frameworks
        for lv in f.levels.all()
        for d in lv.domains.all()
        for s in d.statements.all()
    ]
    records = _Records(
        decisions=latest_decisions(subject_ids, statement_ids),
        evidence=_evidence_by_person_and_statement(subject_ids, statement_ids, with_evidence),
        confirmations=_latest_confirmations(subject_ids, [f.pk for f in frameworks]),
    )
    return records, _latest_plans(subject_ids, frameworks)


def build_progressions(
    subjects: list[User], framework: Framework, *, with_evidence: bool = True
) -> dict[int, Progression]:
    """Progression for many people on one framework in a fixed number of queries."""
    framework = _with_structure(framework)
    levels = list(framework.levels.all())
    records, plans = _load_records([s.pk for s in subjects], [framework], with_evidence)
    return {
        subject.pk: Progression(
            subject=subject,
            framework=framework,
            levels=_level_rows(subject, levels, records),
            plan=plans.get((subject.pk, framework.pk)),
        )
        for subject in subjects
    }


def progressions_of(subject: User, frameworks: list[Framework]) -> list[Progression]:
    """One person's progression on each framework, in the queries of one framework."""
    trees = [_with_structure(f) for f in frameworks]
    records, plans = _load_records([subject.pk], trees, with_evidence=True)
    return [
        Progression(
            subject=subject,
            framework=f,
            levels=_level_rows(subject, list(f.levels.all()), records),
            plan=plans.get((subject.pk, f.pk)),
        )
        for f in trees
    ]


@dataclass
class _Records:
    """What build_progressions loaded, keyed by (person, statement) or (person, level)."""

    decisions: dict[tuple[int, int], Decision]
    evidence: dict[tuple[int, int], list[Evidence]]
    confirmations: dict[tuple[int, int], LevelConfirmation]


def _evidence_by_person_and_statement(
    subject_ids: list[int], statement_ids: list[int], with_evidence: bool
) -> dict[tuple[int, int], list[Evidence]]:
    """Evidence not withdrawn; without `with_evidence`, only the fields statuses need."""
    evidence_by: dict[tuple[int, int], list[Evidence]] = defaultdict(list)
    through = Evidence.statements.through.objects.filter(
        statement_id__in=statement_ids,
        evidence__owner_id__in=subject_ids,
    ).exclude(evidence__status=EvidenceStatus.WITHDRAWN)
    if with_evidence:
        for link in through.select_related("evidence"):
            evidence_by[(link.evidence.owner_id, link.statement_id)].append(link.evidence)
        return evidence_by
    for owner_id, statement_id, status, submitted_at in through.values_list(
        "evidence__owner_id", "statement_id", "evidence__status", "evidence__submitted_at"
    ):
        evidence_by[(owner_id, statement_id)].append(
            Evidence(owner_id=owner_id, status=status, submitted_at=submitted_at)
        )
    return evidence_by


def _latest_plans(
    subject_ids: list[int], frameworks: list[Framework]
) -> dict[tuple[int, int], LearningPlan]:
    plans = {}
    for plan in (
        LearningPlan.objects.filter(subject_id__in=subject_ids, framework__in=frameworks)
        .select_related("target_level", "agreed_by")
        .order_by("agreed_at", "pk")
    ):
        plans[(plan.subject_id, plan.framework_id)] = plan
    return plans


def _level_rows(subject: User, levels: list[Level], records: _Records) -> list[LevelRow]:
    """Levels are cumulative: one is reached when it and every level below are all met."""
    level_rows = []
    all_met_so_far = True
    for level in levels:
        row = LevelRow(
            level=level,
            domains=[
                DomainRow(domain=domain, statements=_statement_rows(subject, domain, records))
                for domain in level.domains.all()
            ],
            confirmation=records.confirmations.get((subject.pk, level.pk)),
        )
        level_met = all(statement_row.is_met for statement_row in row.statements)
        all_met_so_far = all_met_so_far and level_met and row.total > 0
        row.reached = all_met_so_far
        level_rows.append(row)
    return level_rows


def _statement_rows(subject: User, domain: Domain, records: _Records) -> list[StatementRow]:
    rows = []
    for statement in domain.statements.all():
        key = (subject.pk, statement.pk)
        evidence = records.evidence.get(key, [])
        pending = [e for e in evidence if e.status == EvidenceStatus.PENDING]
        decision = records.decisions.get(key)
        rows.append(
            StatementRow(
                statement=statement,
                status=_statement_status(decision, pending),
                decision=decision,
                evidence=evidence,
            )
        )
    return rows


def progression_for(subject: User, framework: Framework) -> Progression:
    return build_progressions([subject], framework)[subject.pk]


# Evidence lists ----------------------------------------------------------------------------


def evidence_for_owner(owner: User) -> QuerySet[Evidence]:
    """A person's evidence, newest first, with the columns of the progression page's table
    (not the descriptions, which can be long)."""
    return (
        Evidence.objects.filter(owner=owner)
        .only("pk", "owner_id", "title", "kind", "occurred_on", "status", "submitted_at")
        .order_by("-submitted_at", "-pk")
    )


def evidence_detail(evidence_id: int) -> Evidence:
    return (
        Evidence.objects.select_related("owner")
        .prefetch_related(
            Prefetch(
                "statements",
                queryset=Statement.objects.select_related("domain__level__framework"),
            ),
            Prefetch(
                "decisions", queryset=Decision.objects.select_related("decided_by", "statement")
            ),
            Prefetch("returns", queryset=EvidenceReturn.objects.select_related("returned_by")),
        )
        .get(pk=evidence_id)
    )


def review_queue(viewer: User) -> QuerySet[Evidence]:
    """Pending evidence of the people `viewer` decides on, oldest first."""
    return (
        Evidence.objects.filter(
            status=EvidenceStatus.PENDING, owner__in=people_decided_on_by(viewer)
        )
        .select_related("owner")
        .prefetch_related(
            Prefetch(
                "statements",
                queryset=Statement.objects.select_related("domain__level__framework"),
            )
        )
        .order_by("submitted_at", "pk")
    )


# Team matrix -------------------------------------------------------------------------------


@dataclass
class LevelStanding:
    """Where a person stands on one level, from the database's counts (the matrix's cells)."""

    level: Level
    met: int
    total: int
    reached: bool = False
    confirmation: LevelConfirmation | None = None

    @property
    def fraction(self) -> float:
        return self.met / self.total if self.total else 0.0

    @property
    def is_confirmed(self) -> bool:
        return self.confirmation is not None and not self.confirmation.needs_review


@dataclass
class MatrixCell:
    framework: Framework
    confirmed: LevelStanding | None
    reached: LevelStanding | None
    next_level: LevelStanding | None
    flagged: list[LevelStanding]
    pending: int
    applies: bool = True

    @property
    def reached_not_confirmed(self) -> LevelStanding | None:
        if self.reached and (
            self.confirmed is None or self.reached.level.order > self.confirmed.level.order
        ):
            return self.reached
        return None

    @property
    def percent_to_next(self) -> int | None:
        if self.next_level is None:
            return None
        return round(self.next_level.fraction * 100)


@dataclass
class MatrixRow:
    person: User
    teams: list[Team]
    cells: list[MatrixCell]
    can_decide: bool = False
