import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from assessments.frameworks import framework_import


class Command(BaseCommand):
    help = (
        "Load a competency framework from a data file (the format of assessments/data/*.json). "
        "An existing code gets a new version; nothing already loaded is changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument(
            "--publish", action="store_true", help="Publish it at once (default: a draft)."
        )

    def handle(self, *args, path: Path, publish: bool, **options):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise CommandError(f"No file at {path}.") from error
        except json.JSONDecodeError as error:
            raise CommandError(f"{path} is not valid JSON: {error}") from error
        try:
            framework = framework_import(data, publish=publish)
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from error
        count = sum(
            domain.statements.count()
            for level in framework.levels.all()
            for domain in level.domains.all()
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {framework} as {framework.get_status_display().lower()}: "
                f"{framework.levels.count()} levels, {count} statements."
            )
        )
