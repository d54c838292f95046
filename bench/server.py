"""The server under test: gunicorn serving config.wsgi as production would (DEBUG off,
collected static files, one shared PostgreSQL), started and stopped by the harness."""

import http.client
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def manage(env: dict[str, str], *arguments: str, quiet: bool = True) -> None:
    """A manage.py command under the benchmark's environment; its failure stops the run."""
    subprocess.run(  # noqa: S603 - our own arguments, no shell
        [sys.executable, str(ROOT / "manage.py"), *arguments],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL if quiet else None,
    )


def _ready(host: str, port: int) -> bool:
    try:
        connection = http.client.HTTPConnection(host, port, timeout=2)
        connection.request("GET", "/about/")
        return connection.getresponse().status < 500
    except OSError:
        return False


@contextmanager
def gunicorn(env: dict[str, str], *, host: str, port: int, workers: int) -> Iterator[None]:
    """gunicorn with `workers` sync workers, until the block ends."""
    process = subprocess.Popen(  # noqa: S603 - our own arguments, no shell
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi:application",
            f"--workers={workers}",
            f"--bind={host}:{port}",
            "--timeout=120",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not _ready(host, port):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("gunicorn did not start: see its messages above.")
            time.sleep(0.5)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
