from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from django.core.cache import cache
from django.urls import reverse

from tests.people.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider

# The rule the single sign-on tests run under: two team roles of North team by group,
# and nothing else.
RULE = {
    "match_users_by": "email",
    "create_users": True,
    "grants": [
        {"claim": "groups", "value": "north-fgc", "team": "north-team", "role": "practitioner"},
        {"claim": "groups", "value": "north-leads", "team": "North team", "role": "team_leader"},
    ],
}


# Someone the provider vouches for, in North team's practitioners group.
NEW_PERSON_CLAIMS = {
    "sub": "sub-0001",
    "email": "nia.new@council.example",
    "email_verified": True,
    "name": "Nia Newcomer",
    "given_name": "Nia",
    "family_name": "Newcomer",
    "preferred_username": "nia.new@council.example",
    "groups": ["north-fgc", "all-staff"],
}


@pytest.fixture(scope="session")
def oidc_provider_server():
    provider = Provider().start()
    yield provider
    provider.stop()


@pytest.fixture
def oidc_provider(oidc_provider_server, settings):
    """Single sign-on switched on, against the local provider, under RULE."""
    oidc_provider_server.reset()
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
    settings.OIDC_OP_DISCOVERY_URL = oidc_provider_server.discovery_url
    settings.SSO_CLAIMS_RULE = RULE
    cache.clear()
    yield oidc_provider_server
    cache.clear()


def sign_in_through(client, provider: Provider, person: dict, next_url: str = "", **changes):
    """Start at our sign-in link, let the provider approve `person` over HTTP, and bring the
    browser back to our callback; `changes` alter the callback's query (a forged state)."""
    provider.person = person
    start = client.get(reverse("people:sso-start") + (f"?next={next_url}" if next_url else ""))
    assert start.status_code == 302, start
    assert start.url.startswith(provider.issuer + "/authorize?")
    answer = requests.get(start.url, allow_redirects=False, timeout=5)
    back = urlsplit(answer.headers["Location"])
    assert back.path == reverse("people:sso-callback")
    query = dict(parse_qsl(back.query))
    query.update(changes)
    return client.get(back.path, query)
