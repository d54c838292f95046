"""The production stack on several servers, end to end (docs/deploy.md).

Two gunicorn instances share one PostgreSQL database, one Redis and one S3-compatible store
(moto's server). It checks what a load balancer relies on: a session made on one instance
works on the other; evidence uploaded through one downloads through the other for the team
leader and is 404 to another practitioner; a notification queued by the web is sent by
`manage.py db_worker`; and restarting PostgreSQL mid-load loses no row, duplicates none and
leaves no 500 once it is back.

Run by .ci/run after the PostgreSQL suite, not by pytest:
    .venv/bin/python tests/cluster/run_cluster_test.py [--no-restart]
It prints "SKIPPED: <reason>" and exits 0 where the services cannot start, and exits 1 on
a failed check. It restarts the machine's PostgreSQL (other users of it see that); pass
--no-restart while developing.
"""

import argparse
import contextlib
import http.client
import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DATABASE = "cluster_test"
POSTGRES = ("127.0.0.1", 5432)
REDIS_URL = "redis://127.0.0.1:6379/5"
MEDIA_BUCKET, PRIVATE_BUCKET = "cluster-media", "cluster-evidence"
PASSWORD = "cluster-test-password-42"
LOADS, AFTER_RECOVERY, RESTART_AT = 50, 10, 10
REQUEST_TIMEOUT = 15
SEED = """
from people.enums import Role
from people.services import membership_add, team_create, user_create
from assessments.models import Statement
north = team_create(name="North team", service="Family Group Conferences")
south = team_create(name="South team", service="Family Group Conferences")
for username, team, role in (
    ("priya", north, Role.PRACTITIONER),
    ("tess", north, Role.TEAM_LEADER),
    ("olu", south, Role.PRACTITIONER),
):
    user = user_create(username=username, password="{password}", email=username + "@example.org")
    membership_add(user=user, team=team, role=role)
statement = Statement.objects.filter(
    domain__level__framework__code="FGCC", domain__level__framework__status="published",
    domain__level__code="A",
).order_by("domain__order", "order").first()
print(statement.pk)
"""
COUNT_CPD = (
    "from learning.models import CPDEntry; "
    "print(CPDEntry.objects.filter(owner__username='priya', title__startswith='Load ').count())"
)

SHOW_TASKS = (
    "from django_tasks_db.models import DBTaskResult; "
    "print([(t.task_path, t.status, t.traceback[-300:]) for t in DBTaskResult.objects.all()])"
)


class Skip(Exception):
    """A service this test needs is not there: say so and pass."""


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, condition: bool, what: str) -> bool:
        if condition:
            self.passed += 1
            sys.stdout.write(f"ok   {what}\n")
        else:
            self.failed += 1
            sys.stdout.write(f"FAIL {what}\n")
        sys.stdout.flush()
        return condition


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_open(host: str, port: int) -> bool:
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=2):
        return True
    return False


def wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            if condition():
                return
        time.sleep(0.3)
    raise RuntimeError(f"{what} did not happen within {seconds:.0f} seconds")


def psql(sql: str) -> None:
    subprocess.run(  # noqa: S603
        ["psql", "-h", POSTGRES[0], "-U", "postgres", "-d", "postgres", "-qAtc", sql],  # noqa: S607
        check=True,
        capture_output=True,
        timeout=60,
    )


def preflight() -> None:
    if shutil.which("psql") is None or not port_open(*POSTGRES):
        raise Skip("no PostgreSQL answering on 127.0.0.1:5432")
    if not port_open("127.0.0.1", 6379):
        raise Skip("no Redis answering on 127.0.0.1:6379")
    for tool in ("gunicorn", "moto_server"):
        if not (BIN / tool).exists():
            raise Skip(f"{tool} is not installed in {BIN} (pip install -e '.[dev]')")
    try:
        psql("SELECT 1")
    except (subprocess.SubprocessError, OSError) as error:
        raise Skip(f"cannot reach PostgreSQL as user postgres: {error}") from error


