"""Editors' admin additions: the "Resources overdue for review" report, and the rule that a
document is served only to someone who may read a page that uses it."""

from collections.abc import Callable

from django.http import Http404, HttpRequest
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.documents.models import AbstractDocument
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.query import PageQuerySet

from content.models import ResourcePage
from content.selectors import media_is_visible_to, resources_due_for_review

EDITOR_ACTIONS = ["add", "change", "publish"]


def _date(name: str) -> Callable[[ResourcePage], str]:
    def display(resource: ResourcePage) -> str:
        return date_format(getattr(resource, name), "j M Y")

    return display


class ResourcesDueForReviewView(ReportView):
    """Resources whose review-by date has passed, oldest first, among pages the editor edits."""

    page_title = "Resources overdue for review"
    header_icon = "time"
    index_url_name = "content_resources_due_for_review"
    index_results_url_name = "content_resources_due_for_review_results"
    any_permission_required = EDITOR_ACTIONS
    permission_policy = PagePermissionPolicy()
    model = ResourcePage
    verbose_name = "resource"
    verbose_name_plural = "resources overdue for review"
    columns = [
        TitleColumn("title", label="Resource", url_name="wagtailadmin_pages:edit"),
        Column("review_by", label="Review by", accessor=_date("review_by")),
        Column("last_reviewed", label="Last reviewed", accessor=_date("last_reviewed")),
        Column("kind", label="Kind", accessor="get_kind_display"),
        LiveStatusTagColumn(),
    ]
    list_export = ["title", "review_by", "last_reviewed", "get_kind_display", "live"]
    export_headings = {
        "review_by": "Review by",
        "last_reviewed": "Last reviewed",
        "get_kind_display": "Kind",
    }

    def get_filename(self) -> str:
        return f"resources-overdue-for-review-{timezone.localdate():%Y-%m-%d}"

    def get_base_queryset(self) -> PageQuerySet:
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return resources_due_for_review().filter(pk__in=editable.values("pk"))


class ResourcesDueForReviewMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return PagePermissionPolicy().user_has_any_permission(request.user, EDITOR_ACTIONS)


@hooks.register("register_admin_urls")
def register_resource_review_urls() -> list:
    return [
        path(
            "reports/resources-due-for-review/",
            ResourcesDueForReviewView.as_view(),
            name="content_resources_due_for_review",
        ),
        path(
            "reports/resources-due-for-review/results/",
            ResourcesDueForReviewView.as_view(results_only=True),
            name="content_resources_due_for_review_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_resource_review_menu_item() -> MenuItem:
    return ResourcesDueForReviewMenuItem(
        "Resources overdue for review",
        reverse("content_resources_due_for_review"),
        name="resources-due-for-review",
        icon_name="time",
        order=1150,
    )


@hooks.register("before_serve_document")
def check_document_audience(document: AbstractDocument, request: HttpRequest) -> None:
    """A document is served only to someone who may read a live page that uses it."""
    if not media_is_visible_to(request.user, document):
        raise Http404
