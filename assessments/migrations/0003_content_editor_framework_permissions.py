from django.db import migrations

from people.migration_helpers import ensure_permissions, grant, revoke

PERMISSIONS = [
    "assessments.add_framework",
    "assessments.change_framework",
    "assessments.view_framework",
    "assessments.add_statement",
    "assessments.change_statement",
    "assessments.delete_statement",
    "assessments.view_statement",
]


def grant_permissions(apps, schema_editor):
    ensure_permissions(apps)
    grant(apps, "Content editor", PERMISSIONS)


def revoke_permissions(apps, schema_editor):
    revoke(apps, "Content editor", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("assessments", "0002_load_fgc_frameworks"),
        ("people", "0002_create_role_groups"),
    ]

    operations = [migrations.RunPython(grant_permissions, revoke_permissions)]
