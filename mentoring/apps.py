from django.apps import AppConfig


class MentoringConfig(AppConfig):
    """Mentoring of experts by experience and volunteers, and their home on the site."""

    name = "mentoring"
