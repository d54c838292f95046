"""Helpers for data migrations that set up role groups and their permissions.

Kept stable on purpose: landed migrations import these, so change them only additively.
"""

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps) -> None:
    """Create model permissions now; post_migrate would create them only after all migrations."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, group_name: str, permissions: list[str]) -> None:
    """Give a group permissions named "app_label.codename", creating the group if needed."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=group_name)
    for name in permissions:
        app_label, codename = name.split(".")
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


def revoke(apps, group_name: str, permissions: list[str]) -> None:
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    for name in permissions:
        app_label, codename = name.split(".")
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )
