"""Changes to the page tree renew the cached values read from it (content.selectors.PAGE_TREE)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from content.selectors import PAGE_TREE
from core.cache import bump


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def page_tree_changed(sender: type, **kwargs: object) -> None:
    bump(PAGE_TREE)


@receiver(post_save)
@receiver(post_delete)
def page_or_site_saved(sender: type, instance: object, **kwargs: object) -> None:
    """A page made live in code (not through publishing), renamed, deleted; a site changed."""
    if isinstance(instance, Page | Site):
        bump(PAGE_TREE)
