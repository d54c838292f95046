from wagtail import hooks
from wagtail.permissions import register_permission_policy

from assessments.models import Framework, Statement
from assessments.permissions import FrameworkPermissionPolicy, StatementPermissionPolicy
from assessments.viewsets import FrameworkViewSetGroup

register_permission_policy(Framework, FrameworkPermissionPolicy(Framework))
register_permission_policy(Statement, StatementPermissionPolicy(Statement))


@hooks.register("register_admin_viewset")
def register_framework_viewsets():
    return FrameworkViewSetGroup()
