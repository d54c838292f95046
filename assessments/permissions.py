from wagtail.permission_policies import ModelPermissionPolicy

from assessments.models import Framework, Statement


class FrameworkPermissionPolicy(ModelPermissionPolicy):
    """A framework with evidence or decisions against it is never edited in place."""

    def user_has_permission_for_instance(self, user, action: str, instance: Framework) -> bool:
        if action in {"change", "delete"} and instance.is_frozen():
            return False
        if action == "delete" and instance.has_records():
            return False
        return super().user_has_permission_for_instance(user, action, instance)


class StatementPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action: str, instance: Statement) -> bool:
        framework = instance.domain.level.framework
        if action in {"change", "delete"} and framework.is_frozen():
            return False
        if action == "delete" and instance.decisions.exists():
            return False
        return super().user_has_permission_for_instance(user, action, instance)
