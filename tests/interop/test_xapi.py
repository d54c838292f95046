"""xAPI statements reach a Learning Record Store, run here as a small HTTP receiver."""

import base64
import io
import json
import threading
import zipfile
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from interop.models import XAPIStatement
from interop.tasks import send_xapi_statements
from observations import templates
from observations.enums import MeetingType, ObservationStatus
from tests.interop.conftest import complete_module
from tests.observations.conftest import CRITERIA, observation_at

pytestmark = pytest.mark.django_db


class Receiver(ThreadingHTTPServer):
    """Answers each PUT with the next status in `answers` (then 204), keeping what came."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.received: list[dict] = []
        self.answers: list[int] = []

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/xapi/"


class Handler(BaseHTTPRequestHandler):
    def do_PUT(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.received.append(
            {
                "path": self.path,
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": body,
            }
        )
        status = self.server.answers.pop(0) if self.server.answers else 204
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def lrs(settings):
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.XAPI_ENDPOINT = server.endpoint
    settings.XAPI_USERNAME = "practice-circle"
    settings.XAPI_PASSWORD = "lrs-secret"
    yield server
    server.shutdown()
    server.server_close()


def statements(lrs, verb: str) -> list[dict]:
    return [r for r in lrs.received if r["body"]["verb"]["id"].endswith(verb)]


def test_nothing_is_kept_without_an_lrs(practitioner, module, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        complete_module(practitioner, module)
    assert not XAPIStatement.objects.exists()


def test_completions_and_a_pass_are_sent_as_statements(
    lrs, practitioner, module, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_module(practitioner, module)

    kinds = sorted(
        r["body"]["object"]["definition"]["type"].rsplit("/", 1)[1] for r in lrs.received
    )
    assert kinds == ["assessment", "lesson", "lesson", "module"]
    passed = statements(lrs, "passed")[0]
    assert passed["body"]["result"]["score"] == {"scaled": 1.0, "raw": 1, "min": 0, "max": 1}
    first = lrs.received[0]
    assert first["path"] == f"/xapi/statements?statementId={first['body']['id']}"
    assert first["headers"]["x-experience-api-version"] == "1.0.3"
    assert (
        first["headers"]["authorization"]
        == "Basic " + base64.b64encode(b"practice-circle:lrs-secret").decode()
    )
    # Who: an account id here, never a name or an email address.
    actor = json.dumps([r["body"]["actor"] for r in lrs.received])
    assert str(practitioner.pk) in actor
    assert practitioner.name not in actor and practitioner.email not in actor
    assert XAPIStatement.objects.filter(sent_at__isnull=False).count() == 4


def test_a_failed_send_is_kept_and_retried_with_the_same_id(
    lrs, practitioner, module, django_capture_on_commit_callbacks
):
    lrs.answers = [503, 503, 503, 503]
    with django_capture_on_commit_callbacks(execute=True):
        complete_module(practitioner, module)
    waiting = XAPIStatement.objects.filter(sent_at__isnull=True)
    assert waiting.count() == 4
    assert all(item.attempts >= 1 and "503" in item.last_error for item in waiting)
    assert all(item.next_attempt_at > timezone.now() for item in waiting)

    call_command("send_xapi_statements")  # not due yet: nothing sent
    assert waiting.count() == 4

    waiting.update(next_attempt_at=timezone.now() - timedelta(seconds=1))
    call_command("send_xapi_statements")
    assert not waiting.exists()
    ids = [r["body"]["id"] for r in lrs.received]
    assert len(ids) == 8 and len(set(ids)) == 4  # each sent twice, always with its own id


def test_already_held_409_counts_as_sent(
    lrs, practitioner, module, django_capture_on_commit_callbacks
):
    lrs.answers = [409, 409, 409, 409]
    with django_capture_on_commit_callbacks(execute=True):
        complete_module(practitioner, module)
    assert not XAPIStatement.objects.filter(sent_at__isnull=True).exists()


def test_unreachable_lrs_is_an_error_kept_for_later(
    settings, practitioner, module, django_capture_on_commit_callbacks
):
    settings.XAPI_ENDPOINT = "http://127.0.0.1:9/xapi"  # discard port: nothing listens
    with django_capture_on_commit_callbacks(execute=True):
        complete_module(practitioner, module)
    item = XAPIStatement.objects.first()
    assert item.sent_at is None and item.last_error.startswith("Could not reach the LRS")


def test_signed_off_observation_is_sent_without_its_text(
    lrs, coordinator, practitioner, team_leader, django_capture_on_commit_callbacks
):
    template = templates.template_create(
        code="fgc-xapi",
        name="FGC observation",
        meeting_types=[MeetingType.FGC],
        criteria=CRITERIA,
        publish=True,
    )
    with django_capture_on_commit_callbacks(execute=True):
        observation = observation_at(
            ObservationStatus.SIGNED_OFF, coordinator, practitioner, template, team_leader
        )
    sent = [r["body"] for r in lrs.received if "observation" in r["body"]["object"]["id"]]
    assert len(sent) == 1
    assert sent[0]["actor"]["account"]["name"] == str(practitioner.pk)
    assert sent[0]["object"]["definition"]["name"] == {"en-GB": "Peer observation: FGC observation"}
    text = json.dumps(sent[0])
    assert observation.strengths not in text and observation.development_points not in text


def test_the_worker_comes_back_for_a_failed_statement(
    lrs, settings, practitioner, module, django_capture_on_commit_callbacks
):
    """With the database backend (production), a failure queues the task again for later."""
    with django_capture_on_commit_callbacks(execute=True):
        complete_module(practitioner, module)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    item = XAPIStatement.objects.first()
    XAPIStatement.objects.exclude(pk=item.pk).delete()
    XAPIStatement.objects.filter(pk=item.pk).update(sent_at=None)
    lrs.answers = [500]

    assert send_xapi_statements.call() == {"sent": 0, "failed": 1}
    item.refresh_from_db()
    retry = DBTaskResult.objects.get(task_path="interop.tasks.send_xapi_statements")
    assert retry.run_after == item.next_attempt_at


def test_their_records_download_holds_the_statements_about_them(
    client, lrs, practitioner, coordinator, module, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        complete_module(practitioner, module)
    client.force_login(practitioner)
    response = client.post(reverse("privacy:records-download"))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    name = next(n for n in archive.namelist() if n.endswith("/xapi-statements.json"))
    held = json.loads(archive.read(name))
    assert len(held) == 4 and all(item["sent"] for item in held)
    client.force_login(coordinator)
    response = client.post(reverse("privacy:records-download"))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    name = next(n for n in archive.namelist() if n.endswith("/xapi-statements.json"))
    assert json.loads(archive.read(name)) == []
