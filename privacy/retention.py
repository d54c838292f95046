"""The retention schedule (settings.RETENTION), applied daily by `manage.py apply_retention`
or the `apply_retention` task (docs/deploy.md, "Retention").

- Observation drafts never shared and not changed for `unshared_drafts_days` are deleted,
  with their ratings and their one transition: they were never anyone's record but the
  observer's, and may hold details of a family that should not be kept.
- Access records older than `access_log_days` are deleted.
- A person whose leaving date is more than `leaver_records_days` ago, and whose account is
  still closed, is anonymised (privacy.anonymise says exactly what stays and what goes).

`today` is a parameter so the schedule can be tested, and run for a given day, without a
clock; a dry run works out the same plan and changes nothing.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from assessments.models import Evidence
from observations.enums import ObservationStatus
from observations.models import Observation
from people.models import AccessRecord, User
from privacy.anonymise import person_anonymise, retention_rows


@dataclass(frozen=True)
class Cutoffs:
    """Records dated before these go (a leaving date on or before `left_on_or_before`)."""

    left_on_or_before: date
    drafts_changed_before: datetime
    access_before: datetime


def cutoffs(today: date, schedule: dict[str, int] | None = None) -> Cutoffs:
    schedule = schedule or settings.RETENTION

    def start_of(day: date) -> datetime:
        return timezone.make_aware(datetime.combine(day, time.min))

    return Cutoffs(
        left_on_or_before=today - timedelta(days=schedule["leaver_records_days"]),
        drafts_changed_before=start_of(today - timedelta(days=schedule["unshared_drafts_days"])),
        access_before=start_of(today - timedelta(days=schedule["access_log_days"])),
    )


@dataclass
class RetentionPlan:
    """What the schedule removes on `today`: done by retention_apply, listed by a dry run."""

    today: date
    cutoffs: Cutoffs
    leavers: list[User]
    drafts: list[Observation]
    evidence_files: int
    access_records: int
    closed_without_leaving_date: int
    done: bool = False

    def counts(self) -> dict[str, int]:
        return {
            "people_anonymised": len(self.leavers),
            "evidence_files_deleted": self.evidence_files,
            "observation_drafts_deleted": len(self.drafts),
            "access_records_deleted": self.access_records,
        }


def _leavers_due(cut: Cutoffs) -> list[User]:
    return list(
        User.objects.filter(
            is_active=False,
            left_on__isnull=False,
            left_on__lte=cut.left_on_or_before,
            anonymised_on__isnull=True,
        ).order_by("left_on", "pk")
    )


def retention_plan(today: date | None = None) -> RetentionPlan:
    today = today or timezone.localdate()
    cut = cutoffs(today)
    leavers = _leavers_due(cut)
    drafts = list(
        Observation.objects.filter(
            status=ObservationStatus.DRAFT, updated_at__lt=cut.drafts_changed_before
        ).order_by("updated_at", "pk")
    )
    return RetentionPlan(
        today=today,
        cutoffs=cut,
        leavers=leavers,
        drafts=drafts,
        evidence_files=Evidence.objects.filter(owner__in=leavers).exclude(file="").count(),
        access_records=AccessRecord.objects.filter(at__lt=cut.access_before).count(),
        closed_without_leaving_date=User.objects.filter(
            is_active=False, left_on__isnull=True, anonymised_on__isnull=True
        ).count(),
    )


@transaction.atomic
def retention_apply(*, today: date | None = None, dry_run: bool = False) -> RetentionPlan:
    """Apply the schedule for `today` (or only work out what it would remove, `dry_run`)."""
    plan = retention_plan(today)
    if dry_run:
        return plan
    Observation.objects.filter(
        pk__in=[draft.pk for draft in plan.drafts], status=ObservationStatus.DRAFT
    ).delete()
    retention_rows(AccessRecord).filter(at__lt=plan.cutoffs.access_before).delete()
    for person in plan.leavers:
        person_anonymise(person=person, today=plan.today)
    plan.done = True
    return plan
