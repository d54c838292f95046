"""Mount the API. Its operations do their own authentication (token or session), so the
site-wide sign-in redirect must not intercept them: a reporting tool gets 401, not a form."""

from django.contrib.auth.decorators import login_not_required
from django.urls import URLPattern, URLResolver

from reporting.api.routes import api


def _exempt(patterns: list) -> list:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            _exempt(entry.url_patterns)
        elif isinstance(entry, URLPattern):
            entry.callback = login_not_required(entry.callback)
    return patterns


patterns, app_name, namespace = api.urls
urls = (_exempt(patterns), app_name, namespace)
