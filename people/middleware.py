"""The Wagtail admin answers 404 to someone signed in who may not use it.

Wagtail sends a user without admin access to the sign-in page, and our sign-in page sends a
signed-in user straight back to `next`: a redirect loop. Someone signed in does not need to
sign in again, so the admin simply is not there for them. Signed-out visitors still go to
sign in (Wagtail's own redirect), and editors reach the admin as before.
"""

from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse

from people import access


class AdminOnlyForAdminUsers:
    """Must sit below AuthenticationMiddleware in MIDDLEWARE."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.admin_prefix = reverse("wagtailadmin_home")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func: Callable, *args: object) -> None:
        if (
            request.path_info.startswith(self.admin_prefix)
            and request.user.is_authenticated
            and not access.can_use_admin(request.user)
        ):
            raise Http404
