from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Layer 0: shared code every app may use. No concrete models of its own."""

    name = "core"
