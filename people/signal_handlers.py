from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from people.models import Membership, User
from people.selectors import KNOWN_NAMES_CACHE_KEY
from people.services import user_groups_sync


@receiver(post_save, sender=Membership)
@receiver(post_delete, sender=Membership)
def membership_changed(sender: type, instance: Membership, **kwargs: object) -> None:
    """Memberships edited in the admin keep the person's role groups in step too."""
    user_groups_sync(instance.user)


@receiver(post_save, sender=User)
@receiver(post_delete, sender=User)
def person_changed(sender: type, instance: User, **kwargs: object) -> None:
    """A new or renamed person's name is known to the identifier guard straight away."""
    cache.delete(KNOWN_NAMES_CACHE_KEY)
