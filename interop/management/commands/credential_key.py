from django.core.management.base import BaseCommand

from interop.signing import generate_seed


class Command(BaseCommand):
    help = (
        "Print a new signing key for certificates. Set it as CREDENTIAL_SIGNING_KEY once, "
        "keep it secret and never change it: certificates already given out are checked "
        "against it."
    )

    def handle(self, *args, **options) -> None:
        self.stdout.write(generate_seed())
