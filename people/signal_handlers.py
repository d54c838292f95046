from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from people.models import Membership
from people.services import user_groups_sync


@receiver(post_save, sender=Membership)
@receiver(post_delete, sender=Membership)
def membership_changed(sender: type, instance: Membership, **kwargs: object) -> None:
    """Memberships edited in the admin keep the person's role groups in step too."""
    user_groups_sync(instance.user)
