"""xAPI statements for a council's Learning Record Store (LRS), sent by the worker.

What is sent: lessons and modules completed, knowledge checks passed, and peer
observations signed off — who (an account id on this site, never a name or email), what,
when and, for a check, the score. Never the text of a reflection or an observation.

Statements wait in interop.XAPIStatement until the LRS accepts them. Each is sent with
PUT and its own id, so sending one twice (a retry, or two workers) is harmless: the LRS
answers 204 the first time and 204 or 409 after.
"""

import base64
import json
import urllib.error
import urllib.request
import uuid
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import timezone

from interop.models import XAPIStatement

XAPI_VERSION = "1.0.3"
VERBS = {
    "completed": "http://adlnet.gov/expapi/verbs/completed",
    "passed": "http://adlnet.gov/expapi/verbs/passed",
}
ACTIVITY_TYPES = {
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "module": "http://adlnet.gov/expapi/activities/module",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
}
# Seconds to wait before each retry; the last is repeated until XAPI_MAX_ATTEMPTS.
BACKOFF = (60, 300, 1800, 7200, 43200)


def enabled() -> bool:
    return bool(settings.XAPI_ENDPOINT)


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def statement(
    *,
    actor_id: int,
    verb: str,
    kind: str,
    activity_id: str,
    name: str,
    at: datetime,
    result: dict | None = None,
) -> dict:
    body = {
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": settings.SITE_URL, "name": str(actor_id)},
        },
        "verb": {"id": VERBS[verb], "display": {"en-GB": verb}},
        "object": {
            "objectType": "Activity",
            "id": f"{settings.SITE_URL}/xapi/activities/{kind}/{activity_id}",
            "definition": {"type": ACTIVITY_TYPES[kind], "name": {"en-GB": name}},
        },
        "timestamp": _timestamp(at),
        "context": {"platform": "Practice Circle", "language": "en-GB"},
    }
    if result:
        body["result"] = result
    return body


def queue(source_key: str, body: dict) -> None:
    """Keep a statement for the LRS (once per source) and wake the worker after commit."""
    if not enabled():
        return
    statement_id = uuid.uuid5(uuid.NAMESPACE_URL, f"{settings.SITE_URL}/xapi/{source_key}")
    _, created = XAPIStatement.objects.get_or_create(
        source_key=source_key,
        defaults={"statement_id": statement_id, "payload": {**body, "id": str(statement_id)}},
    )
    if created:
        from interop.tasks import send_xapi_statements

        transaction.on_commit(send_xapi_statements.enqueue)


def _request(item: XAPIStatement) -> urllib.request.Request:
    endpoint = settings.XAPI_ENDPOINT.rstrip("/")
    if not endpoint.startswith(("https://", "http://")):
        raise ImproperlyConfigured("XAPI_ENDPOINT must be an http(s) address.")
    url = f"{endpoint}/statements?statementId={item.statement_id}"
    body = json.dumps(item.payload).encode()
    request = urllib.request.Request(url, data=body, method="PUT")  # noqa: S310 (checked above)
    request.add_header("Content-Type", "application/json")
    request.add_header("X-Experience-API-Version", XAPI_VERSION)
    if settings.XAPI_USERNAME:
        pair = f"{settings.XAPI_USERNAME}:{settings.XAPI_PASSWORD}".encode()
        request.add_header("Authorization", "Basic " + base64.b64encode(pair).decode())
    return request


def send_one(item: XAPIStatement) -> bool:
    """Send one statement; record the outcome on it. True once the LRS has it."""
    now = timezone.now()
    try:
        with urllib.request.urlopen(_request(item), timeout=settings.XAPI_TIMEOUT):  # noqa: S310
            pass
    except urllib.error.HTTPError as error:
        if error.code != 409:  # 409: the LRS already holds this statement id.
            return _failed(item, f"The LRS answered {error.code} {error.reason}", now)
    except (urllib.error.URLError, OSError) as error:
        return _failed(item, f"Could not reach the LRS: {error}", now)
    item.sent_at = now
    item.attempts += 1
    item.last_error = ""
    item.save(update_fields=["sent_at", "attempts", "last_error"])
    return True


def _failed(item: XAPIStatement, error: str, now: datetime) -> bool:
    item.attempts += 1
    item.last_error = error[:300]
    delay = BACKOFF[min(item.attempts, len(BACKOFF)) - 1]
    item.next_attempt_at = now + timedelta(seconds=delay)
    item.save(update_fields=["attempts", "last_error", "next_attempt_at"])
    return False


def due() -> list[XAPIStatement]:
    return list(
        XAPIStatement.objects.filter(
            sent_at__isnull=True,
            next_attempt_at__lte=timezone.now(),
            attempts__lt=settings.XAPI_MAX_ATTEMPTS,
        )[: settings.XAPI_BATCH_SIZE]
    )


def next_retry_at() -> datetime | None:
    pending = XAPIStatement.objects.filter(
        sent_at__isnull=True, attempts__lt=settings.XAPI_MAX_ATTEMPTS
    )
    return pending.order_by("next_attempt_at").values_list("next_attempt_at", flat=True).first()


def send_due() -> tuple[int, int]:
    """Send what is due; (sent, failed)."""
    if not enabled():
        return 0, 0
    sent = failed = 0
    for item in due():
        if send_one(item):
            sent += 1
        else:
            failed += 1
    return sent, failed
