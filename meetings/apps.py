from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    """Monitoring data on the family meetings coordinators convene: facts, never families."""

    name = "meetings"
    verbose_name = "Family meeting outcomes"
