from django.http import HttpRequest

from people import access


def roles(request: HttpRequest) -> dict:
    """What the navigation needs to know about the signed-in person."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav": {}}
    return {
        "nav": {
            "is_staff_member": access.is_staff_member(user),
            "is_community_member": access.is_community_member(user),
            "is_team_leader": access.is_team_leader(user),
            "is_service_manager": access.is_service_manager(user),
            "is_coordinator": access.is_coordinator(user),
            "can_use_admin": user.has_perm("wagtailadmin.access_admin"),
        }
    }
