"""Reads for the resource library, and what lists of lessons need from the page tree.

Audience and live() are applied to the queryset first, before filtering or searching, so
nothing a person may not read ever reaches a listing, a search result or a template.
"""

from collections import Counter
from datetime import date

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page, ReferenceIndex
from wagtail.query import PageQuerySet
from wagtail.search.backends.base import BaseSearchResults

from content.models import LessonPage, ResourceIndexPage, ResourcePage, ResourcePageTag, audience_q
from content.models.learning_pages import count_block_types
from core.cache import cached
from people import access

# The page tree (what is live, and where) changes when an editor publishes, unpublishes,
# moves or deletes a page: values read from it are cached (core/cache.py), and
# content/signal_handlers.py renews this namespace on every such change.
PAGE_TREE = "page-tree"


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


def resource_library_url(request: HttpRequest) -> str:
    """The library's address as seen from this request's site ("" without one), cached."""

    def build() -> str:
        library = resource_library()
        return (library.get_url(request) or "") if library else ""

    return cached(PAGE_TREE, f"resource-library-url:{request.get_host()}", build)


def lesson_block_counts() -> dict[int, Counter]:
    """Every live lesson's blocks counted by type (question, reflection, ...), cached.

    A module's list of lessons needs only these counts, not the lesson bodies, which are the
    bulk of a page row; publishing or saving any page renews them."""

    def build() -> dict[int, Counter]:
        return {
            pk: count_block_types(body)
            for pk, body in LessonPage.objects.live().values_list("pk", "body")
        }

    return cached(PAGE_TREE, "lesson-block-counts", build)


def resources_due_for_review(on: date | None = None) -> PageQuerySet:
    """Resources whose review-by date has passed, oldest first, for editors."""
    on = on or timezone.localdate()
    return ResourcePage.objects.filter(review_by__lt=on).order_by("review_by", "title")


def pages_using(obj: models.Model) -> list[Page]:
    """Live pages whose content uses `obj` (a document or an image), from Wagtail's reference
    index; a reference from a page's child object (an easy-read version) counts for the page."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    return list(Page.objects.live().filter(pk__in=[int(pk) for pk in ids]).specific())


def media_is_visible_to(user: access.AnyUser, obj: models.Model) -> bool:
    """A document or image follows the pages that use it: anyone who may read one of them.

    Editors see everything (they upload before they use). For anyone else, something on no
    live page, or only on pages they may not read, does not exist.
    """
    if access.can_edit_content(user):
        return True
    return any(page.can_be_read_by(user) for page in pages_using(obj))
