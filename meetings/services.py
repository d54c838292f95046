"""Recording family meetings and their follow-ups: the rules live here."""

from calendar import monthrange
from dataclasses import asdict, dataclass
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from meetings.models import PLAN_STAGES, FollowUp, MeetingRecord
from people import access
from people.models import Team, User


@dataclass(frozen=True)
class MeetingFacts:
    kind: str
    held_on: date
    stage_reached: str
    referral_source: str
    plan_agreed: bool
    child_voice: str
    network_band: str


@dataclass(frozen=True)
class FollowUpFacts:
    plan_holding: str
    escalation_avoided: str
    child_in_network: str


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day where it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def follow_up_due_on(record: MeetingRecord, months: int) -> date:
    return add_months(record.held_on, months)


def _check_facts(facts: MeetingFacts) -> None:
    errors = {}
    if facts.held_on > timezone.localdate():
        errors["held_on"] = "The date of the meeting must be today or in the past"
    if facts.plan_agreed and facts.stage_reached not in PLAN_STAGES:
        errors["plan_agreed"] = (
            "A plan can only be agreed at a meeting that reached “Agreeing the plan”. "
            "Change the stage reached, or answer no"
        )
    if errors:
        raise ValidationError(errors)


def meeting_record(*, coordinator: User, team: Team, facts: MeetingFacts) -> MeetingRecord:
    if team.pk not in access.meeting_team_ids(coordinator):
        raise PermissionDenied("Only the team's coordinators record its family meetings.")
    _check_facts(facts)
    return MeetingRecord.objects.create(coordinator=coordinator, team=team, **asdict(facts))


def meeting_update(*, record: MeetingRecord, by: User, facts: MeetingFacts) -> MeetingRecord:
    if not access.can_change_meeting_record(
        by, coordinator_id=record.coordinator_id, team_id=record.team_id
    ):
        raise PermissionDenied("Only the coordinator who convened the meeting can change it.")
    _check_facts(facts)
    for name, value in asdict(facts).items():
        setattr(record, name, value)
    record.save()
    return record


def follow_up_record(
    *, record: MeetingRecord, by: User, months: int, facts: FollowUpFacts
) -> FollowUp:
    """Record (or correct) the follow-up at 3 or 6 months, once it is due."""
    if not access.can_change_meeting_record(
        by, coordinator_id=record.coordinator_id, team_id=record.team_id
    ):
        raise PermissionDenied(
            "Only the coordinator who convened the meeting records its follow-up."
        )
    due = follow_up_due_on(record, months)
    if due > timezone.localdate():
        raise ValidationError(f"The {months}-month follow-up can be recorded from {due:%-d %B %Y}.")
    try:
        with transaction.atomic():
            follow_up, _ = FollowUp.objects.update_or_create(
                record=record,
                months=months,
                defaults={**asdict(facts), "recorded_by": by, "recorded_on": timezone.localdate()},
            )
    except IntegrityError:  # two saves at once: the other one made it; save ours over it
        follow_up = FollowUp.objects.get(record=record, months=months)
        for name, value in asdict(facts).items():
            setattr(follow_up, name, value)
        follow_up.save()
    return follow_up
