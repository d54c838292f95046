from django.db import migrations

from people.migration_helpers import ensure_permissions, grant, revoke

PERMISSIONS = [
    "observations.add_observationtemplate",
    "observations.change_observationtemplate",
    "observations.delete_observationtemplate",
    "observations.view_observationtemplate",
]


def grant_permissions(apps, schema_editor):
    ensure_permissions(apps)
    grant(apps, "Content editor", PERMISSIONS)


def revoke_permissions(apps, schema_editor):
    revoke(apps, "Content editor", PERMISSIONS)


class Migration(migrations.Migration):
    dependencies = [
        ("observations", "0001_observations"),
        ("people", "0002_create_role_groups"),
    ]

    operations = [migrations.RunPython(grant_permissions, revoke_permissions)]
