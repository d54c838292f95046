"""Reads for the dashboards, the lists behind them, their exports and the API.

Every figure is computed for all the teams in view at once (a fixed number of queries,
however many teams or records), then grouped by team in Python. A person in two teams
counts in both. Views and API endpoints call one function here and present what it gives.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import (
    Count,
    DateTimeField,
    Exists,
    Min,
    OuterRef,
    Q,
    QuerySet,
)
from django.utils import timezone

from assessments.enums import EvidenceStatus, FrameworkStatus
from assessments.models import Evidence, Framework, LevelConfirmation
from assessments.selectors import (
    published_framework_trees,
)
from core.cache import cached
from learning.models import Assignment, ModuleCompletion
from meetings import selectors as meeting_selectors
from meetings.models import MeetingRecord
from meetings.selectors import MeetingFigures
from observations.enums import ObservationStatus
from observations.models import Observation
from people import access
from people.enums import STAFF_ROLES, Role
from people.models import Membership, Team, User, membership_in_force


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def day_start(day: date) -> datetime:
    """Midnight at the start of a day in the current time zone: a bound an index can use."""
    return timezone.make_aware(datetime.combine(day, time.min))


def quarter_label(start: date) -> str:
    return f"{start.year} Q{(start.month - 1) // 3 + 1}"


def previous_quarters(count: int, *, today: date | None = None) -> list[date]:
    """Start dates of the last `count` quarters, oldest first, ending with this quarter."""
    start = quarter_start(today or timezone.localdate())
    quarters = [start]
    for _ in range(count - 1):
        before = quarters[-1] - timedelta(days=1)
        quarters.append(quarter_start(before))
    return list(reversed(quarters))


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @classmethod
    def this_quarter(cls, today: date | None = None) -> "Period":
        today = today or timezone.localdate()
        return cls(quarter_start(today), today)

    @property
    def twelve_months(self) -> "Period":
        """The 12 months ending on this period's last day (for observations per coordinator)."""
        return Period(self.end - timedelta(days=365) + timedelta(days=1), self.end)


@dataclass
class TeamFigures:
    team: Team
    size: int = 0
    confirmed: dict[str, Counter] = field(default_factory=dict)  # framework code → level → n
    evidence_waiting: int = 0
    oldest_evidence_days: int | None = None
    observations_awaiting_sign_off: int = 0
    assignments_overdue: int = 0
    completions: int = 0
    observations_by_coordinator: dict[str, int] = field(default_factory=dict)

    def confirmed_at(self, framework_code: str, level_code: str) -> int:
        return self.confirmed.get(framework_code, Counter()).get(level_code, 0)


def teams_in_view(viewer: User, team: Team | None = None) -> list[Team]:
    if team is not None:
        return [team]
    if viewer.is_superuser or access.is_service_manager(viewer):
        return list(Team.objects.order_by("name"))
    return list(Team.objects.filter(pk__in=access.led_team_ids(viewer)).order_by("name"))


def staff_memberships(teams: list[Team]) -> QuerySet[Membership]:
    """Active staff memberships of these teams: who the figures and their lists count."""
    return Membership.objects.active().filter(team__in=teams, role__in=STAFF_ROLES)


def _staff_by_team(teams: list[Team]) -> dict[int, set[int]]:
    members: dict[int, set[int]] = defaultdict(set)
    for team_id, user_id in (
        staff_memberships(teams).filter(user__is_active=True).values_list("team_id", "user_id")
    ):
        members[team_id].add(user_id)
    return members


