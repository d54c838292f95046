from django import template
from django.http import HttpRequest

from content import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def resource_library_url(context: template.Context) -> str:
    """The resource library's address for navigation: from the cache, once per request."""
    request: HttpRequest | None = context.get("request")
    if request is None:
        return ""
    if not hasattr(request, "_pc_resource_library_url"):
        request._pc_resource_library_url = selectors.resource_library_url(request)
    return request._pc_resource_library_url
