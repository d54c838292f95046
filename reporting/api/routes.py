"""The reporting API, /api/v1/: read-only, the same access rules as the pages.

Signed-in browsers use their session; reporting tools send a personal token
(`Authorization: Bearer pc_…`) made on the "API tokens" page. Lists are paginated.
Observation figures are counts and statuses only, never what was written.
"""

from datetime import date

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError as NinjaValidationError
from ninja.pagination import PageNumberPagination, paginate
from ninja.security import HttpBearer, django_auth

from assessments import selectors as assessment_selectors
from assessments.enums import FrameworkStatus
from assessments.models import Framework
from learning.models import Enrolment
from observations.enums import ObservationStatus
from observations.models import Observation
from people import access
from people.models import Membership, User
from people.selectors import people_visible_to, teams_visible_to
from people.services import api_token_authenticate
from reporting import selectors as reporting


class TokenAuth(HttpBearer):
    openapi_scheme = "bearer"

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        user = api_token_authenticate(token)
        if user is not None:
            request.user = user
        return user


api = NinjaAPI(
    title="Practice Circle reporting API",
    version="1",
    description=(
        "Read-only figures for reporting tools. Authenticate with a personal token "
        "(Authorization: Bearer …) or a signed-in session. See docs/api.md."
    ),
    urls_namespace="api",
    auth=[TokenAuth(), django_auth],
)


class Pagination(PageNumberPagination):
    """page (from 1) and page_size (1–200, default 50)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(page_size=50, max_page_size=200, **kwargs)

    class Input(Schema):
        page: int = Field(1, ge=1, le=100_000)
        page_size: int | None = Field(None, ge=1, le=200)


# Frameworks ----------------------------------------------------------------------------------


class StatementOut(Schema):
    id: int
    code: str
    text: str


class DomainOut(Schema):
    code: str
    name: str
    statements: list[StatementOut]


class LevelOut(Schema):
    code: str
    name: str
    order: int
    domains: list[DomainOut]


class FrameworkOut(Schema):
    id: int
    code: str
    name: str
    version: int
    status: str
    applies_to_role: str
    levels: list[LevelOut]


def _framework_out(framework: Framework) -> dict:
    return {
        "id": framework.pk,
        "code": framework.code,
        "name": framework.name,
        "version": framework.version,
        "status": framework.status,
        "applies_to_role": framework.applies_to_role,
        "levels": [
            {
                "code": level.code,
                "name": level.name,
                "order": level.order,
                "domains": [
                    {
                        "code": domain.code,
                        "name": domain.name,
                        "statements": [
                            {"id": s.pk, "code": s.code, "text": s.text}
                            for s in domain.statements.all()
                        ],
                    }
                    for domain in level.domains.all()
                ],
            }
            for level in framework.levels.all()
        ],
    }


def _require_staff(request: HttpRequest) -> None:
    if not access.is_staff_member(request.user):
        raise Http404


@api.get("/frameworks", response=list[FrameworkOut], tags=["frameworks"])
@paginate(Pagination)
def list_frameworks(request: HttpRequest) -> list[dict]:
    """Published frameworks with their levels, domains and statements."""
    _require_staff(request)
    ids = list(
        Framework.objects.filter(status=FrameworkStatus.PUBLISHED)
        .order_by("code")
        .values_list("pk", flat=True)
    )
    return [_framework_out(assessment_selectors.framework_with_structure(pk)) for pk in ids]


@api.get("/frameworks/{framework_id}", response=FrameworkOut, tags=["frameworks"])
def get_framework(request: HttpRequest, framework_id: int) -> dict:
    _require_staff(request)
    get_object_or_404(Framework, pk=framework_id)
    return _framework_out(assessment_selectors.framework_with_structure(framework_id))


# Progression ---------------------------------------------------------------------------------


class LevelProgressOut(Schema):
    code: str
    met: int
    total: int
    reached: bool
    confirmed: bool
    confirmation_needs_review: bool


class StatementStatusOut(Schema):
    code: str
    status: str


class FrameworkProgressOut(Schema):
    framework_id: int
    framework_code: str
    confirmed_level: str | None
    reached_level: str | None
    next_level: str | None
    percent_to_next_level: int | None
    levels: list[LevelProgressOut]
    statements: list[StatementStatusOut]


class ProgressionOut(Schema):
    person_id: int
    name: str
    frameworks: list[FrameworkProgressOut]


def _progress_out(progression: assessment_selectors.Progression) -> dict:
    next_level = progression.next_level
    return {
        "framework_id": progression.framework.pk,
        "framework_code": progression.framework.code,
        "confirmed_level": progression.confirmed_level.level.code
        if progression.confirmed_level
        else None,
        "reached_level": progression.reached_level.level.code
        if progression.reached_level
        else None,
        "next_level": next_level.level.code if next_level else None,
        "percent_to_next_level": round(next_level.fraction * 100) if next_level else None,
        "levels": [
            {
                "code": row.level.code,
                "met": row.met,
                "total": row.total,
                "reached": row.reached,
                "confirmed": row.is_confirmed,
                "confirmation_needs_review": bool(
                    row.confirmation and row.confirmation.needs_review
                ),
            }
            for row in progression.levels
        ],
        "statements": [
            {"code": row.statement.code, "status": row.status}
            for level in progression.levels
            for row in level.statements
        ],
    }


@api.get("/people/{person_id}/progression", response=ProgressionOut, tags=["progression"])
def person_progression(request: HttpRequest, person_id: int) -> dict:
    """One person's progression on every framework that applies to them."""
    person = get_object_or_404(User, pk=person_id, is_active=True)
    if not access.can_view_records(request.user, person):
        raise Http404
    frameworks = [
        assessment_selectors.framework_with_structure(f.pk)
        for f in assessment_selectors.frameworks_for(person)
    ]
    return {
        "person_id": person.pk,
        "name": person.name,
        "frameworks": [
            _progress_out(assessment_selectors.progression_for(person, f)) for f in frameworks
        ],
    }


