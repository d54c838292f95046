from django.apps import AppConfig


class ReportingConfig(AppConfig):
    """Team and service dashboards, their figures and exports, and the /api/v1/ endpoints."""

    name = "reporting"

    def ready(self) -> None:
        from reporting import signal_handlers  # noqa: F401
