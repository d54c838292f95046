"""Requests against the running server: one at a time for a single request's time, and wrk
for throughput and latency under load."""

import http.client
import json
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

REPORT_SCRIPT = Path(__file__).with_name("report.lua")
MARK = "BENCH-JSON "


class LoadError(Exception):
    """The server answered wrongly, or the load tool is missing or failed."""


@dataclass
class Single:
    status: int
    size: int
    median_ms: float
    best_ms: float


def get(host: str, port: int, path: str, cookie: str, *, timeout: float = 120) -> tuple[int, int]:
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Cookie": cookie, "Host": host})
        response = connection.getresponse()
        return response.status, len(response.read())
    finally:
        connection.close()


def single(
    host: str, port: int, path: str, cookie: str, *, samples: int, warm_up: int = 4
) -> Single:
    """Warm-up requests (every worker serves the page once or more), then `samples` one
    after another: their median and best time."""
    for _ in range(max(warm_up, 1)):
        status, size = get(host, port, path, cookie)
        if status != 200:
            raise LoadError(f"{path} answered {status}, not 200: is the persona signed in?")
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        get(host, port, path, cookie)
        times.append((time.perf_counter() - started) * 1000)
    return Single(status, size, statistics.median(times), min(times))


def wrk_path() -> str:
    found = shutil.which("wrk")
    if not found:
        raise LoadError("wrk is not installed: `make bench` installs it with apt-get as root.")
    return found


def under_load(
    url: str, cookie: str, *, seconds: int, connections: int, threads: int
) -> dict[str, object]:
    """wrk's throughput and latency percentiles for one page, `connections` at a time."""
    command = [
        wrk_path(),
        f"--threads={min(threads, connections)}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=60s",
        f"--script={REPORT_SCRIPT}",
        f"--header=Cookie: {cookie}",
        url,
    ]
    finished = subprocess.run(  # noqa: S603 - our own arguments, no shell
        command, capture_output=True, text=True, timeout=seconds + 120, check=False
    )
    line = next((x for x in finished.stdout.splitlines() if x.startswith(MARK)), None)
    if finished.returncode != 0 or line is None:
        raise LoadError(f"wrk failed on {url}: {finished.stderr or finished.stdout}")
    summary = json.loads(line[len(MARK) :])
    seconds_taken = summary["duration_us"] / 1e6
    latency = {key: value / 1000 for key, value in summary["latency_us"].items()}
    return {
        "requests": summary["requests"],
        "requests_per_second": summary["requests"] / seconds_taken if seconds_taken else 0.0,
        "errors": sum(summary["errors"].values()),
        "latency_ms": latency,
    }
