"""Reads for co-observation and observer calibration.

The calibration report counts in the database: one grouped query for the confusion
tables, one for the pairs, one each for names and teams, whatever the number of pairs.
The arithmetic is observations.calibration.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery

from observations.calibration import Agreement, add_table, agreement
from observations.enums import ObservationStatus, Stage
from observations.models import CoObservation, CriterionRating, Observation
from people.enums import STAFF_ROLES, Role
from people.models import Membership, Team, User

PAIR_RELATED = (
    "first__observer",
    "first__observed",
    "first__template",
    "second__observer",
    "closed_by",
)


def co_observation_detail(pair_id: int) -> CoObservation:
    """One pair with both observations' ratings, in a fixed number of queries."""
    ratings = CriterionRating.objects.select_related("criterion")
    return (
        CoObservation.objects.select_related(*PAIR_RELATED)
        .prefetch_related(
            Prefetch("first__ratings", queryset=ratings),
            Prefetch("second__ratings", queryset=ratings),
        )
        .get(pk=pair_id)
    )


@dataclass(frozen=True)
class CriterionComparison:
    stage_label: str
    text: str
    first: str  # the first observer's rating, in the scale's words; "" if unrated
    second: str
    compared: bool  # rated by both
    agree: bool


def side_by_side(pair: CoObservation) -> tuple[list[CriterionComparison], Agreement]:
    """Per criterion, each observer's rating and whether they agree (the same point on the
    scale); criteria either left unrated (a stage not observed) are not compared."""
    labels = pair.first.template.rating_labels
    stages = dict(Stage.choices)
    second = {row.criterion_id: row.rating for row in pair.second.ratings.all()}
    rows, table = [], {}
    ordered = sorted(pair.first.ratings.all(), key=lambda r: (r.criterion.sort_order or 0, r.pk))
    for row in ordered:
        a, b = row.rating, second.get(row.criterion_id, "")
        compared = bool(a and b)
        if compared:
            table[(a, b)] = table.get((a, b), 0) + 1
        rows.append(
            CriterionComparison(
                stages.get(row.criterion.stage, row.criterion.stage),
                row.criterion.text,
                labels.get(a, a),
                labels.get(b, b),
                compared,
                compared and a == b,
            )
        )
    return rows, agreement(table)


def co_observation_of(observation: Observation) -> CoObservation | None:
    """The pair `observation` belongs to, if any, with both observations and people."""
    return (
        CoObservation.objects.select_related(
            "first__observer", "first__observed", "second__observer", "second__observed"
        )
        .filter(Q(first_id=observation.pk) | Q(second_id=observation.pk))
        .first()
    )


def co_observers_for(observation: Observation) -> QuerySet[User]:
    """Who may be asked to rate the same meeting: the queryset twin of access.can_observe
    for the person observed, leaving out the observer and the person observed."""
    teams = Membership.objects.active().filter(user=observation.observed_id, role__in=STAFF_ROLES)
    observers = Membership.objects.active().filter(
        team__in=teams.values("team"), role__in=(Role.COORDINATOR, Role.TEAM_LEADER)
    )
    return (
        User.objects.filter(is_active=True, pk__in=observers.values("user"))
        .exclude(pk__in=(observation.observer_id, observation.observed_id))
        .order_by("display_name", "username")
    )


def co_observations_for(user: User) -> QuerySet[CoObservation]:
    """The pairs `user` is one of the observers in, newest meeting first."""
    return (
        CoObservation.objects.filter(Q(first__observer=user) | Q(second__observer=user))
        .select_related(*PAIR_RELATED)
        .order_by("-first__observed_on", "-pk")
    )


# The calibration report -------------------------------------------------------------------


@dataclass(frozen=True)
class CalibrationRow:
    label: str
    pairs: int
    result: Agreement


@dataclass(frozen=True)
class CalibrationReport:
    by_observer: list[CalibrationRow]
    by_team: list[CalibrationRow]


