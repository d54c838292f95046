from axes.models import AccessAttempt
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from people.models import AccessRecord, Team
from people.permissions import AccessRecordPermissionPolicy, TeamPermissionPolicy
from people.viewsets import (
    LockoutPermissionPolicy,
    access_record_viewset,
    lockout_viewset,
    team_viewset,
)

register_permission_policy(Team, TeamPermissionPolicy(Team))
register_permission_policy(AccessAttempt, LockoutPermissionPolicy(AccessAttempt))
register_permission_policy(AccessRecord, AccessRecordPermissionPolicy(AccessRecord))


@hooks.register("register_admin_viewset")
def register_team_viewset():
    return team_viewset


@hooks.register("register_admin_viewset")
def register_lockout_viewset():
    return lockout_viewset


@hooks.register("register_admin_viewset")
def register_access_record_viewset():
    return access_record_viewset
