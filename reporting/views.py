"""Team leader and service manager dashboards, and the lists behind their figures."""

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse

from core.charts import bar_chart
from core.exports import EXPORT_FORMATS
from people import access
from people.decorators import team_viewer_required
from reporting import exports
from reporting import selectors as reporting
from reporting.forms import DashboardFilterForm

# The lists behind the figures come a page at a time: a service has thousands of rows.
LIST_PAGE_SIZE = 50


def _trend_charts(trends: list[reporting.Trend]) -> list[dict]:
    return [
        {"id": f"trend-{i}", "title": t.label, "chart": bar_chart(t.quarters, t.values)}
        for i, t in enumerate(trends)
    ]


def _summary_rows(board: reporting.Dashboard) -> list[dict]:
    """One row per team for the service's summary table: confirmed levels as short text."""
    return [
        {
            "figures": f,
            "confirmed": [
                "; ".join(
                    f"Level {lv.code}: {f.confirmed_at(framework.code, lv.code)}"
                    for lv in framework.levels.all()
                )
                for framework in board.frameworks
            ],
        }
        for f in board.figures
    ]


def _meetings_url(form: DashboardFilterForm, period: reporting.Period) -> str:
    """The meeting outcomes page for the same teams and dates."""
    query = QueryDict(mutable=True)
    if form.selected_team():
        query["team"] = form.selected_team().pk
    query["start"], query["end"] = period.start.isoformat(), period.end.isoformat()
    return f"{reverse('meetings:figures')}?{query.urlencode()}"


def _dashboard(request: HttpRequest, *, service: bool) -> HttpResponse:
    """The page, or its figures as CSV/XLSX when `format` asks and the filter is valid.

    The service dashboard over all teams is a summary table, one row a team, each linking
    to that team's full figures (the same page filtered to it)."""
    form = DashboardFilterForm(request.GET or None, viewer=request.user)
    export = request.GET.get("format", "")
    exporting = export in EXPORT_FORMATS and not form.errors
    summary = service and form.selected_team() is None and not exporting
    board = reporting.dashboard(
        request.user,
        team=form.selected_team(),
        period=form.period(),
        # Both dashboards chart the 8-quarter trends, each for the teams it shows.
        with_trends=True,
        with_coordinators=not summary,
    )
    if exporting:
        return exports.dashboard_response(board, fmt=export, service=service)
    query = request.GET.copy()
    query.pop("format", None)
    drill = query.copy()
    drill.pop("team", None)
    context = {
        "service": service,
        "summary_rows": _summary_rows(board) if summary else None,
        "drill_query": drill.urlencode(),
        "form": form,
        "period": board.period,
        "figures": board.figures,
        "frameworks": board.frameworks,
        "charts": _trend_charts(board.trends),
        "query": query.urlencode(),
        "is_team_leader": access.is_team_leader(request.user),
        "meetings": board.meetings,
        "meetings_url": _meetings_url(form, board.period),
    }
    return render(request, "reporting/dashboard.html", context)


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
    completions = reporting.completions_in_view(
        request.user, team=form.selected_team(), period=period
    )
    page = Paginator(completions, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "reporting/completions_list.html",
        {"form": form, "period": period, "completions": page.object_list, "page": page},
    )


@team_viewer_required
def observations_list(request: HttpRequest) -> HttpResponse:
    """Counts behind the dashboard: who observed whom, when, what kind, status. Never the text."""
    form = DashboardFilterForm(request.GET or None, viewer=request.user)
    period = form.observations_period()
    observations = reporting.observations_in_view(
        request.user, team=form.selected_team(), period=period
    )
    page = Paginator(observations, LIST_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "reporting/observations_list.html",
        {"form": form, "period": period, "observations": page.object_list, "page": page},
    )
