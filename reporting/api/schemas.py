"""What the API answers, read straight off model objects and selector dataclasses.

Fields name the JSON keys; an `alias` says where a value comes from (dotted paths follow
attributes), and a `resolve_<field>` static method computes one where a path is not enough
(an optional level's code, an ISO date). Nullable fields stay required so the OpenAPI
schema promises the key is always present. Where each schema reads from is a comment, not
a docstring: a docstring would become part of the published OpenAPI description.
"""

from datetime import date

from ninja import Field, Schema

from assessments.selectors import LevelRow, MatrixCell, Progression, StatementRow
from learning.models import Enrolment


def _level_code(row: LevelRow | None) -> str | None:
    return row.level.code if row else None


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


# Progression ---------------------------------------------------------------------------------


class LevelProgressOut(Schema):
    # Read from assessments.selectors.LevelRow.
    code: str = Field(alias="level.code")
    met: int
    total: int
    reached: bool
    confirmed: bool = Field(alias="is_confirmed")
    confirmation_needs_review: bool

    @staticmethod
    def resolve_confirmation_needs_review(row: LevelRow) -> bool:
        return bool(row.confirmation and row.confirmation.needs_review)


class StatementStatusOut(Schema):
    # Read from assessments.selectors.StatementRow.
    code: str = Field(alias="statement.code")
    status: str


class FrameworkProgressOut(Schema):
    # Read from assessments.selectors.Progression.
    framework_id: int = Field(alias="framework.pk")
    framework_code: str = Field(alias="framework.code")
    confirmed_level: str | None
    reached_level: str | None
    next_level: str | None
    percent_to_next_level: int | None
    levels: list[LevelProgressOut]
    statements: list[StatementStatusOut]

    @staticmethod
    def resolve_confirmed_level(progression: Progression) -> str | None:
        return _level_code(progression.confirmed_level)

    @staticmethod
    def resolve_reached_level(progression: Progression) -> str | None:
        return _level_code(progression.reached_level)

    @staticmethod
    def resolve_next_level(progression: Progression) -> str | None:
        return _level_code(progression.next_level)

    @staticmethod
    def resolve_percent_to_next_level(progression: Progression) -> int | None:
        next_level = progression.next_level
        return round(next_level.fraction * 100) if next_level else None

    @staticmethod
    def resolve_statements(progression: Progression) -> list[StatementRow]:
        return [row for level in progression.levels for row in level.statements]


class ProgressionOut(Schema):
    # Read from reporting.api.reads.PersonProgression.
    person_id: int = Field(alias="person.pk")
    name: str = Field(alias="person.name")
    frameworks: list[FrameworkProgressOut] = Field(alias="progressions")


# Teams and the matrix ---------------------------------------------------------------------------


class TeamOut(Schema):
    id: int
    name: str
    service: str


class MatrixCellOut(Schema):
    # Read from assessments.selectors.MatrixCell.
    framework_code: str = Field(alias="framework.code")
    applies: bool
    confirmed_level: str | None
    reached_not_confirmed: str | None
    next_level: str | None
    percent_to_next_level: int | None = Field(alias="percent_to_next")
    confirmations_needing_review: list[str]
    statements_awaiting_review: int = Field(alias="pending")

    @staticmethod
    def resolve_confirmed_level(cell: MatrixCell) -> str | None:
        return _level_code(cell.confirmed)

    @staticmethod
    def resolve_reached_not_confirmed(cell: MatrixCell) -> str | None:
        return _level_code(cell.reached_not_confirmed)

    @staticmethod
    def resolve_next_level(cell: MatrixCell) -> str | None:
        return _level_code(cell.next_level)

    @staticmethod
    def resolve_confirmations_needing_review(cell: MatrixCell) -> list[str]:
        return [row.level.code for row in cell.flagged]


class MatrixRowOut(Schema):
    # Read from assessments.selectors.MatrixRow.
    person_id: int = Field(alias="person.pk")
    name: str = Field(alias="person.name")
    job_title: str = Field(alias="person.job_title")
    cells: list[MatrixCellOut]


# Enrolments and completions -----------------------------------------------------------------------


class EnrolmentOut(Schema):
    # Read from learning.models.Enrolment; times as ISO 8601 text, as the API has always sent.
    id: int
    person_id: int = Field(alias="learner_id")
    person_name: str = Field(alias="learner.name")
    module_id: int
    module_title: str = Field(alias="module.title")
    source: str
    enrolled_at: str
    completed_at: str | None

    @staticmethod
    def resolve_enrolled_at(enrolment: Enrolment) -> str:
        return enrolment.enrolled_at.isoformat()

    @staticmethod
    def resolve_completed_at(enrolment: Enrolment) -> str | None:
        return enrolment.completed_at.isoformat() if enrolment.completed_at else None


class EnrolmentFilters(Schema):
    team: int | None = None
    module: int | None = None
    completed: bool | None = None


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
    # Read from reporting.api.reads.ObservationSummary.
    total: int
    by_status: dict[str, int]
    by_meeting_type: dict[str, int]
    by_observer: list[PersonCountOut]
    by_observed: list[PersonCountOut]


class MeetingSummaryFilters(Schema):
    team: int | None = None
    date_from: date | None = None
    date_to: date | None = None


class FollowUpOut(Schema):
    # Read from meetings.selectors.FollowUpFigures; percentages are None with none recorded.
    recorded: int
    plan_holding_percent: int | None = Field(alias="plan_holding")
    escalation_avoided_percent: int | None = Field(alias="escalation_avoided")
    child_in_network_percent: int | None = Field(alias="child_in_network")


class CoordinatorMeetingsOut(Schema):
    # Read from meetings.selectors.CoordinatorRow.
    person_id: int = Field(alias="coordinator.pk")
    name: str = Field(alias="coordinator.name")
    meetings: int
    plans_agreed_percent: int | None = Field(alias="plans_agreed")
    child_voice_represented_percent: int | None = Field(alias="child_voice_represented")
    level: str


class MeetingSummaryOut(Schema):
    # Read from reporting.api.reads.MeetingSummary: facts only, nothing identifying.
    date_from: date
    date_to: date
    total: int = Field(alias="figures.total")
    by_type: dict[str, int] = Field(alias="figures.by_kind")
    plans_agreed_percent: int | None = Field(alias="figures.plans_agreed")
    child_voice_represented_percent: int | None = Field(alias="figures.child_voice_represented")
    advocate_percent: int | None = Field(alias="figures.advocate")
    three_months: FollowUpOut = Field(alias="figures.three_months")
    six_months: FollowUpOut = Field(alias="figures.six_months")
    by_coordinator: list[CoordinatorMeetingsOut]
