"""Start and callback of single sign-on, and the page that says why one was refused.

Both answer 404 when single sign-on is off. They are reachable signed out, like the
sign-in page they belong to.
"""

from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.decorators import method_decorator
from mozilla_django_oidc.views import OIDCAuthenticationCallbackView, OIDCAuthenticationRequestView

from people import throttling
from people.sso import provider as sso_provider
from people.sso.backend import SSO_REQUEST_FLAG

# Reason → HTTP status of the refusal page (templates/people/sso_refused.html words each).
REFUSAL_STATUS = {
    "closed": 403,
    "no_access": 403,
    "locked": 429,
    "unverified_email": 403,
    "several_accounts": 409,
    "not_verified": 400,
    "not_completed": 400,
    "unavailable": 502,
}


def refused(request: HttpRequest, reason: str) -> HttpResponse:
    reason = reason if reason in REFUSAL_STATUS else "not_completed"
    context = {"reason": reason, "locked_until": None}
    if reason == "locked":
        context["locked_until"] = throttling.lockout_ends(
            getattr(request, "sso_locked_username", ""), getattr(request, "axes_ip_address", None)
        )
    return render(request, "people/sso_refused.html", context, status=REFUSAL_STATUS[reason])


@method_decorator(login_not_required, name="dispatch")
class SignInStartView(OIDCAuthenticationRequestView):
    """Sends the browser to the provider, with state, nonce and PKCE kept in the session."""

    def __init__(self, **kwargs: object) -> None:
        # The library reads settings here; the endpoint is looked up per request instead.
        super(OIDCAuthenticationRequestView, self).__init__(**kwargs)
        self.OIDC_RP_CLIENT_ID = self.get_settings("OIDC_RP_CLIENT_ID")

    def get(self, request: HttpRequest) -> HttpResponse:
        if not sso_provider.is_enabled():
            raise Http404
        try:
            self.OIDC_OP_AUTH_ENDPOINT = sso_provider.provider().authorization_endpoint
        except sso_provider.ProviderUnavailable:
            return refused(request, "unavailable")
        return super().get(request)


@method_decorator(login_not_required, name="dispatch")
class SignInCallbackView(OIDCAuthenticationCallbackView):
    """The provider sends the browser back here with a code, or an error."""

    def get(self, request: HttpRequest) -> HttpResponse:
        if not sso_provider.is_enabled():
            raise Http404
        setattr(request, SSO_REQUEST_FLAG, True)
        if request.GET.get("code") and "oidc_states" not in request.session:
            return refused(request, "not_verified")
        try:
            return super().get(request)
        except SuspiciousOperation:
            # A state this browser did not start: an old tab, or a forged link.
            return refused(request, "not_verified")

    @property
    def failure_url(self) -> str:
        return ""

    def login_failure(self) -> HttpResponse:
        return refused(self.request, getattr(self.request, "sso_refusal", "not_completed"))
