"""The benchmark's work inside Django, against the database DATABASE_URL names.

Run as `python -m bench.django_side ensure|plan ...` by bench/run.py, once per database,
so the harness itself never imports the project (and could drive any server):

- `createdb`: make a data set's database on DATABASE_URL's server, if it is not there.
- `ensure`: generate the data set unless the database already holds it at this size.
- `plan`: sign in each persona (a session row, as a sign-in makes), find each page's
  address in this data set, and count the SQL queries each page runs, with Django's test
  client in this process.
"""

import argparse
import json
import os
import re
import sys
import time
from dataclasses import asdict, dataclass

import django


@dataclass(frozen=True)
class Page:
    name: str
    persona: str
    path: str
    kind: str = "html"
    target: str = ""


PERSONAS = {
    "practitioner": "scale-t01-pr",
    "coordinator": "scale-t01-co001",
    "team_leader": "scale-t01-tl001",
    "service_manager": "scale-manager",
}


def _learner() -> tuple[object, object, object]:
    """Team 1's first practitioner part-way through a module, with the lesson they are on."""
    from learning.models import Enrolment

    enrolment = (
        Enrolment.objects.filter(
            learner__username__startswith=PERSONAS["practitioner"],
            completed_at=None,
            last_lesson__isnull=False,
        )
        .select_related("learner", "module", "last_lesson")
        .order_by("learner__username", "pk")
        .first()
    )
    if enrolment is None:
        sys.exit("No practitioner in team 1 is part-way through a module: regenerate the data.")
    return enrolment.learner, enrolment.module, enrolment.last_lesson


def pages() -> list[Page]:
    """The pages measured, each as the person who would open it."""
    from people.models import Team

    _, module, lesson = _learner()
    team = Team.objects.order_by("pk").first()
    return [
        Page("anchor: plain Wagtail page", "practitioner", "/about/", target="anchor"),
        Page("lesson page", "practitioner", lesson.url, target="ratio"),
        Page("module page", "practitioner", module.url),
        Page("My learning", "practitioner", "/learning/"),
        Page("My progression", "practitioner", "/progression/"),
        Page("review queue (100-person team)", "team_leader", "/review/", target="single"),
        Page("team matrix", "team_leader", "/team/progression/", target="single"),
        Page(
            "team matrix XLSX",
            "team_leader",
            "/team/progression/?format=xlsx",
            kind="xlsx",
            target="single",
        ),
        Page(
            "API team matrix",
            "team_leader",
            f"/api/v1/teams/{team.pk}/matrix",
            kind="json",
            target="single",
        ),
        Page("team dashboard", "team_leader", "/dashboards/team/"),
        Page("service dashboard", "service_manager", "/dashboards/service/", target="single"),
        Page("all-teams matrix (manager)", "service_manager", "/team/progression/", target="all"),
        Page("observations made", "coordinator", "/observations/made/"),
        Page("observations to sign off", "team_leader", "/observations/sign-off/"),
        Page("observations (dashboard)", "service_manager", "/dashboards/observations/"),
        Page("resource search", "practitioner", "/resources/?q=family"),
    ]


def personas() -> dict[str, object]:
    from people.models import User

    learner, _, _ = _learner()
    found = {"practitioner": learner}
    for key, username in PERSONAS.items():
        if key != "practitioner":
            found[key] = User.objects.get(username=username)
    return found


def session_for(user: object) -> str:
    """A session as django.contrib.auth.login makes one, so the server sees a signed-in user."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.module_loading import import_string

    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
    # The first backend that can load a user (django-axes' comes first and only throttles).
    backend = next(
        path
        for path in settings.AUTHENTICATION_BACKENDS
        if hasattr(import_string(path), "get_user")
    )
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = backend
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def count_queries(page: Page, user: object) -> int:
    """Queries of one request, after a first one has warmed the caches the server keeps."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.force_login(user)
    client.get(page.path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.path)
    if response.status_code != 200:
        sys.exit(f"{page.name}: {page.path} answered {response.status_code} for {user}.")
    return len(queries)


def plan() -> dict:
    from django.conf import settings

    people = personas()
    return {
        "cookie": settings.SESSION_COOKIE_NAME,
        "sessions": {key: session_for(user) for key, user in people.items()},
        "usernames": {key: user.username for key, user in people.items()},
        "pages": [
            {**asdict(page), "queries": count_queries(page, people[page.persona])}
            for page in pages()
        ],
    }


def ensure(sizes: dict[str, int], seed: int) -> dict:
    """Generate unless the data set is there; refuse a database that holds anything else."""
    from django.core.management import call_command

    from demo.scale import generated_people

    have = generated_people()
    if have == sizes["people"]:
        return {"generated": False, "seconds": 0.0, "people": have}
    started = time.monotonic()
    arguments = [f"--{name}={value}" for name, value in sizes.items()]
    call_command("generate_scale_data", f"--seed={seed}", *arguments)
    return {"generated": True, "seconds": round(time.monotonic() - started, 1), "people": have}


def create_database(name: str) -> dict:
    """A data set's database on DATABASE_URL's server, if it is not there yet.

    Runs from the server's maintenance database, so DATABASE_URL's own database need not
    exist yet either."""
    from django.db import connections

    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        sys.exit(f"{name!r} is not a database name the benchmark makes.")
    default = connections["default"]
    maintenance = default.__class__(
        {**default.settings_dict, "NAME": "postgres"}, alias="bench-maintenance"
    )
    try:
        with maintenance.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone():
                return {"created": False}
            cursor.execute(f'CREATE DATABASE "{name}"')
    finally:
        maintenance.close()
    return {"created": True}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.django_side")
    parser.add_argument("command", choices=["createdb", "ensure", "plan"])
    parser.add_argument("--name", default="", help="createdb: the database to create")
    parser.add_argument("--sizes", default="{}", help="generate_scale_data sizes, as JSON")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    if options.command == "createdb":
        result = create_database(options.name)
    elif options.command == "ensure":
        result = ensure(json.loads(options.sizes), options.seed)
    else:
        result = plan()
    sys.stdout.write("BENCH-JSON " + json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
