from wagtail import hooks
from wagtail.permissions import register_permission_policy

from people.models import Team
from people.permissions import TeamPermissionPolicy
from people.viewsets import team_viewset

register_permission_policy(Team, TeamPermissionPolicy(Team))


@hooks.register("register_admin_viewset")
def register_team_viewset():
    return team_viewset
