import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.frameworks import framework_export
from assessments.models import Framework


class Command(BaseCommand):
    help = "Write a framework as a data file that import_framework (here or elsewhere) can load."

    def add_arguments(self, parser):
        parser.add_argument("code", help="Framework code, e.g. FGCC")
        parser.add_argument(
            "--framework-version", dest="framework_version", type=int, help="Default: latest"
        )
        parser.add_argument("-o", "--output", type=Path, help="Default: standard output")

    def handle(
        self, *args, code: str, framework_version: int | None, output: Path | None, **options
    ):
        frameworks = Framework.objects.filter(code=code).order_by("-version")
        if framework_version is not None:
            frameworks = frameworks.filter(version=framework_version)
        framework = frameworks.first()
        if framework is None:
            raise CommandError(
                f"No framework with code {code!r}"
                + (f" version {framework_version}" if framework_version else "")
                + "."
            )
        text = json.dumps(framework_export(framework), indent=2, ensure_ascii=False) + "\n"
        if output:
            output.write_text(text, encoding="utf-8")
            self.stderr.write(self.style.SUCCESS(f"Wrote {framework} to {output}."))
        else:
            self.stdout.write(text, ending="")
