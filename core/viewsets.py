"""Admin views for the version lifecycle (core.lifecycle), shared by every versioned model.

A ModelViewSet or SnippetViewSet of a Versioned model takes LifecycleViewSetMixin and its
index view takes LifecycleIndexViewMixin: the listing offers "Make a new version" and, on
drafts, "Publish"; each asks the editor to confirm, then calls the app's service.
"""

from collections.abc import Callable
from typing import Any

from django.contrib.admin.utils import quote
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import URLPattern, path, reverse
from django.utils.functional import cached_property
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import ListingButton

from core.lifecycle import Versioned

# Making a version or publishing one is allowed to those who may add versions.
LIFECYCLE_PERMISSION = "add"


class LifecycleActionView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Confirm, then take one lifecycle step on one version; refusals come back as messages."""

    model: type[models.Model] | None = None
    index_url_name: str | None = None
    permission_required = LIFECYCLE_PERMISSION
    template_name = "core/admin/lifecycle_action.html"
    # Set by the viewset: the app's service for this step, and what it means for records.
    operation: Callable[[Versioned], Versioned] | None = None
    consequence = ""
    question = ""

    @cached_property
    def object(self) -> Versioned:
        return get_object_or_404(self.model._default_manager, pk=self.kwargs["pk"])

    def get_page_subtitle(self) -> str:
        return str(self.object)

    def get_breadcrumbs_items(self) -> list:
        """A confirmation, like Wagtail's delete view: no trail to wander off along."""
        return []

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        context.update(
            object=self.object,
            question=self.question,
            consequence=self.consequence.format(version=self.object.version),
            submit_label=self.page_title,
            index_url=reverse(self.index_url_name),
        )
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            result = self.operation(self.object)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, self.success_message(result))
        return redirect(self.index_url_name)

    def success_message(self, result: Versioned) -> str:
        raise NotImplementedError


class PublishView(LifecycleActionView):
    page_title = "Publish"
    question = "Publish"

    def success_message(self, result: Versioned) -> str:
        return f"{result} published."


class NewVersionView(LifecycleActionView):
    page_title = "Make a new version"
    question = "Make a new draft version of"

    def success_message(self, result: Versioned) -> str:
        return f"Version {result.version} of {result.name} made as a draft. Edit it, then publish."


class LifecycleIndexViewMixin:
    """Listing buttons for the lifecycle steps, for editors who may take them."""

    new_version_url_name: str | None = None
    publish_url_name: str | None = None

    def get_list_more_buttons(self, instance: Versioned) -> list:
        buttons = super().get_list_more_buttons(instance)
        if not self.user_has_permission(LIFECYCLE_PERMISSION):
            return buttons
        buttons.append(
            ListingButton(
                "Make a new version",
                url=reverse(self.new_version_url_name, args=[quote(instance.pk)]),
                icon_name="copy",
                priority=25,
            )
        )
        if instance.is_draft:
            buttons.append(
                ListingButton(
                    "Publish",
                    url=reverse(self.publish_url_name, args=[quote(instance.pk)]),
                    icon_name="upload",
                    priority=26,
                )
            )
        return buttons


class LifecycleViewSetMixin:
    """Publish and new-version views for a viewset of a Versioned model.

    The viewset implements publish_version and make_new_version by calling its app's
    services (which hold the checks), and says what each step means for the records that
    point at a version; `{version}` in the text is the version's number.
    """

    publish_view_class = PublishView
    new_version_view_class = NewVersionView
    publish_consequence = ""
    new_version_consequence = ""

    def publish_version(self, version: Versioned) -> Versioned:
        raise NotImplementedError

    def make_new_version(self, version: Versioned) -> Versioned:
        raise NotImplementedError

    def get_common_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_common_view_kwargs(
            publish_url_name=self.get_url_name("publish"),
            new_version_url_name=self.get_url_name("new_version"),
            **kwargs,
        )

    @property
    def publish_view(self) -> Callable[..., HttpResponse]:
        return self.construct_view(
            self.publish_view_class,
            operation=self.publish_version,
            consequence=self.publish_consequence,
        )

    @property
    def new_version_view(self) -> Callable[..., HttpResponse]:
        return self.construct_view(
            self.new_version_view_class,
            operation=self.make_new_version,
            consequence=self.new_version_consequence,
        )

    def get_urlpatterns(self) -> list[URLPattern]:
        conv = self.pk_path_converter
        return [
            *super().get_urlpatterns(),
            path(f"<{conv}:pk>/new-version/", self.new_version_view, name="new_version"),
            path(f"<{conv}:pk>/publish/", self.publish_view, name="publish"),
        ]
