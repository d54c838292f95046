"""The reporting API, /api/v1/: read-only, the same access rules as the pages.

Signed-in browsers use their session; reporting tools send a personal token
(`Authorization: Bearer pc_…`) made on the "API tokens" page. Lists are paginated.
Observation figures are counts and statuses only, never what was written.

Each endpoint checks access, calls one selector and returns what it gives; the schemas in
`reporting.api.schemas` read the JSON off those objects.
"""

from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError as NinjaValidationError
from ninja.pagination import PageNumberPagination, paginate
from ninja.security import HttpBearer, django_auth

from assessments.matrix import TeamMatrix
from assessments.models import Framework
from assessments.selectors import frameworks_with_structure
from learning.models import Enrolment
from people import access
from people.models import Team, User
from people.selectors import teams_visible_to
from people.services import api_token_authenticate
from reporting.api import reads
from reporting.api.schemas import (
    EnrolmentFilters,
    EnrolmentOut,
    FrameworkOut,
    MatrixRowOut,
    MeetingSummaryFilters,
    MeetingSummaryOut,
    ObservationSummaryFilters,
    ObservationSummaryOut,
    ProgressionOut,
    TeamOut,
)


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


def _require_staff(request: HttpRequest) -> None:
    if not access.is_staff_member(request.user):
        raise Http404


def _team_in_view(request: HttpRequest, team_id: int | None) -> Team | None:
    """A team filter must name one of the caller's teams; any other id answers 404."""
    if team_id is None:
        return None
    return get_object_or_404(teams_visible_to(request.user), pk=team_id)


# Frameworks ----------------------------------------------------------------------------------


@api.get("/frameworks", response=list[FrameworkOut], tags=["frameworks"])
@paginate(Pagination)
def list_frameworks(request: HttpRequest) -> QuerySet[Framework]:
    """Published frameworks with their levels, domains and statements."""
    _require_staff(request)
    return reads.published_frameworks_with_structure()


@api.get("/frameworks/{framework_id}", response=FrameworkOut, tags=["frameworks"])
def get_framework(request: HttpRequest, framework_id: int) -> Framework:
    _require_staff(request)
    return get_object_or_404(frameworks_with_structure(), pk=framework_id)


# Progression ---------------------------------------------------------------------------------


@api.get("/people/{person_id}/progression", response=ProgressionOut, tags=["progression"])
def person_progression(request: HttpRequest, person_id: int) -> reads.PersonProgression:
    """One person's progression on every framework that applies to them."""
    person = get_object_or_404(User, pk=person_id, is_active=True)
    if not access.can_view_records(request.user, person):
        raise Http404
    return reads.person_progression(person)


# Teams and the matrix ---------------------------------------------------------------------------


@api.get("/teams", response=list[TeamOut], tags=["teams"])
@paginate(Pagination)
def list_teams(request: HttpRequest) -> QuerySet[Team]:
    """The teams you lead, or every team for a service manager."""
    return teams_visible_to(request.user).order_by("name")


@api.get("/teams/{team_id}/matrix", response=list[MatrixRowOut], tags=["teams"])
@paginate(Pagination)
def team_matrix(request: HttpRequest, team_id: int) -> TeamMatrix:
    """The team progression matrix: the same figures as the page and its exports.

    Only the page asked for is computed: the pagination slices the matrix as a queryset.
    """
    return TeamMatrix(request.user, _team_in_view(request, team_id), with_actions=False)


# Enrolments and completions -----------------------------------------------------------------------


@api.get("/enrolments", response=list[EnrolmentOut], tags=["learning"])
@paginate(Pagination)
def list_enrolments(request: HttpRequest, filters: Query[EnrolmentFilters]) -> QuerySet[Enrolment]:
    """Enrolments and completions of the people whose records you may see (and your own)."""
    _require_staff(request)
    return reads.enrolments_in_view(
        request.user,
        team=_team_in_view(request, filters.team),
        module_id=filters.module,
        completed=filters.completed,
    )


# Observations summary (counts only) -----------------------------------------------------


@api.get("/observations/summary", response=ObservationSummaryOut, tags=["observations"])
def observations_summary(
    request: HttpRequest, filters: Query[ObservationSummaryFilters]
) -> reads.ObservationSummary:
    """Counts and statuses of observations of the staff in your teams. Never their text."""
    if not (access.is_team_leader(request.user) or access.is_service_manager(request.user)):
        raise Http404
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise NinjaValidationError(
            [{"loc": ["query", "date_to"], "msg": "date_to is before date_from"}]
        )
    return reads.observation_summary(
        request.user,
        team=_team_in_view(request, filters.team),
        date_from=filters.date_from,
        date_to=filters.date_to,
    )


# Meeting outcomes (facts recorded as choices) ---------------------------------------------


@api.get("/meetings/summary", response=MeetingSummaryOut, tags=["meetings"])
def meetings_summary(
    request: HttpRequest, filters: Query[MeetingSummaryFilters]
) -> reads.MeetingSummary:
    """Family meetings coordinators convened (the last 12 months unless dates are given):
    plans agreed, the child's voice, 3- and 6-month follow-ups, and per coordinator beside
    their confirmed level. Percentages are null where nothing was recorded."""
    if access.meeting_figure_team_ids(request.user) == set():
        raise Http404
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise NinjaValidationError(
            [{"loc": ["query", "date_to"], "msg": "date_to is before date_from"}]
        )
    return reads.meeting_summary(
        request.user,
        team=_team_in_view(request, filters.team),
        date_from=filters.date_from,
        date_to=filters.date_to,
    )
