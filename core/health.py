"""/health/ for the load balancer: is this web server fit to take requests?

A small view of our own rather than django-health-check: the check that matters most here,
the age of the notification queue, is not one that package has, and the four checks are a
few lines each. The answer is JSON naming each check and "ok" or "failing", with 200 when
all pass and 503 otherwise. It names no host, bucket, error text or record: the reasons go
to the log, where the operator looks next.
"""

import logging
import uuid
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.cache import cache
from django.core.files.storage import storages
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django_tasks import task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from storages.backends.s3 import S3Storage

logger = logging.getLogger(__name__)

UPLOAD_STORAGES = ("default", "private")
PROBE_NAME = "health-check-probe"


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("The database answered SELECT 1 wrongly.")


def check_cache() -> None:
    """A round trip: a down Redis makes Django's cache raise, or (for some clients) return
    nothing, and either way sessions and throttling would misbehave."""
    key, value = f"health-check-{uuid.uuid4().hex}", uuid.uuid4().hex
    cache.set(key, value, timeout=30)
    found = cache.get(key)
    cache.delete(key)
    if found != value:
        raise RuntimeError("The cache did not return what was just stored.")


def check_storage() -> None:
    """Reads only: a bucket must answer HEAD with these credentials (a missing object would
    look the same as a missing bucket), a folder must answer whether a name exists."""
    for alias in UPLOAD_STORAGES:
        storage = storages[alias]
        if isinstance(storage, S3Storage):
            storage.connection.meta.client.head_bucket(Bucket=storage.bucket_name)
        else:
            storage.exists(PROBE_NAME)


def oldest_ready_task_age() -> float | None:
    """Seconds the oldest task that is due has waited, or None with nothing waiting."""
    enqueued = (
        DBTaskResult.objects.ready().order_by("enqueued_at").values_list("enqueued_at", flat=True)
    ).first()
    return None if enqueued is None else (timezone.now() - enqueued).total_seconds()


def check_task_queue() -> None:
    """Only with the database backend: with the immediate one there is no queue to fall
    behind."""
    if not isinstance(task_backends["default"], DatabaseBackend):
        return
    age = oldest_ready_task_age()
    if age is not None and age > settings.HEALTH_TASK_QUEUE_MAX_AGE:
        raise RuntimeError(f"The oldest ready task has waited {age:.0f} seconds.")


CHECKS: dict[str, Callable[[], None]] = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
    "task_queue": check_task_queue,
}


def run_checks() -> dict[str, str]:
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure makes the server unfit; the log says which
            logger.exception("Health check %s failed", name)
            results[name] = "failing"
        else:
            results[name] = "ok"
    return results


@login_not_required  # the load balancer does not sign in; the answer holds nothing private
@require_safe
@never_cache
def health(request: HttpRequest) -> JsonResponse:
    results = run_checks()
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "failing", "checks": results},
        status=200 if healthy else 503,
    )
