from django.core.management.base import BaseCommand

from interop import xapi


class Command(BaseCommand):
    help = "Send the xAPI statements that are due to the Learning Record Store (for cron)."

    def handle(self, *args, **options) -> None:
        if not xapi.enabled():
            self.stdout.write("XAPI_ENDPOINT is not set: nothing to send.")
            return
        sent, failed = xapi.send_due()
        self.stdout.write(f"Sent {sent} statement(s); {failed} will be retried.")