class Stack:
    """Every process this test starts, ended in stop() whatever happened."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.processes: list[subprocess.Popen] = []
        self.env: dict[str, str] = {}

    def start(self, name: str, args: list[str], env: dict[str, str]) -> subprocess.Popen:
        log = (self.workdir / f"{name}.log").open("wb")
        process = subprocess.Popen(  # noqa: S603
            args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        self.processes.append(process)
        return process

    def manage(self, *args: str, timeout: float = 180) -> str:
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


def environment(workdir: Path, s3_port: int) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    return {
        **keep,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "",
        "SECRET_KEY": "cluster-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": f"postgres://postgres@{POSTGRES[0]}:{POSTGRES[1]}/{DATABASE}",
        "REDIS_URL": REDIS_URL,
        "MEDIA_BUCKET": MEDIA_BUCKET,
        "PRIVATE_MEDIA_BUCKET": PRIVATE_BUCKET,
        "S3_ENDPOINT_URL": f"http://127.0.0.1:{s3_port}",
        "S3_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "cluster-test",
        "AWS_SECRET_ACCESS_KEY": "cluster-test",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(workdir / "mail"),
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "LOG_LEVEL": "ERROR",
    }


def flush_redis() -> None:
    import redis

    redis.Redis.from_url(REDIS_URL, socket_timeout=5).flushdb()


def start_store(stack: Stack) -> int:
    import boto3

    port = free_port()
    stack.start("moto", [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(port)], stack.env)
    wait_for(lambda: port_open("127.0.0.1", port), 30, "moto_server starting")
    client = boto3.client(
        "s3",
        endpoint_url=f"http://127.0.0.1:{port}",
        region_name="us-east-1",
        aws_access_key_id="cluster-test",
        aws_secret_access_key="cluster-test",
    )
    for bucket in (MEDIA_BUCKET, PRIVATE_BUCKET):
        client.create_bucket(Bucket=bucket)
    return port


def start_web(stack: Stack, name: str) -> str:
    port = free_port()
    stack.start(
        name,
        [
            *(str(BIN / "gunicorn"), "config.wsgi:application"),
            *("--bind", f"127.0.0.1:{port}", "--workers", "2", "--timeout", "30"),
        ],
        stack.env,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for(lambda: fetch(Browser(), url + "/health/")[0] == 200, 60, f"{name} becoming healthy")
    return url


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class Browser:
    """One person's cookies, sent to every instance (cookies do not depend on the port)."""

    def __init__(self) -> None:
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )

    def csrf(self) -> str:
        return next(cookie.value for cookie in self.jar if cookie.name == "csrftoken")


def fetch(
    browser: Browser, url: str, data: bytes | None = None, content_type: str = ""
) -> tuple[int, bytes, dict[str, str]]:
    """(status, body, headers); a connection error is status 0."""
    request = urllib.request.Request(url, data=data)  # noqa: S310 - loopback only
    if data is not None:
        request.add_header("Content-Type", content_type)
        request.add_header("X-CSRFToken", browser.csrf())
    try:
        with browser.opener.open(request, timeout=REQUEST_TIMEOUT) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read(), dict(error.headers)
    except (OSError, http.client.HTTPException):
        return 0, b"", {}


def post_form(browser: Browser, url: str, fields: dict[str, object]) -> tuple[int, dict]:
    pairs = [(k, str(v)) for k, v in fields.items()]
    pairs.append(("csrfmiddlewaretoken", browser.csrf()))
    status, _, headers = fetch(
        browser, url, urllib.parse.urlencode(pairs).encode(), "application/x-www-form-urlencoded"
    )
    return status, headers


def post_multipart(
    browser: Browser, url: str, fields: dict[str, object], file: tuple[str, str, bytes]
) -> tuple[int, dict]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in [*fields.items(), ("csrfmiddlewaretoken", browser.csrf())]:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
        )
    field, filename, content = file
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
        f'filename="{filename}"\r\nContent-Type: application/pdf\r\n\r\n'
    )
    body = "".join(parts).encode() + head.encode() + content + f"\r\n--{boundary}--\r\n".encode()
    status, _, headers = fetch(browser, url, body, f"multipart/form-data; boundary={boundary}")
    return status, headers


def sign_in(url: str, username: str) -> Browser:
    browser = Browser()
    fetch(browser, url + "/sign-in/")
    status, _ = post_form(browser, url + "/sign-in/", {"username": username, "password": PASSWORD})
    if status != 302:
        raise RuntimeError(f"{username} could not sign in on {url} (status {status})")
    return browser


def check_sessions_and_evidence(checks: Checks, one: str, two: str, statement: int) -> None:
    priya, tess, olu = sign_in(one, "priya"), sign_in(one, "tess"), sign_in(two, "olu")
    # Signed out, the page would redirect to the sign-in page.
    status, _, _ = fetch(priya, two + "/evidence/add/")
    checks.check(status == 200, "a session made on 1 works on 2")
    status, headers = post_multipart(
        priya,
        one + "/evidence/add/",
        {
            "kind": "reflective_account",
            "title": "Course certificate",
            "description": "Certificate from the course.",
            "occurred_on": "2026-03-14",
            "statements": statement,
        },
        ("file", "certificate.pdf", b"%PDF-1.4 cluster"),
    )
    found = re.search(r"/evidence/(\d+)/", headers.get("Location", ""))
    if not checks.check(status == 302 and found, "evidence uploads through instance 1"):
        return
    file_url = f"/evidence/{found.group(1)}/file/"
    status, body, _ = fetch(tess, two + file_url)
    checks.check(
        status == 200 and body == b"%PDF-1.4 cluster",
        "the team leader downloads it through instance 2",
    )
    checks.check(fetch(olu, two + file_url)[0] == 404, "another practitioner gets 404")
    checks.check(fetch(olu, one + file_url)[0] == 404, "... on instance 1 too")


