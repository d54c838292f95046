"""Reads of meeting records: a coordinator's own list, and figures for teams and services.

Every figure is counted by the database (aggregates, one query per table), so a service
with thousands of meetings costs the same few queries as a team with ten.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from assessments.models import LevelConfirmation
from meetings.enums import Answer, ChildVoice, FollowUpPoint, MeetingKind
from meetings.models import FollowUp, MeetingRecord
from meetings.services import add_months
from people import access
from people.enums import Role
from people.models import User


def records_of(coordinator: User) -> QuerySet[MeetingRecord]:
    return (
        MeetingRecord.objects.filter(coordinator=coordinator)
        .select_related("team")
        .prefetch_related("follow_ups")
    )


def visible_record(viewer: User, pk: int) -> MeetingRecord | None:
    record = MeetingRecord.objects.select_related("team", "coordinator").filter(pk=pk).first()
    if record and access.can_view_meeting_record(
        viewer, coordinator_id=record.coordinator_id, team_id=record.team_id
    ):
        return record
    return None


@dataclass(frozen=True)
class DueFollowUp:
    record: MeetingRecord
    months: int
    due_on: date


def follow_ups_due(coordinator: User, *, today: date | None = None) -> list[DueFollowUp]:
    """Follow-ups whose date has come and that nobody has recorded, oldest first."""
    today = today or timezone.localdate()
    due = []
    for point in FollowUpPoint:
        recorded = FollowUp.objects.filter(record=OuterRef("pk"), months=point.value)
        records = (
            MeetingRecord.objects.filter(
                coordinator=coordinator, held_on__lte=add_months(today, -point.value)
            )
            .exclude(Exists(recorded))
            .select_related("team")
        )
        due += [DueFollowUp(r, point.value, add_months(r.held_on, point.value)) for r in records]
    return sorted(due, key=lambda item: item.due_on)


def records_in(team_ids: set[int] | None, start: date, end: date) -> QuerySet[MeetingRecord]:
    """Meetings held in [start, end] in these teams (None: every team)."""
    records = MeetingRecord.objects.filter(held_on__gte=start, held_on__lte=end)
    return records if team_ids is None else records.filter(team_id__in=team_ids)


def _share(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


@dataclass(frozen=True)
class FollowUpFigures:
    recorded: int
    plan_holding: int | None
    escalation_avoided: int | None
    child_in_network: int | None


@dataclass(frozen=True)
class MeetingFigures:
    total: int
    by_kind: dict[str, int]
    plans_agreed: int | None
    child_voice_represented: int | None
    advocate: int | None
    three_months: FollowUpFigures
    six_months: FollowUpFigures


def _follow_up_figures(records: QuerySet[MeetingRecord], months: int) -> FollowUpFigures:
    yes = Answer.YES
    counts = FollowUp.objects.filter(record__in=records, months=months).aggregate(
        recorded=Count("pk"),
        holding=Count("pk", filter=Q(plan_holding=yes)),
        avoided=Count("pk", filter=Q(escalation_avoided=yes)),
        in_network=Count("pk", filter=Q(child_in_network=yes)),
    )
    recorded = counts["recorded"]
    return FollowUpFigures(
        recorded,
        _share(counts["holding"], recorded),
        _share(counts["avoided"], recorded),
        _share(counts["in_network"], recorded),
    )


def figures(records: QuerySet[MeetingRecord]) -> MeetingFigures:
    """Shares are percentages of the meetings (or follow-ups) recorded; None when none."""
    kinds = {kind: Count("pk", filter=Q(kind=kind)) for kind in MeetingKind.values}
    counts = records.aggregate(
        total=Count("pk"),
        agreed=Count("pk", filter=Q(plan_agreed=True)),
        voiced=Count("pk", filter=~Q(child_voice=ChildVoice.NONE)),
        advocate=Count("pk", filter=Q(child_voice=ChildVoice.ADVOCATE)),
        **kinds,
    )
    total = counts["total"]
    return MeetingFigures(
        total=total,
        by_kind={MeetingKind(kind).label: counts[kind] for kind in MeetingKind.values},
        plans_agreed=_share(counts["agreed"], total),
        child_voice_represented=_share(counts["voiced"], total),
        advocate=_share(counts["advocate"], total),
        three_months=_follow_up_figures(records, FollowUpPoint.THREE_MONTHS),
        six_months=_follow_up_figures(records, FollowUpPoint.SIX_MONTHS),
    )


@dataclass(frozen=True)
class CoordinatorRow:
    coordinator: User
    meetings: int
    plans_agreed: int | None
    child_voice_represented: int | None
    level: str


def _levels(user_ids: list[int]) -> dict[int, str]:
    """Each person's highest confirmed level on a coordinator framework, e.g. "Level B"."""
    confirmed = LevelConfirmation.objects.filter(
        subject_id__in=user_ids,
        needs_review=False,
        level__framework__applies_to_role=Role.COORDINATOR,
    ).values_list("subject_id", "level__order", "level__name")
    best: dict[int, tuple[int, str]] = {}
    for subject_id, order, name in confirmed:  # at most a few levels per person
        if subject_id not in best or order > best[subject_id][0]:
            best[subject_id] = (order, name)
    return {subject_id: name for subject_id, (_, name) in best.items()}


def by_coordinator(records: QuerySet[MeetingRecord]) -> list[CoordinatorRow]:
    """Plans agreed per coordinator, beside the level they have reached."""
    rows = list(
        records.values("coordinator_id")
        .annotate(
            meetings=Count("pk"),
            agreed=Count("pk", filter=Q(plan_agreed=True)),
            voiced=Count("pk", filter=~Q(child_voice=ChildVoice.NONE)),
        )
        .order_by("coordinator_id")
    )
    people = User.objects.in_bulk([row["coordinator_id"] for row in rows])
    levels = _levels(list(people))
    result = [
        CoordinatorRow(
            people[row["coordinator_id"]],
            row["meetings"],
            _share(row["agreed"], row["meetings"]),
            _share(row["voiced"], row["meetings"]),
            levels.get(row["coordinator_id"], "No level confirmed yet"),
        )
        for row in rows
    ]
    return sorted(result, key=lambda row: row.coordinator.name)
