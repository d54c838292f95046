"""The authentication backend for single sign-on: mozilla-django-oidc's code flow (state,
nonce, PKCE, signature), with what we add to it:

- the provider's endpoints from settings or discovery (people/sso/provider.py);
- the ID token must come from the configured issuer, be for this client (`aud`) and carry
  an expiry, which the library leaves unchecked;
- the claims are the ID token's (where Entra ID and Keycloak put groups and roles) with the
  userinfo endpoint's added, which must be for the same `sub`;
- the person is found, made and updated by the claims rule (people/sso/services.py), and a
  refusal is kept on the request (`sso_refusal`) for the callback page to explain.
"""

import logging

import jwt
import requests
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.core.exceptions import SuspiciousOperation
from django.http import HttpRequest
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from people import throttling
from people.models import User
from people.sso import provider as sso_provider
from people.sso.services import SignInRefused, sign_in_with_claims

LOGGER = logging.getLogger(__name__)
SSO_REQUEST_FLAG = "sso_sign_in"


def is_sso_attempt(request: HttpRequest, credentials: dict | None) -> bool:
    """django-axes: the callback's own attempt (no username) is not a password guess."""
    return bool(getattr(request, SSO_REQUEST_FLAG, False)) and not (credentials or {}).get(
        "username"
    )


def refuse(request: HttpRequest, reason: str) -> None:
    request.sso_refusal = reason


class SingleSignOnBackend(OIDCAuthenticationBackend):
    """Signs in only on the callback view (which flags the request), and only when on."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        # The library reads its endpoints here; ours are read per sign-in instead, so an
        # unconfigured site (the demo, the tests) can still list this backend.
        self.UserModel = User

    def authenticate(self, request: HttpRequest | None, **kwargs: object) -> User | None:
        if request is None or not getattr(request, SSO_REQUEST_FLAG, False):
            return None
        if not sso_provider.is_enabled() or "nonce" not in kwargs:
            return None
        try:
            self.provider = sso_provider.provider()
            self._configure(self.provider)
            return super().authenticate(request, **kwargs)
        except sso_provider.ProviderUnavailable as error:
            LOGGER.warning("Single sign-on: %s", error)
            refuse(request, "unavailable")
        except requests.RequestException as error:
            LOGGER.warning("Single sign-on: the provider did not answer as expected: %s", error)
            refuse(request, "unavailable")
        except (SuspiciousOperation, jwt.InvalidTokenError) as error:
            LOGGER.warning("Single sign-on: the ID token was refused: %s", error)
            refuse(request, "not_verified")
        return None

    def _configure(self, provider: sso_provider.Provider) -> None:
        self.OIDC_OP_TOKEN_ENDPOINT = provider.token_endpoint
        self.OIDC_OP_USER_ENDPOINT = provider.userinfo_endpoint
        self.OIDC_OP_JWKS_ENDPOINT = provider.jwks_uri
        self.OIDC_RP_CLIENT_ID = self.get_settings("OIDC_RP_CLIENT_ID")
        self.OIDC_RP_CLIENT_SECRET = self.get_settings("OIDC_RP_CLIENT_SECRET")
        self.OIDC_RP_SIGN_ALGO = self.get_settings("OIDC_RP_SIGN_ALGO", "RS256")
        self.OIDC_RP_IDP_SIGN_KEY = None

    def verify_token(self, token: str, **kwargs: object) -> dict:
        """Signature and nonce (the library), then issuer, audience and expiry."""
        payload = super().verify_token(token, **kwargs)
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if payload.get("iss") != self.provider.issuer:
            raise SuspiciousOperation("The ID token is from another issuer.")
        if self.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("The ID token is for another client.")
        if "exp" not in payload or not payload.get("sub"):
            raise SuspiciousOperation("The ID token has no expiry or no subject.")
        return payload

    def get_userinfo(self, access_token: str, id_token: str, payload: dict) -> dict:
        claims = dict(payload)
        if self.OIDC_OP_USER_ENDPOINT and access_token:
            extra = super().get_userinfo(access_token, id_token, payload)
            if extra.get("sub") != payload.get("sub"):
                raise SuspiciousOperation("The userinfo answer is for someone else.")
            claims.update({k: v for k, v in extra.items() if k not in {"iss", "aud", "nonce"}})
        return claims

    def get_or_create_user(self, access_token: str, id_token: str, payload: dict) -> User | None:
        claims = self.get_userinfo(access_token, id_token, payload)
        try:
            return sign_in_with_claims(
                claims,
                issuer=self.provider.issuer,
                rule=sso_provider.claims_rule_in_force(),
                is_locked=self._is_locked,
            )
        except SignInRefused as refusal:
            LOGGER.info("Single sign-on refused (%s) for sub %s", refusal.reason, claims["sub"])
            refuse(self.request, refusal.reason)
            return None

    def _is_locked(self, user: User) -> bool:
        locked = throttling.is_locked_out(self.request, user.username)
        if locked:
            self.request.sso_locked_username = user.username
        return locked

    def get_user(self, user_id: int) -> User | None:
        # As ModelBackend: a closed account's session ends.
        return ModelBackend.get_user(self, user_id)

    # Permissions come from ModelBackend alone; this backend only signs people in.
    def get_all_permissions(self, user_obj: User, obj: object = None) -> set[str]:
        return set()

    def get_user_permissions(self, user_obj: User, obj: object = None) -> set[str]:
        return set()

    def get_group_permissions(self, user_obj: User, obj: object = None) -> set[str]:
        return set()

    def has_perm(self, user_obj: User, perm: str, obj: object = None) -> bool:
        return False

    def has_module_perms(self, user_obj: User, app_label: str) -> bool:
        return False

    def with_perm(self, perm: str | Permission, **kwargs: object):
        return User.objects.none()
