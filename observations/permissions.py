from wagtail.permission_policies import ModelPermissionPolicy

from observations.models import ObservationTemplate


class ObservationTemplatePermissionPolicy(ModelPermissionPolicy):
    """A template an observation has used is never edited or deleted in place."""

    def user_has_permission_for_instance(
        self, user, action: str, instance: ObservationTemplate
    ) -> bool:
        if action in {"change", "delete"} and instance.is_frozen():
            return False
        if action == "delete" and instance.next_versions.exists():
            return False
        return super().user_has_permission_for_instance(user, action, instance)
