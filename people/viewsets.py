from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from people.models import Team


class TeamQuerysetMixin:
    """Only the teams this user may see exist for them: others answer 404."""

    def get_base_queryset(self) -> QuerySet[Team]:
        today = timezone.localdate()
        active = Q(memberships__start_date__lte=today) & (
            Q(memberships__end_date__isnull=True) | Q(memberships__end_date__gte=today)
        )
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view", "change"]
        ).annotate(active_members=Count("memberships__user", filter=active, distinct=True))


class TeamIndexView(TeamQuerysetMixin, generic.IndexView):
    pass


class TeamEditView(generic.EditView):
    def get_queryset(self) -> QuerySet[Team]:
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["change", "view"]
        )


class TeamViewSet(ModelViewSet):
    model = Team
    icon = "group"
    menu_label = "Teams"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = TeamIndexView
    edit_view_class = TeamEditView
    list_display = ["name", "service", Column("active_members", label="Active members")]
    search_fields = ["name", "service"]
    inspect_view_enabled = False
    copy_view_enabled = False


team_viewset = TeamViewSet("teams")
