"""The worker's side of xAPI: send what is due, then come back for what failed."""

from django.utils import timezone
from django_tasks import default_task_backend, task

from interop import xapi


@task()
def send_xapi_statements() -> dict[str, int]:
    """Send the statements that are due. If some must be retried and the task backend can
    run a task later (the database backend can), queue this task again for then; otherwise
    `manage.py send_xapi_statements` from cron picks them up."""
    sent, failed = xapi.send_due()
    retry_at = xapi.next_retry_at()
    if failed and retry_at and default_task_backend.supports_defer:
        send_xapi_statements.using(run_after=max(retry_at, timezone.now())).enqueue()
    return {"sent": sent, "failed": failed}