def _pairs_in(team_ids: set[int] | None, start: date, end: date) -> QuerySet[CoObservation]:
    """Pairs both observers have shared, of a meeting in the period, of someone on the staff
    of one of `team_ids` (None: every team)."""
    pairs = (
        CoObservation.objects.exclude(first__status=ObservationStatus.DRAFT)
        .exclude(second__status=ObservationStatus.DRAFT)
        .filter(first__observed_on__gte=start, first__observed_on__lte=end)
    )
    if team_ids is not None:
        staff = Membership.objects.active().filter(team__in=team_ids, role__in=STAFF_ROLES)
        pairs = pairs.filter(first__observed__in=staff.values("user"))
    return pairs


def _confusion_counts(pairs: QuerySet[CoObservation]) -> list[dict]:
    """Criteria rated by both observers, counted per (first observer, second observer,
    person observed, first rating, second rating): one grouped query."""
    partner = CriterionRating.objects.filter(
        observation=OuterRef("observation__co_observation_as_first__second"),
        criterion=OuterRef("criterion"),
    ).values("rating")[:1]
    return list(
        CriterionRating.objects.filter(observation__co_observation_as_first__in=pairs)
        .exclude(rating="")
        .annotate(partner_rating=Subquery(partner))
        .exclude(partner_rating="")
        .exclude(partner_rating__isnull=True)
        .values(
            "observation__observer",
            "observation__co_observation_as_first__second__observer",
            "observation__observed",
            "rating",
            "partner_rating",
        )
        .annotate(n=Count("pk"))
        .order_by()
    )


def calibration_report(team_ids: set[int] | None, start: date, end: date) -> CalibrationReport:
    """Agreement per observer (their ratings against their partners') and per team (of the
    person observed), over the pairs of meetings in the period."""
    pairs = _pairs_in(team_ids, start, end)
    pair_counts = list(
        pairs.values("first__observer", "second__observer", "first__observed")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = _confusion_counts(pairs)
    observed_ids = {row["first__observed"] for row in pair_counts}
    memberships = Membership.objects.active().filter(user__in=observed_ids, role__in=STAFF_ROLES)
    if team_ids is not None:
        memberships = memberships.filter(team__in=team_ids)
    teams_of: dict[int, set[int]] = {}
    for user_id, team_id in memberships.values_list("user", "team").distinct():
        teams_of.setdefault(user_id, set()).add(team_id)

    observer_pairs: dict[int, int] = {}
    team_pairs: dict[int, int] = {}
    for row in pair_counts:
        for observer in (row["first__observer"], row["second__observer"]):
            observer_pairs[observer] = observer_pairs.get(observer, 0) + row["n"]
        for team in teams_of.get(row["first__observed"], ()):
            team_pairs[team] = team_pairs.get(team, 0) + row["n"]
    observer_tables: dict[int, dict] = {k: {} for k in observer_pairs}
    team_tables: dict[int, dict] = {k: {} for k in team_pairs}
    for row in counts:
        table = {(row["rating"], row["partner_rating"]): row["n"]}
        add_table(observer_tables[row["observation__observer"]], table, swap=False)
        second = row["observation__co_observation_as_first__second__observer"]
        add_table(observer_tables[second], table, swap=True)
        for team in teams_of.get(row["observation__observed"], ()):
            add_table(team_tables[team], table, swap=False)

    names = {u.pk: u.name for u in User.objects.filter(pk__in=list(observer_pairs))}
    team_names = dict(Team.objects.filter(pk__in=list(team_pairs)).values_list("pk", "name"))
    by_observer = [
        CalibrationRow(names[pk], observer_pairs[pk], agreement(observer_tables[pk]))
        for pk in observer_pairs
    ]
    by_team = [
        CalibrationRow(team_names[pk], team_pairs[pk], agreement(team_tables[pk]))
        for pk in team_pairs
    ]
    return CalibrationReport(
        sorted(by_observer, key=lambda r: r.label), sorted(by_team, key=lambda r: r.label)
    )