def check_worker_sends_notification(checks: Checks, stack: Stack) -> None:
    mail = stack.workdir / "mail"
    checks.check(
        not any(mail.glob("*")) if mail.exists() else True,
        "the web servers queued the notification and sent nothing themselves",
    )
    output = stack.manage("db_worker", "--batch", "--no-startup-delay", "-v", "2", timeout=60)
    sent = "".join(path.read_text() for path in mail.glob("*")) if mail.exists() else ""
    if not checks.check(
        "Evidence awaiting your review" in sent and "tess@example.org" in sent,
        "manage.py db_worker sent the team leader's notification",
    ):
        sys.stdout.write(output + stack.manage("shell", "--no-imports", "-c", SHOW_TASKS))


def create_cpd(browser: Browser, url: str, index: int) -> int:
    status, _ = post_form(
        browser,
        url + "/learning/cpd/add/",
        {
            "title": f"Load {index}",
            "activity_type": "training",
            "activity_date": "2026-01-05",
            "hours": "1.0",
        },
    )
    return status


def restart_postgres() -> None:
    version = sorted(p.name for p in Path("/etc/postgresql").iterdir())[0]
    subprocess.run(  # noqa: S603
        ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart"],  # noqa: S607
        check=True,
        capture_output=True,
        timeout=120,
    )


def check_restart_under_load(checks: Checks, stack: Stack, urls: list[str]) -> None:
    if shutil.which("pg_ctlcluster") is None or not Path("/etc/postgresql").is_dir():
        sys.stdout.write("SKIPPED: the restart check needs pg_ctlcluster and /etc/postgresql\n")
        return
    priya = sign_in(urls[0], "priya")
    created, statuses, restarter = 0, [], None
    for index in range(LOADS):
        if index == RESTART_AT:
            restarter = threading.Thread(target=restart_postgres)
            restarter.start()
        status = create_cpd(priya, urls[index % 2], index)
        statuses.append(status)
        created += status == 302
    if restarter is not None:
        restarter.join(timeout=120)
    for url in urls:
        wait_for(lambda url=url: fetch(Browser(), url + "/health/")[0] == 200, 60, "recovery")
    sys.stdout.write(f"     during the restart: {sorted(set(statuses))} status codes\n")
    after = [create_cpd(priya, urls[i % 2], LOADS + i) for i in range(AFTER_RECOVERY)]
    checks.check(all(s == 302 for s in after), "every request succeeds once PostgreSQL is back")
    created += sum(s == 302 for s in after)
    rows = int(stack.manage("shell", "--no-imports", "-c", COUNT_CPD).split()[-1])
    checks.check(
        rows == created, f"no row lost or duplicated ({rows} rows, {created} successful creates)"
    )


def run(checks: Checks, restart: bool) -> None:
    preflight()
    with tempfile.TemporaryDirectory(prefix="cluster-test-") as tmp:
        stack = Stack(Path(tmp))
        try:
            psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
            psql(f"CREATE DATABASE {DATABASE}")
            stack.env = environment(stack.workdir, 0)
            stack.env = environment(stack.workdir, start_store(stack))
            flush_redis()
            stack.manage("migrate", "--noinput")
            stack.manage("collectstatic", "--noinput", "--verbosity", "0")
            statement = int(
                stack.manage("shell", "--no-imports", "-c", SEED.format(password=PASSWORD)).split()[
                    -1
                ]
            )
            urls = [start_web(stack, "web-1"), start_web(stack, "web-2")]
            for number, url in enumerate(urls, 1):
                status, body, _ = fetch(Browser(), url + "/health/")
                checks.check(
                    status == 200 and json.loads(body)["status"] == "ok",
                    f"instance {number} reports healthy",
                )
            check_sessions_and_evidence(checks, *urls, statement)
            check_worker_sends_notification(checks, stack)
            if restart:
                check_restart_under_load(checks, stack, urls)
        finally:
            stack.stop()
            with contextlib.suppress(Exception):
                flush_redis()
            with contextlib.suppress(Exception):
                psql(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument(
        "--no-restart", action="store_true", help="leave PostgreSQL running (development)"
    )
    arguments = parser.parse_args()
    checks = Checks()
    started = time.monotonic()
    try:
        run(checks, restart=not arguments.no_restart)
    except Skip as reason:
        sys.stdout.write(f"SKIPPED: {reason}\n")
        return 0
    except Exception as error:  # a failure to set up is a failure, reported as one
        checks.check(False, f"the cluster ran to the end ({type(error).__name__}: {error})")
    sys.stdout.write(
        f"{checks.passed} passed, {checks.failed} failed in {time.monotonic() - started:.0f}s\n"
    )
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
