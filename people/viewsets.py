import django_filters
from axes.models import AccessAttempt
from django.db.models import Count, QuerySet
from django.urls import URLPattern, path
from django.utils import timezone
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from people.enums import AccessKind
from people.models import AccessRecord, SingleSignOnIdentity, Team, User, membership_in_force


class TeamQuerysetMixin:
    """Only the teams this user may see exist for them: others answer 404."""

    def get_base_queryset(self) -> QuerySet[Team]:
        active = membership_in_force(timezone.localdate(), "memberships__")
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


class AccessRecordFilterSet(WagtailFilterSet):
    """What, when (a date range: the default for a date-time is one exact moment), who
    looked and whose records."""

    kind = django_filters.ChoiceFilter(label="What", choices=AccessKind.choices)
    at = django_filters.DateFromToRangeFilter(label="When", widget=DateRangePickerWidget)
    viewer = django_filters.ModelChoiceFilter(label="Who looked", queryset=User.objects.all())
    subject = django_filters.ModelChoiceFilter(label="Whose records", queryset=User.objects.all())

    class Meta:
        model = AccessRecord
        fields = ["kind", "at", "viewer", "subject"]


class AccessRecordIndexView(generic.IndexView):
    """Newest first, with both names fetched in the listing's one query."""

    def get_base_queryset(self) -> QuerySet[AccessRecord]:
        return super().get_base_queryset().select_related("viewer", "subject")


class AccessRecordViewSet(ModelViewSet):
    """Who looked at whose records (people.AccessRecord): read-only, filtered by what, when,
    who looked and whose records. Its permission policy refuses every write."""

    model = AccessRecord
    icon = "view"
    menu_label = "Access log"
    menu_order = 900
    add_to_admin_menu = True
    index_view_class = AccessRecordIndexView
    list_display = [
        Column("at", label="When", sort_key="at"),
        Column("viewer", label="Who looked"),
        Column("subject", label="Whose records"),
        Column("kind", label="What", accessor="get_kind_display"),
        Column("object_id", label="Record number"),
        Column("path", label="Page"),
    ]
    filterset_class = AccessRecordFilterSet
    default_ordering = "-at"
    list_per_page = 50
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_urlpatterns(self) -> list[URLPattern]:
        """The listing only: there is no page that adds, changes or deletes a record."""
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]


access_record_viewset = AccessRecordViewSet("access_log")


class SingleSignOnIdentityIndexView(generic.IndexView):
    def get_base_queryset(self) -> QuerySet[SingleSignOnIdentity]:
        return super().get_base_queryset().select_related("user")


class SingleSignOnIdentityViewSet(ModelViewSet):
    """Who signs in as whom through the organisation (people/sso/): superusers see the links
    and delete a wrong one; the person's next single sign-on is then matched afresh."""

    model = SingleSignOnIdentity
    icon = "link"
    menu_label = "Single sign-on links"
    add_to_settings_menu = True
    index_view_class = SingleSignOnIdentityIndexView
    list_display = [
        Column("user", label="Person"),
        Column("issuer", label="Provider"),
        Column("subject", label="Their id there"),
        Column("created_at", label="First sign-in"),
        Column("last_sign_in_at", label="Last sign-in"),
    ]
    form_fields = ["user"]
    list_per_page = 50
    inspect_view_enabled = False
    copy_view_enabled = False


sso_identity_viewset = SingleSignOnIdentityViewSet("sso-identities")
