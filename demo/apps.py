from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo: seed_demo and its per-app seeders, with the demo content as data files."""

    name = "demo"