def _highest_confirmed(people: QuerySet) -> dict[tuple[int, str], str]:
    """(person, framework code) → highest confirmed level (latest confirmation, unflagged)."""
    latest: dict[tuple[int, int], tuple] = {}
    for row in (
        LevelConfirmation.objects.filter(
            subject_id__in=people, level__framework__status=FrameworkStatus.PUBLISHED
        )
        .order_by("created_at", "pk")
        .values_list(
            "subject_id",
            "level_id",
            "needs_review",
            "level__order",
            "level__code",
            "level__framework__code",
        )
    ):
        latest[(row[0], row[1])] = row
    best: dict[tuple[int, str], tuple[int, str]] = {}
    for subject_id, _, needs_review, order, code, framework_code in latest.values():
        key = (subject_id, framework_code)
        if not needs_review and (key not in best or order > best[key][0]):
            best[key] = (order, code)
    return {key: code for key, (_, code) in best.items()}


def _everyone(staff: dict[int, set[int]]) -> set[int]:
    return set().union(*staff.values()) if staff else set()


@dataclass
class _TeamTallies:
    """Figures summed per team by the database, each record counted in every team where its
    person is staff; and each person's highest confirmed level, counted per team here."""

    confirmed: dict[tuple[int, str], str]
    evidence: dict[int, dict]
    awaiting_sign_off: dict[int, dict]
    overdue: dict[int, dict]
    completions: dict[int, dict]


def _per_team(
    queryset: QuerySet, person: str, teams: list[Team], today: date, **aggregates: object
) -> dict[int, dict]:
    """`aggregates` of `queryset` per team where the person named by the field `person` is
    active staff (each record counted in every such team).

    The membership conditions sit in one filter() so they apply to one joined membership,
    with no subquery of memberships to join back to."""
    membership = f"{person}__memberships__"
    team = f"{membership}team_id"
    rows = (
        queryset.filter(
            Q(**{f"{membership}team__in": teams, f"{membership}role__in": STAFF_ROLES}),
            membership_in_force(today, membership),
            Q(**{f"{person}__is_active": True}),
        )
        .values(team)
        .annotate(**aggregates)
        .order_by()
    )
    return {row.pop(team): row for row in rows}


def _team_tallies(teams: list[Team], period: Period, today: date) -> _TeamTallies:
    staff = staff_memberships(teams).filter(user__is_active=True)
    counted = {"n": Count("pk", distinct=True)}
    completed = ModuleCompletion.objects.filter(
        learner_id=OuterRef("learner_id"), module_id=OuterRef("module_id")
    )
    return _TeamTallies(
        confirmed=_highest_confirmed(staff.values("user_id")),
        evidence=_per_team(
            Evidence.objects.filter(status=EvidenceStatus.PENDING),
            "owner",
            teams,
            today,
            **counted,
            oldest=Min("submitted_at"),
        ),
        awaiting_sign_off=_per_team(
            Observation.objects.filter(status=ObservationStatus.RESPONDED),
            "observed",
            teams,
            today,
            **counted,
        ),
        # Standing assignments past their due date whose module the learner has not completed.
        overdue=_per_team(
            Assignment.objects.active().filter(due_date__lt=today).exclude(Exists(completed)),
            "learner",
            teams,
            today,
            **counted,
        ),
        completions=_per_team(
            ModuleCompletion.objects.filter(
                completed_at__gte=day_start(period.start),
                completed_at__lt=day_start(period.end + timedelta(days=1)),
            ),
            "learner",
            teams,
            today,
            **counted,
        ),
    )


def _count_by(queryset: QuerySet, field_name: str) -> Counter:
    """How many rows per value of `field_name`, counted by the database."""
    rows = queryset.values(field_name).annotate(n=Count("pk")).order_by()
    return Counter({row[field_name]: row["n"] for row in rows})


