"""Email notifications, sent through django_tasks so a slow mail server never slows a page.

Emails carry a link and a one-line reason, never the text of a record: they leave the
service's systems, and records hold sensitive information.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django_tasks import task

from people.models import User


@task()
def send_notification(user_ids: list[int], subject: str, message: str, path: str) -> int:
    """Send one short email per active recipient with a link to `path`. Returns how many."""
    recipients = User.objects.filter(pk__in=user_ids, is_active=True).exclude(email="")
    sent = 0
    for recipient in recipients:
        body = render_to_string(
            "people/email/notification.txt",
            {"recipient": recipient, "message": message, "link": f"{settings.SITE_URL}{path}"},
        )
        sent += send_mail(subject, body, None, [recipient.email])
    return sent


def notify(users: list[User] | list[int], subject: str, message: str, path: str) -> None:
    """Queue a notification. Call from transaction.on_commit so nothing is sent for a rollback."""
    user_ids = [u if isinstance(u, int) else u.pk for u in users]
    if user_ids:
        send_notification.enqueue(user_ids, subject, message, path)
