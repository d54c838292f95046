from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from assessments.framework_trees import FRAMEWORK_TREES
from assessments.models import Domain, Framework, Level, Statement
from core.cache import bump


@receiver(post_save, sender=Framework)
@receiver(post_delete, sender=Framework)
@receiver(post_save, sender=Level)
@receiver(post_delete, sender=Level)
@receiver(post_save, sender=Domain)
@receiver(post_delete, sender=Domain)
@receiver(post_save, sender=Statement)
@receiver(post_delete, sender=Statement)
def framework_changed(sender: type, **kwargs: object) -> None:
    """A framework drafted, edited, published or retired: every process rebuilds its trees."""
    bump(FRAMEWORK_TREES)