def _observations_by_coordinator(teams: list[Team], year: Period) -> dict[int, dict[str, int]]:
    """Team → coordinator's name → observations they made (shared or later) in the year."""
    coordinators: dict[int, set[int]] = defaultdict(set)
    names: dict[int, str] = {}
    for team_id, user_id, name in (
        Membership.objects.active()
        .filter(team__in=teams, role=Role.COORDINATOR)
        .values_list("team_id", "user_id", "user__display_name")
    ):
        coordinators[team_id].add(user_id)
        names[user_id] = name
    everyone = _everyone(coordinators)
    observed_by = _count_by(
        Observation.objects.filter(
            observer__in=everyone, observed_on__gte=year.start, observed_on__lte=year.end
        ).exclude(status=ObservationStatus.DRAFT),
        "observer_id",
    )
    return {
        team_id: {
            names.get(c) or f"Coordinator {c}": observed_by[c]
            for c in sorted(members, key=lambda c: names.get(c, ""))
        }
        for team_id, members in coordinators.items()
    }


def _figures_for_team(
    team: Team, people: set[int], tallies: _TeamTallies, framework_codes: list[str]
) -> TeamFigures:
    figures = TeamFigures(team=team, size=len(people))
    for code in framework_codes:
        figures.confirmed[code] = Counter(
            tallies.confirmed[(person, code)]
            for person in people
            if (person, code) in tallies.confirmed
        )
    waiting = tallies.evidence.get(team.pk)
    if waiting:
        figures.evidence_waiting = waiting["n"]
        figures.oldest_evidence_days = (timezone.now() - waiting["oldest"]).days
    figures.observations_awaiting_sign_off = tallies.awaiting_sign_off.get(team.pk, {}).get("n", 0)
    figures.assignments_overdue = tallies.overdue.get(team.pk, {}).get("n", 0)
    figures.completions = tallies.completions.get(team.pk, {}).get("n", 0)
    return figures


def team_figures(
    teams: list[Team],
    period: Period,
    *,
    today: date | None = None,
    with_coordinators: bool = True,
    frameworks: list[Framework] | None = None,
) -> list[TeamFigures]:
    """One TeamFigures per team, in the order given, in a fixed number of queries.

    Without `with_coordinators`, observations per coordinator are left empty (a summary of
    every team does not show them, and they cost two queries more). `frameworks` are the
    published framework trees, where the caller has them already."""
    staff = _staff_by_team(teams)
    tallies = _team_tallies(teams, period, today or timezone.localdate())
    by_coordinator = (
        _observations_by_coordinator(teams, period.twelve_months) if with_coordinators else {}
    )
    if frameworks is None:
        frameworks = published_framework_trees()
    framework_codes = [framework.code for framework in frameworks]
    result = []
    for team in teams:
        figures = _figures_for_team(team, staff.get(team.pk, set()), tallies, framework_codes)
        figures.observations_by_coordinator = by_coordinator.get(team.pk, {})
        result.append(figures)
    return result


@dataclass
class Trend:
    label: str
    quarters: list[str]
    values: list[int]


def _per_quarter(queryset: QuerySet, field_name: str, starts: list[date]) -> list[int]:
    """Rows in each quarter beginning at `starts`, counted by the database in one row.

    Ranges compare the field itself (a date, or a time against local midnight), which is
    cheaper than truncating every row's time to its quarter.
    """
    ends = [*starts[1:], quarter_start(starts[-1] + timedelta(days=100))]
    is_time = isinstance(queryset.model._meta.get_field(field_name), DateTimeField)
    bound = day_start if is_time else (lambda day: day)
    counts = queryset.aggregate(
        **{
            f"q{index}": Count(
                "pk",
                filter=Q(**{f"{field_name}__gte": bound(start), f"{field_name}__lt": bound(end)}),
            )
            for index, (start, end) in enumerate(zip(starts, ends, strict=True))
        }
    )
    return [counts[f"q{index}"] for index in range(len(starts))]


# Eight quarters of a whole service are the dashboard's dearest counts, and change a few
# times a day: they are cached (core/cache.py) and reporting/signal_handlers.py renews them
# whenever a completion, an observation, a confirmation, a membership or a person changes.
TRENDS = "dashboard-trends"


