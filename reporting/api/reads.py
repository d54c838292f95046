"""Reads behind the reporting API (/api/v1/): frameworks, a person's progression, enrolments
the observation and meeting summaries. The dashboards' figures are in reporting.selectors."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import QuerySet
from django.utils import timezone

from assessments.enums import FrameworkStatus
from assessments.models import Framework
from assessments.selectors import (
    Progression,
    framework_with_structure,
    frameworks_for,
    frameworks_with_structure,
    progression_for,
)
from learning.models import Enrolment
from meetings import selectors as meeting_selectors
from meetings.selectors import CoordinatorRow, MeetingFigures
from observations.enums import ObservationStatus
from observations.models import Observation
from people import access
from people.models import Membership, Team, User
from people.selectors import people_visible_to
from reporting.selectors import staff_memberships, teams_in_view


def published_frameworks_with_structure() -> QuerySet[Framework]:
    return frameworks_with_structure().filter(status=FrameworkStatus.PUBLISHED).order_by("code")


@dataclass
class PersonProgression:
    person: User
    progressions: list[Progression]


def person_progression(person: User) -> PersonProgression:
    """The person's progression on every framework that applies to them."""
    return PersonProgression(
        person=person,
        progressions=[
            progression_for(person, framework_with_structure(framework.pk))
            for framework in frameworks_for(person)
        ],
    )


def enrolments_in_view(
    viewer: User,
    *,
    team: Team | None = None,
    module_id: int | None = None,
    completed: bool | None = None,
) -> QuerySet[Enrolment]:
    """Enrolments of the people whose records the viewer may see, and the viewer's own."""
    enrolments = Enrolment.objects.filter(
        learner__in=people_visible_to(viewer).values("pk")
    ) | Enrolment.objects.filter(learner=viewer)
    if team is not None:
        enrolments = enrolments.filter(
            learner__in=Membership.objects.active().filter(team=team).values("user")
        )
    if module_id is not None:
        enrolments = enrolments.filter(module_id=module_id)
    if completed is not None:
        enrolments = enrolments.filter(completed_at__isnull=not completed)
    return enrolments.select_related("learner", "module").order_by("-enrolled_at", "-pk")


@dataclass(frozen=True)
class PersonCount:
    person_id: int
    name: str
    count: int


@dataclass
class ObservationSummary:
    """Counts and statuses only: what was written never leaves the observation."""

    total: int
    by_status: dict[str, int]
    by_meeting_type: dict[str, int]
    by_observer: list[PersonCount]
    by_observed: list[PersonCount]


def _people_counts(pairs: list[tuple[int, str]]) -> list[PersonCount]:
    """Most counted first, then by name."""
    counts = Counter(pairs)
    return sorted(
        (PersonCount(person_id, name, n) for (person_id, name), n in counts.items()),
        key=lambda row: (-row.count, row.name),
    )


def observation_summary(
    viewer: User,
    *,
    team: Team | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> ObservationSummary:
    """Observations (shared or later) of the staff in the viewer's teams, counted one query."""
    observations = Observation.objects.filter(
        observed__in=staff_memberships(teams_in_view(viewer, team)).values("user")
    ).exclude(status=ObservationStatus.DRAFT)
    if date_from:
        observations = observations.filter(observed_on__gte=date_from)
    if date_to:
        observations = observations.filter(observed_on__lte=date_to)
    rows = list(
        observations.values_list(
            "status",
            "meeting_type",
            "observer_id",
            "observer__display_name",
            "observed_id",
            "observed__display_name",
        )
    )
    return ObservationSummary(
        total=len(rows),
        by_status=dict(Counter(row[0] for row in rows)),
        by_meeting_type=dict(Counter(row[1] for row in rows)),
        by_observer=_people_counts([(row[2], row[3]) for row in rows]),
        by_observed=_people_counts([(row[4], row[5]) for row in rows]),
    )


@dataclass(frozen=True)
class MeetingSummary:
    """Meeting outcomes for the teams in view: facts recorded as choices, never a family."""

    date_from: date
    date_to: date
    figures: MeetingFigures
    by_coordinator: list[CoordinatorRow]


def meeting_summary(
    user: User, *, team: Team | None, date_from: date | None, date_to: date | None
) -> MeetingSummary:
    allowed = access.meeting_figure_team_ids(user)
    team_ids = {team.pk} if team else allowed
    end = date_to or timezone.localdate()
    start = date_from or end - timedelta(days=365)
    records = meeting_selectors.records_in(team_ids, start, end)
    return MeetingSummary(
        start, end, meeting_selectors.figures(records), meeting_selectors.by_coordinator(records)
    )
