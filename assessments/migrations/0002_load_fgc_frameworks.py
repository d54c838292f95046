"""Load the FGC Coordinator and FGC Team Leader frameworks (seed 002) as published version 1.

The loader is written out here, not imported, so this migration keeps doing what it did
even when the live import code changes.
"""

import json
from pathlib import Path

from django.db import migrations
from django.utils import timezone

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FILES = ["fgc_coordinator.json", "fgc_team_leader.json"]


def load_frameworks(apps, schema_editor):
    Framework = apps.get_model("assessments", "Framework")
    Level = apps.get_model("assessments", "Level")
    Domain = apps.get_model("assessments", "Domain")
    Statement = apps.get_model("assessments", "Statement")
    for filename in FILES:
        data = json.loads((DATA_DIR / filename).read_text(encoding="utf-8"))
        if Framework.objects.filter(code=data["code"], version=data["version"]).exists():
            continue
        framework = Framework.objects.create(
            code=data["code"],
            name=data["name"],
            job_title=data.get("job_title", ""),
            grade=data.get("grade", ""),
            applies_to_role=data["applies_to_role"],
            version=data["version"],
            status="published",
            duties=data.get("duties", ""),
            source=data.get("source", ""),
            published_at=timezone.now(),
        )
        for level_data in data["levels"]:
            level = Level.objects.create(
                framework=framework,
                code=level_data["code"],
                name=level_data["name"],
                order=level_data["order"],
                summary=level_data.get("summary", ""),
            )
            for domain_order, domain_data in enumerate(level_data["domains"], start=1):
                domain = Domain.objects.create(
                    level=level,
                    code=domain_data["code"],
                    name=domain_data["name"],
                    order=domain_order,
                )
                Statement.objects.bulk_create(
                    Statement(domain=domain, code=s["code"], text=s["text"], order=order)
                    for order, s in enumerate(domain_data["statements"], start=1)
                )


def unload_frameworks(apps, schema_editor):
    Framework = apps.get_model("assessments", "Framework")
    Framework.objects.filter(code__in=["FGCC", "FGCTL"], version=1).delete()


class Migration(migrations.Migration):
    dependencies = [("assessments", "0001_frameworks_evidence_decisions")]

    operations = [migrations.RunPython(load_frameworks, unload_frameworks)]
