"""`manage.py apply_retention [--dry-run]`: the retention schedule, run daily (docs/deploy.md).

The output names records by number only, so the logs it lands in hold nobody's details.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from privacy.retention import RetentionPlan, retention_apply


class Command(BaseCommand):
    help = (
        "Apply the retention schedule (settings.RETENTION): anonymise leavers past it, delete "
        "unshared observation drafts and old access records. --dry-run lists what would go."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List what would be anonymised or deleted, and change nothing.",
        )

    def handle(self, *args, dry_run: bool = False, **options):
        plan = retention_apply(dry_run=dry_run)
        schedule = settings.RETENTION
        self.stdout.write(
            f"Retention schedule on {plan.today:%Y-%m-%d}: leavers' records after "
            f"{schedule['leaver_records_days']} days, unshared observation drafts after "
            f"{schedule['unshared_drafts_days']} days, access records after "
            f"{schedule['access_log_days']} days."
        )
        if dry_run:
            self.stdout.write("Dry run: nothing has been changed.")
        self._list(plan, would=dry_run)
        if plan.closed_without_leaving_date:
            self.stdout.write(
                self.style.WARNING(
                    f"{plan.closed_without_leaving_date} closed accounts have no leaving date, "
                    "so the schedule does not reach them: record their leaving from the Users "
                    "admin."
                )
            )

    def _list(self, plan: RetentionPlan, *, would: bool) -> None:
        lines = [
            (
                ("People to anonymise", "People anonymised"),
                len(plan.leavers),
                [f"person {p.pk}, left {p.left_on:%Y-%m-%d}" for p in plan.leavers],
            ),
            (("Evidence files to delete", "Evidence files deleted"), plan.evidence_files, []),
            (
                ("Observation drafts to delete", "Observation drafts deleted"),
                len(plan.drafts),
                [f"observation {d.pk}, last changed {d.updated_at:%Y-%m-%d}" for d in plan.drafts],
            ),
            (("Access records to delete", "Access records deleted"), plan.access_records, []),
        ]
        for (would_label, done_label), count, items in lines:
            self.stdout.write(f"{would_label if would else done_label}: {count}")
            for item in items:
                self.stdout.write(f"  {item}")