# Teams and the matrix ---------------------------------------------------------------------------


class TeamOut(Schema):
    id: int
    name: str
    service: str


@api.get("/teams", response=list[TeamOut], tags=["teams"])
@paginate(Pagination)
def list_teams(request: HttpRequest):
    """The teams you lead, or every team for a service manager."""
    return teams_visible_to(request.user).order_by("name")


class MatrixCellOut(Schema):
    framework_code: str
    applies: bool
    confirmed_level: str | None
    reached_not_confirmed: str | None
    next_level: str | None
    percent_to_next_level: int | None
    confirmations_needing_review: list[str]
    statements_awaiting_review: int


class MatrixRowOut(Schema):
    person_id: int
    name: str
    job_title: str
    cells: list[MatrixCellOut]


@api.get("/teams/{team_id}/matrix", response=list[MatrixRowOut], tags=["teams"])
@paginate(Pagination)
def team_matrix(request: HttpRequest, team_id: int) -> list[dict]:
    """The team progression matrix: the same figures as the page and its exports."""
    team = get_object_or_404(teams_visible_to(request.user), pk=team_id)
    _, rows = assessment_selectors.team_matrix(request.user, team)
    return [
        {
            "person_id": row.person.pk,
            "name": row.person.name,
            "job_title": row.person.job_title,
            "cells": [
                {
                    "framework_code": cell.framework.code,
                    "applies": cell.applies,
                    "confirmed_level": cell.confirmed.level.code if cell.confirmed else None,
                    "reached_not_confirmed": cell.reached_not_confirmed.level.code
                    if cell.reached_not_confirmed
                    else None,
                    "next_level": cell.next_level.level.code if cell.next_level else None,
                    "percent_to_next_level": cell.percent_to_next,
                    "confirmations_needing_review": [f.level.code for f in cell.flagged],
                    "statements_awaiting_review": cell.pending,
                }
                for cell in row.cells
            ],
        }
        for row in rows
    ]


