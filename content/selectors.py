"""Reads for the resource library.

Audience and live() are applied to the queryset first, before filtering or searching, so
nothing a person may not read ever reaches a listing, a search result or a template.
"""

from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.utils import timezone
from taggit.models import Tag
from wagtail.documents.models import AbstractDocument
from wagtail.models import Page, ReferenceIndex
from wagtail.query import PageQuerySet
from wagtail.search.backends.base import BaseSearchResults

from content.models import ResourceIndexPage, ResourcePage, ResourcePageTag, audience_q
from people import access


def resources_visible_to(user: access.AnyUser) -> PageQuerySet:
    """Published resources written for any audience `user` belongs to."""
    audiences = access.audiences_of(user)
    if not audiences:
        return ResourcePage.objects.none()
    return ResourcePage.objects.live().filter(audience_q(audiences))


def resource_search(
    user: access.AnyUser,
    *,
    query: str = "",
    audience: str = "",
    kind: str = "",
    tag: str = "",
    within: Page | None = None,
) -> PageQuerySet | BaseSearchResults:
    """The library's listing: filters narrow what `user` may read; a query ranks by relevance.

    Uses Wagtail search (the database backend: SQLite FTS5 or PostgreSQL full text) on a
    queryset already limited to what the user may see.
    """
    resources = resources_visible_to(user)
    if within is not None:
        resources = resources.descendant_of(within)
    if audience:
        resources = resources.filter(audience_q({audience}))
    if kind:
        resources = resources.filter(kind=kind)
    if tag:
        tagged = ResourcePageTag.objects.filter(tag__slug=tag).values_list(
            "content_object_id", flat=True
        )
        resources = resources.filter(pk__in=list(tagged))
    resources = resources.prefetch_related("tagged_items__tag", "easy_read_versions")
    if query:
        return resources.search(query)
    return resources.order_by("title")


def resource_tags_visible_to(user: access.AnyUser) -> QuerySet[Tag]:
    """Tags used on resources `user` may read: the tag filter offers no others."""
    return (
        Tag.objects.filter(
            content_resourcepagetag_items__content_object__in=resources_visible_to(user)
        )
        .distinct()
        .order_by("name")
    )


def latest_resources_for(user: access.AnyUser, limit: int = 6) -> list[ResourcePage]:
    return list(resources_visible_to(user).order_by("-first_published_at", "title")[:limit])


def resource_library() -> Page | None:
    """The live resource library page, if there is one."""
    return ResourceIndexPage.objects.live().order_by("path").first()


def resources_due_for_review(on: date | None = None) -> PageQuerySet:
    """Resources whose review-by date has passed, oldest first, for editors."""
    on = on or timezone.localdate()
    return ResourcePage.objects.filter(review_by__lt=on).order_by("review_by", "title")


def document_is_visible_to(user: access.AnyUser, document: AbstractDocument) -> bool:
    """A document used on resources follows their audiences; other documents need sign-in only.

    Editors see every document. Anyone else may download a document used on a resource
    only if they may read at least one published resource that uses it.
    """
    if access.can_edit_content(user):
        return True
    resource_type = ContentType.objects.get_for_model(ResourcePage)
    used_on = set(
        ReferenceIndex.get_references_to(document)
        .filter(content_type=resource_type)
        .values_list("object_id", flat=True)
    )
    if not used_on:
        return True
    return resources_visible_to(user).filter(pk__in=[int(pk) for pk in used_on]).exists()
