"""Team leader and service manager dashboards, the lists behind their figures, and exports."""

import csv
from io import BytesIO

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font

from assessments.forms import DateField
from assessments.models import Framework
from core.charts import bar_chart
from core.exports import safe_cell
from learning.models import ModuleCompletion
from observations.enums import ObservationStatus
from observations.models import Observation
from people import access
from people.decorators import team_viewer_required
from people.models import Team
from people.selectors import teams_visible_to
from reporting import selectors as reporting


class DashboardFilterForm(forms.Form):
    team = forms.ModelChoiceField(
        label="Team", queryset=Team.objects.none(), required=False, empty_label="All my teams"
    )
    start = DateField(label="From", required=False, help_text="For example 1/4/2026")
    end = DateField(label="To", required=False, help_text="For example 30/6/2026")

    def __init__(self, *args: object, viewer, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams_visible_to(viewer).order_by("name")
        self.fields["team"].error_messages["invalid_choice"] = "Choose one of your teams"

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "The end date must be on or after the start date")
        return cleaned

    def period(self) -> reporting.Period:
        default = reporting.Period.this_quarter()
        if not (self.is_bound and self.is_valid()):
            return default
        return reporting.Period(
            self.cleaned_data.get("start") or default.start,
            self.cleaned_data.get("end") or timezone.localdate(),
        )

    def selected_team(self) -> Team | None:
        return self.cleaned_data.get("team") if self.is_bound and self.is_valid() else None


def _figures_table(
    frameworks: list[Framework], figures: list[reporting.TeamFigures], period
) -> list[list]:
    header = ["Team", "Team size"]
    for framework in frameworks:
        header += [f"{framework.name}: confirmed Level {lv.code}" for lv in framework.levels.all()]
    header += [
        "Evidence awaiting decision",
        "Oldest evidence waiting (days)",
        "Observations awaiting sign-off",
        "Assignments overdue",
        f"Module completions {period.start:%d/%m/%Y}–{period.end:%d/%m/%Y}",
    ]
    rows = [header]
    for f in figures:
        row = [f.team.name, f.size]
        for framework in frameworks:
            row += [f.confirmed_at(framework.code, lv.code) for lv in framework.levels.all()]
        row += [
            f.evidence_waiting,
            "" if f.oldest_evidence_days is None else f.oldest_evidence_days,
            f.observations_awaiting_sign_off,
            f.assignments_overdue,
            f.completions,
        ]
        rows.append(row)
    return rows


def _coordinator_table(figures: list[reporting.TeamFigures], period) -> list[list]:
    year = period.twelve_months
    rows = [["Team", "Coordinator", f"Observations {year.start:%d/%m/%Y}–{year.end:%d/%m/%Y}"]]
    for f in figures:
        rows += [
            [f.team.name, name, count] for name, count in f.observations_by_coordinator.items()
        ]
    return rows


def _trend_table(trends: list[reporting.Trend]) -> list[list]:
    if not trends:
        return []
    rows = [["Measure", *trends[0].quarters]]
    rows += [[t.label, *t.values] for t in trends]
    return rows


def _export(kind: str, name: str, tables: list[tuple[str, list[list]]]) -> HttpResponse:
    stamp = f"{name}-{timezone.localdate():%Y-%m-%d}"
    if kind == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{stamp}.csv"'
        response.write("\ufeff")
        writer = csv.writer(response)
        for index, (title, rows) in enumerate(tables):
            if index:
                writer.writerow([])
            writer.writerow([title])
            writer.writerows([[safe_cell(v) for v in row] for row in rows])
    else:
        workbook = Workbook()
        workbook.remove(workbook.active)
        for title, rows in tables:
            sheet = workbook.create_sheet(title[:31])
            for row in rows:
                sheet.append([safe_cell(v) for v in row])
            for cell in sheet[1] if rows else []:
                cell.font = Font(bold=True)
        buffer = BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{stamp}.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response


def _dashboard(request: HttpRequest, *, service: bool) -> HttpResponse:
    form = DashboardFilterForm(request.GET or None, viewer=request.user)
    period = form.period()
    teams = reporting.teams_in_view(request.user, form.selected_team())
    figures = reporting.team_figures(teams, period)
    frameworks = list(
        Framework.objects.filter(status="published").prefetch_related("levels").order_by("name")
    )
    trends = reporting.quarterly_trends(teams) if service else []
    tables = [
        ("Team figures", _figures_table(frameworks, figures, period)),
        ("Observations by coordinator", _coordinator_table(figures, period)),
    ]
    if service:
        tables.append(("Trends by quarter", _trend_table(trends)))
    export = request.GET.get("format", "")
    if export in {"csv", "xlsx"} and not form.errors:
        return _export(export, "service-dashboard" if service else "team-dashboard", tables)
    query = request.GET.copy()
    query.pop("format", None)
    return render(
        request,
        "reporting/dashboard.html",
        {
            "service": service,
            "form": form,
            "period": period,
            "figures": figures,
            "frameworks": frameworks,
            "charts": [
                {"id": f"trend-{i}", "title": t.label, "chart": bar_chart(t.quarters, t.values)}
                for i, t in enumerate(trends)
            ],
            "query": query.urlencode(),
            "is_team_leader": access.is_team_leader(request.user),
        },
    )


@team_viewer_required
def team_dashboard(request: HttpRequest) -> HttpResponse:
    return _dashboard(request, service=False)


def service_dashboard(request: HttpRequest) -> HttpResponse:
    if not (access.is_service_manager(request.user) or request.user.is_superuser):
        raise Http404
    return _dashboard(request, service=True)


@team_viewer_required
def completions_list(request: HttpRequest) -> HttpResponse:
    form = DashboardFilterForm(request.GET or None, viewer=request.user)
    period = form.period()
    teams = reporting.teams_in_view(request.user, form.selected_team())
    completions = (
        ModuleCompletion.objects.filter(
            learner__in=reporting.staff_memberships(teams).values("user"),
            completed_at__date__gte=period.start,
            completed_at__date__lte=period.end,
        )
        .select_related("learner")
        .order_by("-completed_at")
    )
    return render(
        request,
        "reporting/completions_list.html",
        {"form": form, "period": period, "completions": completions},
    )


@team_viewer_required
def observations_list(request: HttpRequest) -> HttpResponse:
    """Counts behind the dashboard: who observed whom, when, what kind, status. Never the text."""
    form = DashboardFilterForm(request.GET or None, viewer=request.user)
    period = form.period().twelve_months if not request.GET.get("start") else form.period()
    teams = reporting.teams_in_view(request.user, form.selected_team())
    observations = (
        Observation.objects.filter(
            observed__in=reporting.staff_memberships(teams).values("user"),
            observed_on__gte=period.start,
            observed_on__lte=period.end,
        )
        .exclude(status=ObservationStatus.DRAFT)
        .select_related("observer", "observed")
        .order_by("-observed_on", "-pk")
    )
    return render(
        request,
        "reporting/observations_list.html",
        {"form": form, "period": period, "observations": observations},
    )
