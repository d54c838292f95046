from axes.models import AccessAttempt
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from people.models import AccessRecord, SingleSignOnIdentity, Team
from people.permissions import AccessRecordPermissionPolicy, TeamPermissionPolicy
from people.viewsets import (
    LockoutPermissionPolicy,
    access_record_viewset,
    lockout_viewset,
    sso_identity_viewset,
    team_viewset,
)

register_permission_policy(Team, TeamPermissionPolicy(Team))
register_permission_policy(AccessAttempt, LockoutPermissionPolicy(AccessAttempt))
register_permission_policy(AccessRecord, AccessRecordPermissionPolicy(AccessRecord))
# Like lockouts: seen and deleted by superusers, never added or edited by hand.
register_permission_policy(SingleSignOnIdentity, LockoutPermissionPolicy(SingleSignOnIdentity))


@hooks.register("register_admin_viewset")
def register_team_viewset():
    return team_viewset


@hooks.register("register_admin_viewset")
def register_lockout_viewset():
    return lockout_viewset


@hooks.register("register_admin_viewset")
def register_access_record_viewset():
    return access_record_viewset


@hooks.register("register_admin_viewset")
def register_sso_identity_viewset():
    return sso_identity_viewset
