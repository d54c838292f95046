"""Coordinators record the family meetings they convene; leaders read the figures."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from core.exports import Table, tables_response
from core.forms import add_service_errors
from meetings import selectors, services
from meetings.enums import FollowUpPoint
from meetings.exports import coordinator_table, figures_table
from meetings.forms import FollowUpForm, MeetingForm, PeriodForm
from meetings.models import MeetingRecord
from people import access
from people.models import Team

PAGE_SIZE = 25


def _coordinator_teams(request: HttpRequest) -> list[Team]:
    teams = list(Team.objects.filter(pk__in=access.meeting_team_ids(request.user)))
    if not teams:
        raise Http404
    return teams


def _own_record(request: HttpRequest, pk: int) -> MeetingRecord:
    record = get_object_or_404(MeetingRecord.objects.select_related("team"), pk=pk)
    if not access.can_change_meeting_record(
        request.user, coordinator_id=record.coordinator_id, team_id=record.team_id
    ):
        raise Http404
    return record


def meeting_list(request: HttpRequest) -> HttpResponse:
    _coordinator_teams(request)
    page = Paginator(selectors.records_of(request.user), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "meetings/meeting_list.html",
        {"page": page, "due": selectors.follow_ups_due(request.user)},
    )


def meeting_form(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    teams = _coordinator_teams(request)
    record = _own_record(request, pk) if pk is not None else None
    data = request.POST if request.method == "POST" else None
    form = MeetingForm(data, teams=teams, record=record)
    if request.method == "POST" and form.is_valid():
        try:
            if record is None:
                services.meeting_record(
                    coordinator=request.user, team=form.chosen_team(), facts=form.facts()
                )
            else:
                services.meeting_update(record=record, by=request.user, facts=form.facts())
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionDenied as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "The meeting is recorded.")
            return redirect("meetings:list")
    return render(request, "meetings/meeting_form.html", {"form": form, "record": record})


def follow_up_form(request: HttpRequest, pk: int, months: int) -> HttpResponse:
    if months not in FollowUpPoint.values:
        raise Http404
    record = _own_record(request, pk)
    existing = record.follow_ups.filter(months=months).first()
    initial = (
        {name: getattr(existing, name) for name in FollowUpForm.base_fields} if existing else None
    )
    form = FollowUpForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.follow_up_record(
                record=record, by=request.user, months=months, facts=form.facts()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"The {months}-month follow-up is recorded.")
            return redirect("meetings:list")
    context = {
        "form": form,
        "record": record,
        "months": months,
        "due_on": services.follow_up_due_on(record, months),
    }
    return render(request, "meetings/follow_up_form.html", context)


def meeting_figures(request: HttpRequest) -> HttpResponse:
    """Team leaders see their teams, service managers every team: figures, never families."""
    allowed = access.meeting_figure_team_ids(request.user)
    if allowed is not None and not allowed:
        raise Http404
    teams = Team.objects.order_by("name")
    teams = teams if allowed is None else teams.filter(pk__in=allowed)
    chosen = request.GET.get("team", "")
    team = teams.filter(pk=chosen).first() if chosen.isdigit() else None
    period_form = PeriodForm(request.GET or None)
    start, end = period_form.period()
    team_ids = {team.pk} if team else allowed
    records = selectors.records_in(team_ids, start, end)
    figures = selectors.figures(records)
    rows = selectors.by_coordinator(records)
    export = request.GET.get("format", "")
    if export in ("csv", "xlsx"):
        tables = [
            Table("Meeting outcomes", figures_table(figures, start, end)),
            Table("By coordinator", coordinator_table(rows)),
        ]
        return tables_response(tables, filename="meeting-outcomes", fmt=export)
    context = {
        "teams": teams,
        "team": team,
        "period_form": period_form,
        "start": start,
        "end": end,
        "figures": figures,
        "follow_ups": [("3 months", figures.three_months), ("6 months", figures.six_months)],
        "rows": rows,
        "query": request.GET.urlencode(),
    }
    return render(request, "meetings/figures.html", context)
