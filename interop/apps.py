from django.apps import AppConfig


class InteropConfig(AppConfig):
    """Standards other systems read: Open Badges 3.0 certificates and xAPI statements."""

    name = "interop"
    verbose_name = "Standards (Open Badges, xAPI)"

    def ready(self) -> None:
        from interop import signals  # noqa: F401  (connects the receivers)
