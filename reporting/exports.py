"""The dashboards as CSV and XLSX: the same figures as the page, one table per section."""

from django.http import HttpResponse

from core.exports import ExportFormat, Table, tables_response
from meetings.exports import figures_table
from reporting.selectors import Dashboard, Period, TeamFigures, Trend


def _figures_rows(dashboard: Dashboard) -> list[list[object]]:
    frameworks, period = dashboard.frameworks, dashboard.period
    header: list[object] = ["Team", "Team size"]
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
    for f in dashboard.figures:
        row: list[object] = [f.team.name, f.size]
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


def _coordinator_rows(figures: list[TeamFigures], period: Period) -> list[list[object]]:
    year = period.twelve_months
    rows: list[list[object]] = [
        ["Team", "Coordinator", f"Observations {year.start:%d/%m/%Y}–{year.end:%d/%m/%Y}"]
    ]
    for f in figures:
        rows += [
            [f.team.name, name, count] for name, count in f.observations_by_coordinator.items()
        ]
    return rows


def _trend_rows(trends: list[Trend]) -> list[list[object]]:
    if not trends:
        return []
    rows: list[list[object]] = [["Measure", *trends[0].quarters]]
    rows += [[t.label, *t.values] for t in trends]
    return rows


def dashboard_tables(dashboard: Dashboard) -> list[Table]:
    """Team figures, observations by coordinator, family meetings and the trends by quarter
    (when counted)."""
    tables = [
        Table("Team figures", _figures_rows(dashboard)),
        Table(
            "Observations by coordinator", _coordinator_rows(dashboard.figures, dashboard.period)
        ),
    ]
    period = dashboard.period
    tables.append(
        Table("Family meetings", figures_table(dashboard.meetings, period.start, period.end))
    )
    if dashboard.trends:
        tables.append(Table("Trends by quarter", _trend_rows(dashboard.trends)))
    return tables


def dashboard_response(dashboard: Dashboard, *, fmt: ExportFormat, service: bool) -> HttpResponse:
    return tables_response(
        dashboard_tables(dashboard),
        filename="service-dashboard" if service else "team-dashboard",
        fmt=fmt,
    )
