from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "people"
    verbose_name = "People and teams"

    def ready(self) -> None:
        from people import signal_handlers  # noqa: F401
        from people.sso import checks  # noqa: F401
