from django.contrib.auth.management import create_permissions
from django.db import migrations

# Content editors upload H5P activities (wagtail-lms's admin, and the snippet chooser on a
# lesson). Not learners' attempts: who may see a person's learning is people/access.py's
# decision, made on the learning record.
PERMISSIONS = ["add_h5pactivity", "change_h5pactivity", "view_h5pactivity"]


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
        ("content", "0010_lesson_h5p_activity"),
        ("people", "0002_create_role_groups"),
        ("wagtail_lms", "0006_cleanup_stale_contenttypes"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
