"""Every URL needs sign-in unless it is on the public list. New URLs are covered automatically."""

import re

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.resolvers import RegexPattern, RoutePattern

pytestmark = pytest.mark.django_db

PUBLIC = {
    "people:sign-in",
    "people:password-reset",
    "people:password-reset-done",
    "people:password-reset-confirm",
    "people:password-reset-complete",
    "people:accessibility",
    # Single sign-on's start and callback are part of signing in (404 while it is off).
    "people:sso-start",
    "people:sso-callback",
    # Wagtail's own sign-in page for the admin: a sign-in form, like ours.
    "wagtailadmin_login",
    "wagtailcore_login",
    # The page server: each page type decides (content.models.BasePage.serve); tested below.
    "wagtail_serve",
    # Images follow the pages that use them, public pages included (tests/content/
    # test_media_visibility.py): signed out, only images on public pages answer.
    "content:image-file",
    # The load balancer's probe (core/health.py): "ok" or "failing" per check, nothing more.
    "health",
    # The API's schema describes endpoints, not records (its docs page needs sign-in).
    "api:openapi-json",
    # A certificate's public check, by its random id (tests/interop/test_credentials.py):
    # name, module, date and validity only; and the issuer's public key and achievements.
    "interop:verify",
    "interop:json",
    "interop:jwt",
    "interop:issuer",
    "interop:achievement",
}
# API operations authenticate themselves (token or session): signed out they answer 401.
API_NAMESPACE = "api:"
SAMPLES = {
    "int": "1",
    "str": "sample",
    "slug": "sample",
    "uuid": "00000000-0000-0000-0000-000000000001",
    "path": "sample/path",
}


def sample_path(pattern) -> str | None:
    if isinstance(pattern, RoutePattern):
        return re.sub(
            r"<(?:(\w+):)?\w+>", lambda m: SAMPLES.get(m.group(1) or "str", "1"), str(pattern)
        )
    if isinstance(pattern, RegexPattern):
        text = pattern.regex.pattern.lstrip("^").rstrip("$").replace("\\Z", "")
        text = re.sub(r"\(\?P<\w+>[^)]*\)", "1", text)
        text = re.sub(r"\((?:\?:)?[^)]*\)", "1", text)
        if re.search(r"[\\^$*+?()\[\]{}|]", text):
            return None
        return text
    return None


def walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        part = sample_path(entry.pattern)
        if part is None:
            continue
        if isinstance(entry, URLResolver):
            ns = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, prefix + part, ns)
        elif isinstance(entry, URLPattern):
            yield prefix + part, f"{namespace}{entry.name}" if entry.name else None


URLS = sorted(set(walk(get_resolver().url_patterns)), key=lambda item: item[0])


def test_the_walk_finds_the_whole_url_conf():
    names = {name for _, name in URLS}
    assert {"people:password-change", "wagtailadmin_home", "teams:index"} <= names
    assert len(URLS) > 100


@pytest.mark.parametrize(("path", "name"), [u for u in URLS if u[1] not in PUBLIC])
def test_non_public_url_redirects_anonymous_visitor_to_sign_in(client, path, name):
    url = "/" + path
    match = resolve(url)
    if name:
        assert match.url_name == name.rsplit(":", 1)[-1]
    response = client.get(url)
    if name and name.startswith(API_NAMESPACE) and name != "api:openapi-view":
        expected = 404 if name == "api:api-root" else 401  # the bare /api/v1/ lists nothing
        assert response.status_code == expected, f"{url} answered {response.status_code} signed out"
        return
    assert response.status_code == 302, f"{url} answered {response.status_code} signed out"
    assert response.url.startswith(reverse(settings.LOGIN_URL))


def test_public_pages_answer_signed_out(client):
    for url in ["/sign-in/", "/password-reset/", "/accessibility/", "/"]:
        assert client.get(url).status_code == 200, url


def test_non_public_wagtail_page_redirects_to_sign_in(client):
    from wagtail.models import Page

    from content.models import BasePage

    home = Page.objects.get(depth=2)
    private = [cls for cls in BasePage.__subclasses__() if not cls.is_public]
    if not private:
        assert home.specific.is_public
        return
    assert all(not cls.is_public for cls in private)
