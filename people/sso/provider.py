"""The identity provider's endpoints and issuer: set one by one, or read from its discovery
document (OIDC_OP_DISCOVERY_URL), which is cached for an hour."""

from dataclasses import dataclass

import requests
from django.conf import settings
from django.core.cache import cache

from people.sso import rule as claims_rule

DISCOVERY_CACHE_SECONDS = 60 * 60
ENDPOINTS = {
    "issuer": ("OIDC_OP_ISSUER", "issuer"),
    "authorization_endpoint": ("OIDC_OP_AUTHORIZATION_ENDPOINT", "authorization_endpoint"),
    "token_endpoint": ("OIDC_OP_TOKEN_ENDPOINT", "token_endpoint"),
    "userinfo_endpoint": ("OIDC_OP_USER_ENDPOINT", "userinfo_endpoint"),
    "jwks_uri": ("OIDC_OP_JWKS_ENDPOINT", "jwks_uri"),
}
REQUIRED = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")


class ProviderUnavailable(Exception):
    """The provider could not be reached, or did not say what sign-in needs."""


@dataclass(frozen=True)
class Provider:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str = ""


def is_enabled() -> bool:
    """Single sign-on is on when a client ID and a way to find the provider are set."""
    return bool(
        settings.OIDC_RP_CLIENT_ID
        and (settings.OIDC_OP_DISCOVERY_URL or settings.OIDC_OP_AUTHORIZATION_ENDPOINT)
    )


def claims_rule_in_force() -> claims_rule.Rule:
    return claims_rule.parse(settings.SSO_CLAIMS_RULE or {})


def _discovered(url: str) -> dict:
    key = f"sso-discovery:{url}"
    document = cache.get(key)
    if document is not None:
        return document
    try:
        response = requests.get(url, timeout=settings.OIDC_TIMEOUT)
        response.raise_for_status()
        document = response.json()
    except (requests.RequestException, ValueError) as error:
        raise ProviderUnavailable(f"discovery at {url} failed: {error}") from error
    if not isinstance(document, dict):
        raise ProviderUnavailable(f"discovery at {url} is not a JSON object")
    issuer = str(document.get("issuer", ""))
    # OpenID Connect Discovery 1.0, section 4.3: the issuer is the URL the document is under.
    if not issuer or not url.startswith(issuer.rstrip("/") + "/"):
        raise ProviderUnavailable(f"discovery at {url} names issuer {issuer!r}, not its own")
    cache.set(key, document, DISCOVERY_CACHE_SECONDS)
    return document


def provider() -> Provider:
    """Settings win over discovery; raises ProviderUnavailable when something is missing."""
    explicit = {name: getattr(settings, setting) for name, (setting, _) in ENDPOINTS.items()}
    found = dict(explicit)
    if settings.OIDC_OP_DISCOVERY_URL and not all(explicit[name] for name in ENDPOINTS):
        document = _discovered(settings.OIDC_OP_DISCOVERY_URL)
        for name, (_, key) in ENDPOINTS.items():
            found[name] = explicit[name] or str(document.get(key) or "")
    if not settings.OIDC_USE_USERINFO:
        found["userinfo_endpoint"] = ""
    missing = [name for name in REQUIRED if not found[name]]
    if missing:
        raise ProviderUnavailable(f"no {', '.join(missing)} for the identity provider")
    return Provider(**found)
