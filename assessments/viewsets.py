from django.db.models import QuerySet
from django.urls import reverse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets import ListingButton

from assessments import frameworks
from assessments.models import Framework, Statement
from assessments.pickers import DomainSelect
from core.frozen_forms import FrozenNoticePanel, FrozenReadOnlyAdminForm
from core.viewsets import LifecycleIndexViewMixin, LifecycleViewSetMixin


class FrameworkIndexView(LifecycleIndexViewMixin, generic.IndexView):
    """The framework listing: the lifecycle buttons, and a link to each one's statements."""

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
        return buttons


class FrameworkViewSet(LifecycleViewSetMixin, ModelViewSet):
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
    edit_handler = ObjectList(
        [
            FrozenNoticePanel(),
            MultiFieldPanel(
                [FieldPanel("code"), FieldPanel("name"), FieldPanel("applies_to_role")],
                heading="Framework",
            ),
            FieldPanel("job_title"),
            FieldPanel("grade"),
            FieldPanel("duties"),
            FieldPanel("source"),
        ],
        base_form_class=FrozenReadOnlyAdminForm,
    )
    new_version_consequence = (
        "Evidence and decisions stay with version {version}; the new version starts empty "
        "until it is published."
    )
    publish_consequence = (
        "The version now in use will be kept and marked as superseded. New evidence will be "
        "added against this version."
    )

    def publish_version(self, version: Framework) -> Framework:
        return frameworks.framework_publish(framework=version)

    def make_new_version(self, version: Framework) -> Framework:
        return frameworks.framework_new_version(framework=version)


class StatementIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet[Statement]:
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
    edit_handler = ObjectList(
        [
            FrozenNoticePanel(),
            FieldPanel("domain", widget=DomainSelect),
            FieldPanel("code"),
            FieldPanel("text"),
            FieldPanel("order"),
        ],
        base_form_class=FrozenReadOnlyAdminForm,
    )


class FrameworkViewSetGroup(ModelViewSetGroup):
    menu_label = "Frameworks"
    menu_icon = "list-ol"
    menu_order = 260
    items = [FrameworkViewSet("frameworks"), StatementViewSet("framework_statements")]
