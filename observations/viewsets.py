from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from observations import services
from observations.enums import TemplateStatus
from observations.forms import ObservationTemplateAdminForm
from observations.models import ObservationTemplate

URL_NAMESPACE = "observation_templates"


class ObservationTemplateIndexView(IndexView):
    def get_list_more_buttons(self, instance: ObservationTemplate) -> list:
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm("observations.add_observationtemplate"):
            buttons.append(
                ListingButton(
                    "Make a new version",
                    url=reverse(f"{URL_NAMESPACE}:new_version", args=[instance.pk]),
                    icon_name="copy",
                    priority=25,
                )
            )
            if instance.status == TemplateStatus.DRAFT:
                buttons.append(
                    ListingButton(
                        "Publish",
                        url=reverse(f"{URL_NAMESPACE}:publish", args=[instance.pk]),
                        icon_name="upload",
                        priority=26,
                    )
                )
        return buttons


def template_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Confirm, then make a new version of a template or publish a draft."""
    if not request.user.has_perm("observations.add_observationtemplate"):
        raise PermissionDenied
    template = get_object_or_404(ObservationTemplate, pk=pk)
    if request.method == "POST":
        try:
            if action == "new_version":
                result = services.template_new_version(template=template)
                messages.success(
                    request,
                    f"Version {result.version} of {result.name} made as a draft. "
                    "Edit it, then publish.",
                )
            else:
                result = services.template_publish(template=template)
                messages.success(request, f"{result} published.")
        except ValidationError as error:
            messages.error(request, error.messages[0])
        return redirect(f"{URL_NAMESPACE}:list")
    return TemplateResponse(
        request,
        "observations/admin/template_action.html",
        {
            "template": template,
            "action": action,
            "page_title": template.name,
            "index_url": reverse(f"{URL_NAMESPACE}:list"),
        },
    )


class ObservationTemplateViewSet(SnippetViewSet):
    model = ObservationTemplate
    url_namespace = URL_NAMESPACE
    url_prefix = "observation-templates"
    icon = "clipboard-list"
    menu_label = "Observation templates"
    menu_order = 270
    add_to_admin_menu = True
    index_view_class = ObservationTemplateIndexView
    # The rating scale is edited as lines of text, not raw JSON.
    edit_handler = ObjectList(
        ObservationTemplate.panels, base_form_class=ObservationTemplateAdminForm
    )
    list_display = [
        "name",
        "version",
        Column("get_status_display", label="Status"),
        Column(
            "fits", label="Meeting types", accessor=lambda t: ", ".join(t.meeting_type_labels())
        ),
    ]
    list_filter = ["status", "code"]
    search_fields = ["name", "code"]
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_urlpatterns(self) -> list:
        return [
            *super().get_urlpatterns(),
            path(
                "<int:pk>/new-version/",
                template_action,
                {"action": "new_version"},
                name="new_version",
            ),
            path("<int:pk>/publish/", template_action, {"action": "publish"}, name="publish"),
        ]
