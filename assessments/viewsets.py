from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import ListingButton

from assessments import services
from assessments.enums import FrameworkStatus
from assessments.models import Framework, Statement


class FrameworkIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance: Framework) -> list:
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ListingButton(
                "Statements",
                url=reverse("framework_statements:index") + f"?framework={instance.pk}",
                icon_name="list-ul",
                priority=15,
            )
        )
        if self.request.user.has_perm("assessments.add_framework"):
            buttons.append(
                ListingButton(
                    "Make a new version",
                    url=reverse("frameworks:new_version", args=[instance.pk]),
                    icon_name="copy",
                    priority=25,
                )
            )
            if instance.status == FrameworkStatus.DRAFT:
                buttons.append(
                    ListingButton(
                        "Publish",
                        url=reverse("frameworks:publish", args=[instance.pk]),
                        icon_name="upload",
                        priority=26,
                    )
                )
        return buttons


def framework_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Confirm, then make a new version of a framework or publish a draft."""
    if not request.user.has_perm("assessments.add_framework"):
        raise PermissionDenied
    framework = get_object_or_404(Framework, pk=pk)
    if request.method == "POST":
        try:
            if action == "new_version":
                result = services.framework_new_version(framework=framework)
                messages.success(
                    request,
                    f"Version {result.version} of {result.name} made as a draft. "
                    "Edit it, then publish.",
                )
            else:
                result = services.framework_publish(framework=framework)
                messages.success(request, f"{result} published.")
        except ValidationError as error:
            messages.error(request, error.messages[0])
        return redirect("frameworks:index")
    return TemplateResponse(
        request,
        "assessments/admin/framework_action.html",
        {"framework": framework, "action": action, "page_title": framework.name},
    )


class FrameworkViewSet(ModelViewSet):
    model = Framework
    icon = "list-ol"
    menu_label = "Frameworks"
    index_view_class = FrameworkIndexView
    list_display = [
        "name",
        "version",
        Column("get_status_display", label="Status"),
        "applies_to_role",
    ]
    list_filter = ["status", "code"]
    search_fields = ["name", "code"]
    copy_view_enabled = False
    inspect_view_enabled = True
    panels = [
        MultiFieldPanel(
            [FieldPanel("code"), FieldPanel("name"), FieldPanel("applies_to_role")],
            heading="Framework",
        ),
        FieldPanel("job_title"),
        FieldPanel("grade"),
        FieldPanel("duties"),
        FieldPanel("source"),
    ]

    def get_urlpatterns(self) -> list:
        return [
            *super().get_urlpatterns(),
            path(
                "<int:pk>/new-version/",
                framework_action,
                {"action": "new_version"},
                name="new_version",
            ),
            path("<int:pk>/publish/", framework_action, {"action": "publish"}, name="publish"),
        ]


class StatementIndexView(generic.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("domain__level__framework")
        framework = self.request.GET.get("framework", "")
        if framework.isdigit():
            queryset = queryset.filter(domain__level__framework_id=int(framework))
        return queryset


class StatementViewSet(ModelViewSet):
    model = Statement
    icon = "tick-inverse"
    menu_label = "Statements"
    index_view_class = StatementIndexView
    list_display = [
        "code",
        "text",
        Column("domain", label="Domain"),
        Column(
            "framework_label", label="Framework", accessor=lambda s: str(s.domain.level.framework)
        ),
    ]
    search_fields = ["code", "text"]
    copy_view_enabled = False
    inspect_view_enabled = False
    panels = [FieldPanel("domain"), FieldPanel("code"), FieldPanel("text"), FieldPanel("order")]


class FrameworkViewSetGroup(ModelViewSetGroup):
    menu_label = "Frameworks"
    menu_icon = "list-ol"
    menu_order = 260
    items = [FrameworkViewSet("frameworks"), StatementViewSet("framework_statements")]