# Enrolments and completions -----------------------------------------------------------------------


class EnrolmentOut(Schema):
    id: int
    person_id: int
    person_name: str
    module_id: int
    module_title: str
    source: str
    enrolled_at: str
    completed_at: str | None


class EnrolmentFilters(Schema):
    team: int | None = None
    module: int | None = None
    completed: bool | None = None


@api.get("/enrolments", response=list[EnrolmentOut], tags=["learning"])
@paginate(Pagination)
def list_enrolments(request: HttpRequest, filters: Query[EnrolmentFilters]) -> list[dict]:
    """Enrolments and completions of the people whose records you may see (and your own)."""
    _require_staff(request)
    people = people_visible_to(request.user).values("pk")
    enrolments = Enrolment.objects.filter(learner__in=people) | Enrolment.objects.filter(
        learner=request.user
    )
    if filters.team is not None:
        team = get_object_or_404(teams_visible_to(request.user), pk=filters.team)
        enrolments = enrolments.filter(
            learner__in=Membership.objects.active().filter(team=team).values("user")
        )
    if filters.module is not None:
        enrolments = enrolments.filter(module_id=filters.module)
    if filters.completed is not None:
        enrolments = enrolments.filter(completed_at__isnull=not filters.completed)
    return [
        {
            "id": e.pk,
            "person_id": e.learner_id,
            "person_name": e.learner.name,
            "module_id": e.module_id,
            "module_title": e.module.title,
            "source": e.source,
            "enrolled_at": e.enrolled_at.isoformat(),
            "completed_at": e.completed_at.isoformat() if e.completed_at else None,
        }
        for e in enrolments.select_related("learner", "module").order_by("-enrolled_at", "-pk")
    ]


# Observations summary (counts only) -----------------------------------------------------


class ObservationSummaryFilters(Schema):
    team: int | None = None
    date_from: date | None = None
    date_to: date | None = None


class PersonCountOut(Schema):
    person_id: int
    name: str
    count: int


class ObservationSummaryOut(Schema):
    total: int
    by_status: dict[str, int]
    by_meeting_type: dict[str, int]
    by_observer: list[PersonCountOut]
    by_observed: list[PersonCountOut]


@api.get("/observations/summary", response=ObservationSummaryOut, tags=["observations"])
def observations_summary(request: HttpRequest, filters: Query[ObservationSummaryFilters]) -> dict:
    """Counts and statuses of observations of the staff in your teams. Never their text."""
    if not (access.is_team_leader(request.user) or access.is_service_manager(request.user)):
        raise Http404
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise NinjaValidationError(
            [{"loc": ["query", "date_to"], "msg": "date_to is before date_from"}]
        )
    team = (
        get_object_or_404(teams_visible_to(request.user), pk=filters.team)
        if filters.team is not None
        else None
    )
    teams = reporting.teams_in_view(request.user, team)
    staff = reporting.staff_memberships(teams).values("user")
    observations = Observation.objects.filter(observed__in=staff).exclude(
        status=ObservationStatus.DRAFT
    )
    if filters.date_from:
        observations = observations.filter(observed_on__gte=filters.date_from)
    if filters.date_to:
        observations = observations.filter(observed_on__lte=filters.date_to)
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

    def counts(index: int) -> dict[str, int]:
        result: dict[str, int] = {}
        for row in rows:
            result[row[index]] = result.get(row[index], 0) + 1
        return result

    def people(id_index: int) -> list[dict]:
        tally: dict[int, dict] = {}
        for row in rows:
            entry = tally.setdefault(
                row[id_index], {"person_id": row[id_index], "name": row[id_index + 1], "count": 0}
            )
            entry["count"] += 1
        return sorted(tally.values(), key=lambda e: (-e["count"], e["name"]))

    return {
        "total": len(rows),
        "by_status": counts(0),
        "by_meeting_type": counts(1),
        "by_observer": people(2),
        "by_observed": people(4),
    }
