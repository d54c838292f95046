"""Rows for the meeting figures download (core.exports writes CSV and XLSX)."""

from datetime import date

from meetings.selectors import CoordinatorRow, MeetingFigures


def _percent(value: int | None) -> str:
    return "" if value is None else f"{value}%"


def figures_table(figures: MeetingFigures, start: date, end: date) -> list[list[object]]:
    rows: list[list[object]] = [
        ["Figure", "Value"],
        ["Meetings held from", start.isoformat()],
        ["Meetings held to", end.isoformat()],
        ["Meetings", figures.total],
    ]
    rows += [[f"Meetings: {label}", count] for label, count in figures.by_kind.items()]
    rows += [
        ["Family plan agreed", _percent(figures.plans_agreed)],
        ["Child's voice represented", _percent(figures.child_voice_represented)],
        ["Child's voice through an advocate", _percent(figures.advocate)],
    ]
    for label, follow_up in (("3 months", figures.three_months), ("6 months", figures.six_months)):
        rows += [
            [f"Follow-ups recorded at {label}", follow_up.recorded],
            [f"Plan holding at {label}", _percent(follow_up.plan_holding)],
            [f"Escalation avoided at {label}", _percent(follow_up.escalation_avoided)],
            [
                f"Child remained in the family network at {label}",
                _percent(follow_up.child_in_network),
            ],
        ]
    return rows


def coordinator_table(rows: list[CoordinatorRow]) -> list[list[object]]:
    return [
        ["Coordinator", "Meetings", "Family plan agreed", "Child's voice represented", "Level"]
    ] + [
        [
            row.coordinator.name,
            row.meetings,
            _percent(row.plans_agreed),
            _percent(row.child_voice_represented),
            row.level,
        ]
        for row in rows
    ]
