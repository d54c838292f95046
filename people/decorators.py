from collections.abc import Callable
from functools import wraps

from django.http import Http404, HttpRequest, HttpResponse

from people import access


def staff_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Staff pages answer 404 to anyone without an active staff role (DESIGN.md: deny by default).

    Sign-in itself is required everywhere by LoginRequiredMiddleware.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not access.is_staff_member(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def team_leader_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not access.is_team_leader(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def reviewer_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The review pages: team leaders, and service managers (who decide on team leaders)."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not access.can_review(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def team_viewer_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Team-wide pages: team leaders and service managers."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not (access.is_team_leader(request.user) or access.is_service_manager(request.user)):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper
