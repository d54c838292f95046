"""The whole single sign-on journey over real HTTP: a browser-like client with a cookie jar
against our live server and the test's OpenID provider, no Django test client in between."""

import re
from html import unescape

import requests

from people.enums import Role
from people.models import Membership, User
from tests.concurrency import CONCURRENT
from tests.factories import TeamFactory
from tests.people.conftest import NEW_PERSON_CLAIMS


@CONCURRENT
def test_signing_in_with_the_organisations_account_over_http(live_server, oidc_provider, settings):
    # Plain http on loopback, as the browser journeys run (SECURE_COOKIES=0).
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    TeamFactory(name="North team")
    oidc_provider.person = NEW_PERSON_CLAIMS
    browser = requests.Session()

    page = browser.get(f"{live_server.url}/sign-in/?next=/account/", timeout=10)
    link = re.search(r'<a class="button" href="([^"]+)">Sign in with your organisation', page.text)
    assert link, "the sign-in page offers single sign-on"
    answer = browser.get(live_server.url + unescape(link.group(1)), timeout=10)

    hops = [response.url.split("?")[0] for response in [*answer.history, answer]]
    assert hops == [
        f"{live_server.url}/sign-in/organisation/",
        f"{oidc_provider.issuer}/authorize",
        f"{live_server.url}/sign-in/organisation/callback/",
        f"{live_server.url}/account/",
    ]
    assert answer.status_code == 200
    person = User.objects.get(email=NEW_PERSON_CLAIMS["email"])
    assert Membership.objects.get(user=person).role == Role.PRACTITIONER
    assert "Nia Newcomer" in answer.text

    browser.post(
        f"{live_server.url}/sign-out/",
        data={"csrfmiddlewaretoken": browser.cookies["csrftoken"]},
        headers={"Referer": live_server.url},
        timeout=10,
    )
    assert browser.get(f"{live_server.url}/account/", timeout=10).url.startswith(
        f"{live_server.url}/sign-in/"
    )
