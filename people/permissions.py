from django.db.models import QuerySet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.base import BasePermissionPolicy

from people import access
from people.models import Team, User


class TeamPermissionPolicy(ModelPermissionPolicy):
    """Team admin: the group grants the action, the access module narrows it to teams.

    Superusers manage every team; a team leader manages the teams they lead; a service
    manager may view every team. Creating and deleting teams is left to superusers.
    """

    def user_has_permission_for_instance(self, user: User, action: str, instance: Team) -> bool:
        if not self.user_has_permission(user, action):
            return False
        if user.is_superuser:
            return True
        if action == "view":
            return access.can_view_team(user, instance)
        return access.can_manage_team(user, instance)

    def instances_user_has_any_permission_for(
        self, user: User, actions: list[str]
    ) -> QuerySet[Team]:
        from people.selectors import teams_visible_to

        if not self.user_has_any_permission(user, actions):
            return Team.objects.none()
        if user.is_superuser:
            return Team.objects.all()
        if "view" in actions:
            return teams_visible_to(user)
        return Team.objects.filter(pk__in=access.led_team_ids(user))


class AccessRecordPermissionPolicy(BasePermissionPolicy):
    """The access log in the admin: viewed by superusers (access.can_view_access_log), and
    by nobody added to, changed or deleted, whatever permissions a group is given."""

    def user_has_permission(self, user: User, action: str) -> bool:
        return action == "view" and access.can_view_access_log(user)

    def users_with_any_permission(self, actions: list[str]) -> QuerySet[User]:
        if "view" not in actions:
            return User.objects.none()
        return User.objects.filter(is_active=True, is_superuser=True)
