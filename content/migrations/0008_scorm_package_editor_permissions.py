from django.contrib.auth.management import create_permissions
from django.db import migrations

# Content editors upload SCORM packages (wagtail-lms's admin). Not learners' attempts: who may
# see a person's learning is people/access.py's decision, made on the learning record.
PERMISSIONS = ["add_scormpackage", "change_scormpackage", "view_scormpackage"]


def grant(apps, schema_editor):
    config = apps.get_app_config("wagtail_lms")
    config.models_module = True  # permissions are otherwise made only after every migration
    create_permissions(config, verbosity=0, apps=apps)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.get(name="Content editor")
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtail_lms", codename__in=PERMISSIONS)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Content editor").first()
    if editors is not None:
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="wagtail_lms", codename__in=PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0007_lesson_scorm_package"),
        ("people", "0002_create_role_groups"),
        ("wagtail_lms", "0006_cleanup_stale_contenttypes"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
