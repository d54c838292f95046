"""Demo practice artefacts (Signs of Safety work as evidence), waiting for review.

Made with the evidence service, once each (by source key), after the rest of the history so
no past review could have considered them. The words come from
demo/data/practice_artefacts.toml: each artefact names its person (a key of people.toml's
users), its kind, the level and positions of the coordinators' framework statements it
supports, how many days ago it was sent, its title and its answers.
"""

import re
from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction

from assessments.artefacts import clean_artefact, is_artefact_kind
from assessments.models import Framework, Statement
from assessments.services import evidence_submit
from demo import loaders
from demo.timeline import Calendar, on
from people.models import User

ARTEFACT_FIELDS = {
    "person": loaders.TEXT,
    "kind": loaders.TEXT,
    "level": loaders.TEXT,
    "statements": list,
    "days_ago": loaders.WHOLE,
    "title": loaders.TEXT,
    "description": loaders.TEXT,
    "answers": dict,
}


def practice_artefact_texts(data_dir: Path | None = None) -> dict[str, dict]:
    """Each demo artefact by its key, checked: a known kind with every answer it asks."""
    data_dir = data_dir or loaders.DATA_DIR
    data, where = loaders._file("practice_artefacts.toml", data_dir, {"artefacts": dict})
    for key, record in data["artefacts"].items():
        place = f"{where}: artefacts.{key}"
        loaders._check(record, place, ARTEFACT_FIELDS)
        if not is_artefact_kind(record["kind"]):
            raise loaders.DemoDataError(f"{place}: {record['kind']!r} is not a practice artefact")
        try:
            clean_artefact(record["kind"], record["answers"])
        except ValidationError as error:
            raise loaders.DemoDataError(f"{place}: answers: {error}") from error
    return data["artefacts"]


def _unwrapped(answers: dict) -> dict:
    """Answers laid out over several lines in the file: a single line break reads as a
    space, a blank line stays a new paragraph."""
    return {
        name: re.sub(r"(?<!\n)\n(?!\n)", " ", value.strip()) if isinstance(value, str) else value
        for name, value in answers.items()
    }


@transaction.atomic
def seed_practice_artefacts(users: dict[str, User]) -> None:
    framework = Framework.objects.get(code="FGCC", status="published")
    calendar = Calendar.now()
    for key, record in practice_artefact_texts().items():
        statements = list(
            Statement.objects.filter(
                domain__level__framework=framework, domain__level__code=record["level"]
            ).order_by("domain__order", "order")
        )
        with on(calendar.ago(record["days_ago"])):
            evidence_submit(
                owner=users[record["person"]],
                kind=record["kind"],
                title=record["title"],
                description=record["description"],
                occurred_on=calendar.ago(record["days_ago"]) - timedelta(days=7),
                statements=[statements[i] for i in record["statements"]],
                artefact=_unwrapped(record["answers"]),
                source_key=f"demo:artefact:{key}",
            )
