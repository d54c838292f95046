"""Changes to what the quarterly trends count renew their cache (reporting.selectors.TRENDS)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from assessments.models import LevelConfirmation
from core.cache import bump
from learning.models import ModuleCompletion
from meetings.models import MeetingRecord
from observations.models import Observation
from people.models import Membership, User
from reporting.selectors import TRENDS

COUNTED = (ModuleCompletion, Observation, LevelConfirmation, Membership, MeetingRecord)


@receiver(post_save)
@receiver(post_delete)
def counted_record_changed(sender: type, **kwargs: object) -> None:
    if sender in COUNTED:
        bump(TRENDS)


@receiver(post_save, sender=User)
@receiver(post_delete, sender=User)
def person_changed(sender: type, update_fields: frozenset | None = None, **kwargs: object) -> None:
    """A person leaving (made inactive) drops out of the counts; signing in changes nothing."""
    if update_fields is None or set(update_fields) != {"last_login"}:
        bump(TRENDS)
