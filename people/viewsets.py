from axes.models import AccessAttempt
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from people.models import Team, User


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


class LockoutPermissionPolicy(ModelPermissionPolicy):
    """Lockouts are seen and lifted by superusers; nobody adds or edits one by hand."""

    def user_has_permission(self, user: User, action: str) -> bool:
        return user.is_active and user.is_superuser and action in {"view", "delete"}

    def user_has_any_permission(self, user: User, actions: list[str]) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


class LockoutIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet:
        return super().get_base_queryset().filter(failures_since_start__gt=0)


class LockoutViewSet(ModelViewSet):
    """Sign-in lockouts (django-axes): deleting a row unlocks that username at that address."""

    model = AccessAttempt
    icon = "lock-open"
    menu_label = "Sign-in lockouts"
    add_to_settings_menu = True
    index_view_class = LockoutIndexView
    list_display = [
        "username",
        "ip_address",
        Column("failures_since_start", label="Failed attempts"),
        Column("attempt_time", label="Last attempt"),
    ]
    search_fields = ["username", "ip_address"]
    form_fields = ["username"]
    inspect_view_enabled = False
    copy_view_enabled = False


lockout_viewset = LockoutViewSet("sign-in-lockouts")
