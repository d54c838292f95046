from django.db import migrations

from people.migration_helpers import ensure_permissions, grant

# Frozen here on purpose: later migrations change a role's permissions, never this one.
ROLE_PERMISSIONS = {
    "Practitioner": [],
    "Coordinator": [],
    "Team leader": [
        "wagtailadmin.access_admin",
        "people.view_team",
        "people.change_team",
        "people.view_membership",
        "people.add_membership",
        "people.change_membership",
    ],
    "Service manager": [
        "wagtailadmin.access_admin",
        "people.view_team",
        "people.view_membership",
    ],
    "Expert by experience": [],
    "Volunteer": [],
    "Content editor": [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}


def create_role_groups(apps, schema_editor):
    ensure_permissions(apps)
    for group_name, permissions in ROLE_PERMISSIONS.items():
        grant(apps, group_name, permissions)


def remove_role_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=ROLE_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
