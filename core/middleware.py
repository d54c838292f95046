"""The Content-Security-Policy is strict everywhere (no inline script), and relaxed only where
code we do not write needs it: the Wagtail admin and the API's documentation page, and the files
of a SCORM package an editor uploaded (sandboxed: it cannot navigate the page around it).

H5P lessons need no relaxing: static/js/h5p-player.js embeds h5p-standalone as a div, not its
iframe (whose page it writes with an inline script), so the player, H5P's core, and the
activity's libraries load as script and style files from our own address under the lesson
page's strict policy. Their files, served under /learning/packages/ like a SCORM package's,
get the package policy below, but are scripts, styles and data, never pages, so it does not
apply to anything they run."""

from collections.abc import Callable

from csp.constants import SELF, UNSAFE_EVAL, UNSAFE_INLINE
from django.conf import settings
from django.http import HttpRequest, HttpResponse

RELAXED = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}
# Authoring tools write inline script and style, and some evaluate strings. The sandbox keeps the
# package's own address (so it can reach the player's SCORM API in the lesson page around it)
# but takes away navigating the top page.
PACKAGE = {
    **RELAXED,
    "script-src": [SELF, UNSAFE_INLINE, UNSAFE_EVAL],
    "media-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "sandbox": [
        "allow-scripts",
        "allow-same-origin",
        "allow-forms",
        "allow-popups",
        "allow-modals",
        "allow-downloads",
    ],
}


class RelaxedContentSecurityPolicy:
    """Must sit below csp.middleware.CSPMiddleware in MIDDLEWARE, so it marks the response
    before CSPMiddleware writes the header. Paths come from CSP_RELAXED_PATH_PREFIXES and
    CSP_PACKAGE_PATH_PREFIXES."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.prefixes = tuple(getattr(settings, "CSP_RELAXED_PATH_PREFIXES", ()))
        self.package_prefixes = tuple(getattr(settings, "CSP_PACKAGE_PATH_PREFIXES", ()))

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.prefixes and request.path.startswith(self.prefixes):
            response._csp_replace = RELAXED
        elif self.package_prefixes and request.path.startswith(self.package_prefixes):
            response._csp_replace = PACKAGE
        return response
