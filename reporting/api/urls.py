"""Mount the API. Its operations do their own authentication (token or session), so the
site-wide sign-in redirect must not intercept them: a reporting tool gets 401, not a form.

The documentation page is for people in a browser, so it stays behind sign-in like every
other page. The OpenAPI schema stays open: it describes endpoints, holds no records, and
client generators fetch it without a session."""

from django.contrib.auth.decorators import login_not_required
from django.urls import URLPattern, URLResolver

from reporting.api.routes import api

SIGN_IN_FIRST = {"openapi-view"}


def _exempt(patterns: list) -> list:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            _exempt(entry.url_patterns)
        elif isinstance(entry, URLPattern) and entry.name not in SIGN_IN_FIRST:
            entry.callback = login_not_required(entry.callback)
    return patterns


patterns, app_name, namespace = api.urls
urls = (_exempt(patterns), app_name, namespace)
