"""The team progression matrix: people × published frameworks, counted by the database.

Each cell holds the figures a person's Progression gives (level confirmed, reached but not
confirmed, % towards the next level, confirmations needing review, statements awaiting
review), but from three aggregate queries for a page of people, not from every decision
loaded as an object. TeamMatrix computes one slice at a time, so the page, the API and the
exports each pay only for the people they show.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from assessments.enums import EvidenceStatus, FrameworkStatus, Outcome
from assessments.framework_trees import published_framework_trees
from assessments.models import (
    Decision,
    Domain,
    Evidence,
    Framework,
    Level,
    LevelConfirmation,
    Statement,
)
from assessments.selectors import (
    ROLES_FOR_FRAMEWORK,
    LevelStanding,
    MatrixCell,
    MatrixRow,
    latest_decision_rows,
)
from people import access
from people.models import Membership, Team, User
from people.selectors import people_visible_to


@dataclass
class _Structure:
    """The published frameworks' levels in order, how many statements each has, and which."""

    frameworks: list[Framework]
    levels: dict[int, list[Level]]
    totals: dict[int, int]
    statement_ids: list[int]

    @classmethod
    def load(cls) -> "_Structure":
        """From the published framework trees, which are cached: no query while they are."""
        frameworks = published_framework_trees()
        levels: dict[int, list[Level]] = {}
        totals: dict[int, int] = {}
        statement_ids = []
        for framework in frameworks:
            levels[framework.pk] = list(framework.levels.all())
            for level in levels[framework.pk]:
                ids = [s.pk for domain in level.domains.all() for s in domain.statements.all()]
                totals[level.pk] = len(ids)
                statement_ids += ids
        return cls(frameworks, levels, totals, statement_ids)


@dataclass
class _Counts:
    """Per person: statements met per level, decided per framework, awaiting review per
    framework, and the latest confirmation per level."""

    met: dict[tuple[int, int], int]
    decided: dict[tuple[int, int], int]
    pending: dict[tuple[int, int], int]
    confirmations: dict[tuple[int, int], LevelConfirmation]


# The latest decision per (person, statement) is chosen by DISTINCT ON and counted per level
# in one statement; Django cannot aggregate over a DISTINCT ON subquery itself.
LATEST_BY_LEVEL_SQL = """
SELECT latest.subject_id, domain.level_id, level.framework_id,
       COUNT(*) FILTER (WHERE latest.outcome = %(met)s), COUNT(*)
FROM (
    SELECT DISTINCT ON (subject_id, statement_id) subject_id, statement_id, outcome
    FROM {decision}
    WHERE subject_id = ANY(%(people)s)
    ORDER BY subject_id, statement_id, decided_at DESC, id DESC
) AS latest
JOIN {statement} AS statement ON statement.id = latest.statement_id
JOIN {domain} AS domain ON domain.id = statement.domain_id
JOIN {level} AS level ON level.id = domain.level_id
JOIN {framework} AS framework ON framework.id = level.framework_id
WHERE framework.status = %(published)s
GROUP BY 1, 2, 3
"""


def _latest_by_level(people: list[int], structure: _Structure) -> list[tuple[int, ...]]:
    """(person, level, framework, statements met, statements decided) by latest decision."""
    if connection.vendor == "postgresql":
        tables = {
            name: connection.ops.quote_name(model._meta.db_table)
            for name, model in (
                ("decision", Decision),
                ("statement", Statement),
                ("domain", Domain),
                ("level", Level),
                ("framework", Framework),
            )
        }
        with connection.cursor() as cursor:
            cursor.execute(
                LATEST_BY_LEVEL_SQL.format(**tables),
                {"people": people, "met": Outcome.MET, "published": FrameworkStatus.PUBLISHED},
            )
            return cursor.fetchall()
    return list(
        latest_decision_rows(people, structure.statement_ids)
        .values(
            "subject_id", "statement__domain__level_id", "statement__domain__level__framework_id"
        )
        .annotate(met=Count("pk", filter=Q(outcome=Outcome.MET)), decided=Count("pk"))
        .order_by()
        .values_list(
            "subject_id",
            "statement__domain__level_id",
            "statement__domain__level__framework_id",
            "met",
            "decided",
        )
    )


def _counts(people: list[int], structure: _Structure) -> _Counts:
    met: dict[tuple[int, int], int] = {}
    decided: dict[tuple[int, int], int] = defaultdict(int)
    for subject_id, level_id, framework_id, met_count, decided_count in _latest_by_level(
        people, structure
    ):
        met[(subject_id, level_id)] = met_count
        decided[(subject_id, framework_id)] += decided_count
    return _Counts(
        met=met,
        decided=decided,
        pending=_pending(people, structure.statement_ids),
        confirmations=_latest_confirmations(people, structure),
    )


def _pending(people: list[int], statement_ids: list[int]) -> dict[tuple[int, int], int]:
    """Statements awaiting review: pending evidence newer than the latest decision on them,
    on statements not met (a met statement stays met; new evidence for it is filed)."""
    decided_since = Decision.objects.filter(
        subject_id=OuterRef("evidence__owner_id"),
        statement_id=OuterRef("statement_id"),
        decided_at__gte=OuterRef("evidence__submitted_at"),
    )
    latest_outcome = (
        Decision.objects.filter(
            subject_id=OuterRef("evidence__owner_id"), statement_id=OuterRef("statement_id")
        )
        .order_by("-decided_at", "-pk")
        .values("outcome")[:1]
    )
    rows = (
        Evidence.statements.through.objects.filter(
            evidence__owner_id__in=people,
            evidence__status=EvidenceStatus.PENDING,
            statement_id__in=statement_ids,
        )
        .exclude(Exists(decided_since))
        .annotate(latest_outcome=Coalesce(Subquery(latest_outcome), Value("")))
        .exclude(latest_outcome=Outcome.MET)
        .values("evidence__owner_id", "statement__domain__level__framework_id")
        .annotate(n=Count("statement_id", distinct=True))
        .order_by()
    )
    return {
        (row["evidence__owner_id"], row["statement__domain__level__framework_id"]): row["n"]
        for row in rows
    }


def _latest_confirmations(
    people: list[int], structure: _Structure
) -> dict[tuple[int, int], LevelConfirmation]:
    level_ids = [level.pk for levels in structure.levels.values() for level in levels]
    latest = {}
    for confirmation in LevelConfirmation.objects.filter(
        subject_id__in=people, level_id__in=level_ids
    ).order_by("created_at", "pk"):
        latest[(confirmation.subject_id, confirmation.level_id)] = confirmation
    return latest


def _cell(person: User, framework: Framework, structure: _Structure, counts: _Counts) -> MatrixCell:
    """A person's standing on one framework: levels are cumulative, as in Progression."""
    standings, reached_so_far = [], True
    for level in structure.levels[framework.pk]:
        standing = LevelStanding(
            level=level,
            met=counts.met.get((person.pk, level.pk), 0),
            total=structure.totals.get(level.pk, 0),
            confirmation=counts.confirmations.get((person.pk, level.pk)),
        )
        reached_so_far = reached_so_far and standing.total > 0 and standing.met == standing.total
        standing.reached = reached_so_far
        standings.append(standing)
    pending = counts.pending.get((person.pk, framework.pk), 0)
    has_records = (
        pending > 0
        or counts.decided.get((person.pk, framework.pk), 0) > 0
        or any(s.confirmation for s in standings)
    )
    roles = {m.role for m in person.active_memberships}
    reached = [s for s in standings if s.reached]
    confirmed = [s for s in standings if s.is_confirmed]
    return MatrixCell(
        framework=framework,
        confirmed=confirmed[-1] if confirmed else None,
        reached=reached[-1] if reached else None,
        next_level=next((s for s in standings if not s.reached), None),
        flagged=[s for s in standings if s.confirmation and s.confirmation.needs_review],
        pending=pending,
        applies=bool(roles & ROLES_FOR_FRAMEWORK.get(framework.applies_to_role, set()))
        or has_records,
    )


def matrix_people(viewer: User, team: Team | None = None) -> QuerySet[User]:
    """Who the viewer sees in the matrix: staff of led teams, or everyone for service managers.

    Ordered by name, unevaluated: a page of it is what TeamMatrix computes.
    """
    people = people_visible_to(viewer)
    if team is not None:
        people = people.filter(memberships__in=Membership.objects.active().filter(team=team))
    return people.distinct()


class TeamMatrix:
    """The matrix for a viewer, a slice at a time: Django's Paginator and the API's
    pagination take it as they take a queryset (count() and slicing)."""

    def __init__(
        self, viewer: User, team: Team | None = None, *, with_actions: bool = True
    ) -> None:
        """`with_actions` works out for each row whether the viewer may decide on the person
        (the page links to their review); the exports and the API do not show it."""
        self.viewer = viewer
        self.with_actions = with_actions
        self.people = matrix_people(viewer, team)
        self._structure: _Structure | None = None
        self._count: int | None = None

    @property
    def structure(self) -> _Structure:
        if self._structure is None:
            self._structure = _Structure.load()
        return self._structure

    @property
    def frameworks(self) -> list[Framework]:
        return self.structure.frameworks

    def all(self) -> "TeamMatrix":
        return self

    def count(self) -> int:
        if self._count is None:
            self._count = self.people.count()
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index: slice) -> list[MatrixRow]:
        if not isinstance(index, slice):
            raise TypeError("A team matrix is read a slice at a time.")
        people = list(
            self.people[index].prefetch_related(
                Prefetch(
                    "memberships",
                    queryset=Membership.objects.active().select_related("team"),
                    to_attr="active_memberships",
                )
            )
        )
        return self.rows_for(people)

    def rows_for(self, people: list[User]) -> list[MatrixRow]:
        if not people:
            return []
        structure = self.structure
        counts = _counts([person.pk for person in people], structure)
        return [
            MatrixRow(
                person=person,
                teams=sorted({m.team for m in person.active_memberships}, key=lambda t: t.name),
                cells=[_cell(person, f, structure, counts) for f in structure.frameworks],
                can_decide=self.with_actions and access.can_decide_on(self.viewer, person),
            )
            for person in people
        ]

    def rows(self) -> list[MatrixRow]:
        """Every row, for the exports."""
        return self[0 : self.count()]
