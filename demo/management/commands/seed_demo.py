from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

from demo import loaders
from demo.access_log import seed_access_log
from demo.co_observation import seed_co_observation
from demo.learning_records import seed_learning_records
from demo.meetings import seed_meetings
from demo.mentoring import seed_mentoring
from demo.modules import seed_learning
from demo.observations import seed_observations
from demo.people import DEMO_PASSWORD, seed_people
from demo.practice_artefacts import practice_artefact_texts, seed_practice_artefacts
from demo.progression import seed_progression, seed_waiting_evidence
from demo.resources import seed_resources


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
                "Pass --allow-production only on a demo server."
            )
        try:
            loaders.load_all()
            practice_artefact_texts()
        except loaders.DemoDataError as error:
            raise CommandError(
                f"The demo data needs fixing before it can be loaded: {error}"
            ) from error
        # Demo data sends no email: the notifications would only be noise on the console.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            # The history first, in the order it happened as far as one person's records go;
            # then what is waiting today, which none of the past reviews could have decided.
            users = seed_people()
            seed_progression(users)
            modules = seed_learning()
            seed_learning_records(users)
            seed_observations(users)
            seed_co_observation(users)
            seed_meetings(users)
            resources = seed_resources()
            mentoring = seed_mentoring(users)
            seed_waiting_evidence(users)
            seed_practice_artefacts(users)
            seed_access_log(users)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {len(users)} people, {len(resources)} resources, "
                f"{len(modules)} modules, "
                f"{len(mentoring)} mentoring relationships. Every demo sign-in uses the "
                f"password {DEMO_PASSWORD!r}."
            )
        )
