"""`make bench`: data at scale, the product under gunicorn, every page measured under wrk.

1. Create (if missing) and fill the database DATABASE_URL names (PostgreSQL) with
   generate_scale_data at the asked size, and a second, smaller one (200 people by default)
   for the query counts; a database already holding generated data of that size is used as
   it is.
2. Collect static files and start gunicorn with DEBUG off, as production runs.
3. For each page, signed in as the person who would open it: one request at a time
   (median of a few), then wrk for a fixed time, `--connections` at a time.
4. Print the table, each page's throughput as a ratio to the anchor (the plainest Wagtail
   page, served by the same processes in the same run), and write bench/results.json.
"""

import argparse
import json
import os
import platform
import secrets
import subprocess
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse, urlunparse

from bench import load
from bench.report import Row, table
from bench.server import ROOT, gunicorn, manage

MARK = "BENCH-JSON "
SIZES = ("people", "teams", "lessons", "evidence", "observations", "sessions")
DEFAULTS = {
    "people": 2000,
    "teams": 20,
    "lessons": 100_000,
    "evidence": 30_000,
    "observations": 10_000,
    "sessions": 2000,
}


def say(text: str = "") -> None:
    """Progress and results on standard output, as they come."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=int, default=20, help="seconds of load per page")
    parser.add_argument("--connections", type=int, default=4, help="requests at a time")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--samples", type=int, default=5, help="single requests timed per page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--small-people", type=int, default=200, help="people in the small set")
    parser.add_argument(
        "--small-database-url",
        default="",
        help="where the small data set goes (default: DATABASE_URL's name + _small)",
    )
    parser.add_argument("--pages", default="", help="only pages whose name contains this")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results.json"))
    for name, default in DEFAULTS.items():
        parser.add_argument(f"--{name}", type=int, default=default)
    return parser.parse_args(argv)


def environment(database_url: str) -> dict[str, str]:
    """Production settings on loopback: DEBUG off, plain http, one secret for the whole run."""
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "LOG_LEVEL": "ERROR",
    }


def django_side(env: dict[str, str], *arguments: str) -> dict:
    finished = subprocess.run(  # noqa: S603 - our own arguments, no shell
        [sys.executable, "-m", "bench.django_side", *arguments],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    line = next(x for x in finished.stdout.splitlines() if x.startswith(MARK))
    return json.loads(line[len(MARK) :])


def small_url(database_url: str, given: str) -> str:
    if given:
        return given
    parsed = urlparse(database_url)
    return urlunparse(parsed._replace(path=f"{parsed.path}_small"))


def small_sizes(sizes: dict[str, int], people: int) -> dict[str, int]:
    """The same service, `people` strong: teams of the same size, records in proportion."""
    share = people / sizes["people"]
    scaled = {name: max(1, round(value * share)) for name, value in sizes.items()}
    scaled["people"] = people
    return scaled


def prepare(options: argparse.Namespace, env: dict[str, str]) -> dict:
    """Both data sets (made unless there), static files, and each set's plan."""
    sizes = {name: getattr(options, name) for name in SIZES}
    sets = {
        "large": (env, sizes),
        "small": (
            {**env, "DATABASE_URL": small_url(env["DATABASE_URL"], options.small_database_url)},
            small_sizes(sizes, options.small_people),
        ),
    }
    manage(env, "collectstatic", "--noinput")
    prepared = {}
    for key, (set_env, set_sizes) in sets.items():
        say(f"Data set '{key}': {set_sizes['people']:,} people ...")
        name = urlparse(set_env["DATABASE_URL"]).path.lstrip("/")
        django_side(set_env, "createdb", f"--name={name}")
        manage(set_env, "migrate", "--noinput")
        made = django_side(
            set_env, "ensure", f"--sizes={json.dumps(set_sizes)}", f"--seed={options.seed}"
        )
        prepared[key] = {
            "sizes": set_sizes,
            "generation": made,
            "plan": django_side(set_env, "plan"),
        }
    return prepared


def measure(options: argparse.Namespace, plan: dict, small_plan: dict) -> list[Row]:
    host, port = "127.0.0.1", options.port
    small_queries = {page["name"]: page["queries"] for page in small_plan["pages"]}
    measured = []
    for page in plan["pages"]:
        if options.pages and options.pages.lower() not in page["name"].lower():
            continue
        cookie = f"{plan['cookie']}={plan['sessions'][page['persona']]}"
        say(f"  {page['name']} ...")
        one = load.single(
            host, port, page["path"], cookie, samples=options.samples, warm_up=2 * options.workers
        )
        loaded = load.under_load(
            f"http://{host}:{port}{page['path']}",
            cookie,
            seconds=options.duration,
            connections=options.connections,
            threads=options.threads,
        )
        measured.append((page, one, loaded, small_queries.get(page["name"])))
    anchor = next((x[2]["requests_per_second"] for x in measured if x[0]["target"] == "anchor"), 0)
    return [
        Row(
            name=page["name"],
            persona=page["persona"],
            path=page["path"],
            target=page["target"],
            requests_per_second=loaded["requests_per_second"],
            ratio=loaded["requests_per_second"] / anchor if anchor else 0.0,
            latency_ms=loaded["latency_ms"],
            single_ms=one.median_ms,
            queries_small=small,
            queries_large=page["queries"],
            errors=loaded["errors"],
            size_bytes=one.size,
        )
        for page, one, loaded, small in measured
    ]


def main(argv: list[str] | None = None) -> None:
    options = arguments(argv)
    database_url = os.environ.get("DATABASE_URL", "")
    if urlparse(database_url).scheme not in {"postgres", "postgresql"}:
        sys.exit("make bench runs against PostgreSQL: set DATABASE_URL=postgres://...")
    load.wrk_path()
    started = time.monotonic()
    env = environment(database_url)
    prepared = prepare(options, env)
    say(
        f"Measuring under gunicorn ({options.workers} workers), {options.connections} "
        f"connections, {options.duration} s a page ..."
    )
    with gunicorn(env, host="127.0.0.1", port=options.port, workers=options.workers):
        rows = measure(options, prepared["large"]["plan"], prepared["small"]["plan"])
    say()
    say(table(rows))
    results = {
        "run_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "parameters": {k: v for k, v in vars(options).items() if k != "output"},
        "data_sets": {
            key: {k: v for k, v in value.items() if k != "plan"} for key, value in prepared.items()
        },
        "seconds": round(time.monotonic() - started, 1),
        "pages": [{**asdict(row), "misses": row.misses()} for row in rows],
    }
    Path(options.output).write_text(json.dumps(results, indent=2) + "\n")
    say(f"\nWritten to {options.output} ({results['seconds']:.0f} s in all).")
