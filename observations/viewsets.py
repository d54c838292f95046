from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from core.viewsets import LifecycleIndexViewMixin, LifecycleViewSetMixin
from observations import templates
from observations.forms import ObservationTemplateAdminForm
from observations.models import ObservationTemplate

URL_NAMESPACE = "observation_templates"


class ObservationTemplateIndexView(LifecycleIndexViewMixin, IndexView):
    """The snippet listing, with "Make a new version" and "Publish" on each template."""


class ObservationTemplateViewSet(LifecycleViewSetMixin, SnippetViewSet):
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

    new_version_consequence = (
        "Observations made with version {version} keep it; the new version is used once it "
        "is published."
    )
    publish_consequence = (
        "Observers will choose it from now on. The version in use now is kept for the "
        "observations made with it, and marked as superseded."
    )

    def publish_version(self, version: ObservationTemplate) -> ObservationTemplate:
        return templates.template_publish(template=version)

    def make_new_version(self, version: ObservationTemplate) -> ObservationTemplate:
        return templates.template_new_version(template=version)
