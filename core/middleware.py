"""The Content-Security-Policy is strict everywhere (no inline script), and relaxed only where
code we do not write needs it: the Wagtail admin and the API's documentation page."""

from collections.abc import Callable

from csp.constants import SELF, UNSAFE_INLINE
from django.conf import settings
from django.http import HttpRequest, HttpResponse

RELAXED = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}


class RelaxedContentSecurityPolicy:
    """Must sit below csp.middleware.CSPMiddleware in MIDDLEWARE, so it marks the response
    before CSPMiddleware writes the header. Paths come from CSP_RELAXED_PATH_PREFIXES."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.prefixes = tuple(getattr(settings, "CSP_RELAXED_PATH_PREFIXES", ()))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.prefixes and request.path.startswith(self.prefixes):
            response._csp_replace = RELAXED
        return response