def quarterly_trends(
    teams: list[Team], *, quarters: int = 8, today: date | None = None
) -> list[Trend]:
    """Completions, observations and level confirmations per quarter, oldest first.

    The database counts each quarter; only the counts come back, and are kept until one of
    the records counted changes (or the day does: memberships are counted as of today).
    """
    today = today or timezone.localdate()
    key = f"{today.isoformat()}:{quarters}:{','.join(str(team.pk) for team in teams)}"
    return cached(TRENDS, key, lambda: _count_trends(teams, quarters, today))


def _count_trends(teams: list[Team], quarters: int, today: date) -> list[Trend]:
    starts = previous_quarters(quarters, today=today)
    labels = [quarter_label(s) for s in starts]
    people = staff_memberships(teams).filter(user__is_active=True).values("user")
    first = starts[0]
    completions = _per_quarter(
        ModuleCompletion.objects.filter(learner__in=people, completed_at__gte=day_start(first)),
        "completed_at",
        starts,
    )
    observations = _per_quarter(
        Observation.objects.filter(observed__in=people, observed_on__gte=first).exclude(
            status=ObservationStatus.DRAFT
        ),
        "observed_on",
        starts,
    )
    confirmations = _per_quarter(
        LevelConfirmation.objects.filter(subject__in=people, confirmed_on__gte=first),
        "confirmed_on",
        starts,
    )
    meetings = MeetingRecord.objects.filter(team__in=teams, held_on__gte=first)
    return [
        Trend("Module completions", labels, completions),
        Trend("Observations (shared or later)", labels, observations),
        Trend("Level confirmations", labels, confirmations),
        Trend("Family meetings held", labels, _per_quarter(meetings, "held_on", starts)),
        Trend(
            "Family plans agreed",
            labels,
            _per_quarter(meetings.filter(plan_agreed=True), "held_on", starts),
        ),
    ]


# Dashboards and the lists behind them ----------------------------------------------------------


@dataclass
class Dashboard:
    """Everything a dashboard page and its exports show, for one filter."""

    period: Period
    figures: list[TeamFigures]
    frameworks: list[Framework]
    trends: list[Trend]
    # Outcomes of the family meetings the teams' coordinators recorded, in the period.
    meetings: MeetingFigures


def dashboard(
    viewer: User,
    *,
    team: Team | None,
    period: Period,
    with_trends: bool,
    with_coordinators: bool = True,
) -> Dashboard:
    """The figures for the viewer's teams (or the one chosen), trends only when asked."""
    teams = teams_in_view(viewer, team)
    meetings = meeting_selectors.records_in({t.pk for t in teams}, period.start, period.end)
    frameworks = published_framework_trees()
    return Dashboard(
        period=period,
        figures=team_figures(
            teams, period, with_coordinators=with_coordinators, frameworks=frameworks
        ),
        frameworks=frameworks,
        trends=quarterly_trends(teams) if with_trends else [],
        meetings=meeting_selectors.figures(meetings),
    )


def completions_in_view(
    viewer: User, *, team: Team | None, period: Period
) -> QuerySet[ModuleCompletion]:
    """Module completions by the staff of the viewer's teams in the period, newest first."""
    return (
        ModuleCompletion.objects.filter(
            learner__in=staff_memberships(teams_in_view(viewer, team)).values("user"),
            completed_at__date__gte=period.start,
            completed_at__date__lte=period.end,
        )
        .select_related("learner")
        .order_by("-completed_at")
    )


def observations_in_view(
    viewer: User, *, team: Team | None, period: Period
) -> QuerySet[Observation]:
    """Observations (shared or later) of the staff of the viewer's teams in the period."""
    return (
        Observation.objects.filter(
            observed__in=staff_memberships(teams_in_view(viewer, team)).values("user"),
            observed_on__gte=period.start,
            observed_on__lte=period.end,
        )
        .exclude(status=ObservationStatus.DRAFT)
        .select_related("observer", "observed")
        .order_by("-observed_on", "-pk")
    )
