"""The retention schedule as a django-tasks task, for a deployment that runs a worker.

django-tasks queues and runs tasks but schedules nothing itself: something must enqueue
this once a day, or run `manage.py apply_retention` from cron or a systemd timer
(docs/deploy.md, "Retention").
"""

from django_tasks import task

from privacy.retention import retention_apply


@task()
def apply_retention() -> dict[str, int]:
    """Apply today's retention schedule; returns how many records of each kind went."""
    return retention_apply().counts()
