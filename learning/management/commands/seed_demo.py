from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from people.demo import DEMO_PASSWORD, seed_people


class Command(BaseCommand):
    help = "Create the demo teams, people and content. Safe to run again: it changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even with DEBUG off (never on a live service: the passwords are public).",
        )

    def handle(self, *args, allow_production: bool = False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Refusing to load demo data with DEBUG off: its passwords are public. "
                "Pass --allow-production if this really is a demo server."
            )
        users = seed_people()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {len(users)} people. Every demo sign-in uses the password "
                f"{DEMO_PASSWORD!r}."
            )
        )
