from django import template
from django.http import HttpRequest

from content.selectors import resource_library

register = template.Library()


@register.simple_tag(takes_context=True)
def resource_library_url(context: template.Context) -> str:
    """The resource library's address for navigation, looked up once per request."""
    request: HttpRequest | None = context.get("request")
    if request is None:
        return ""
    if not hasattr(request, "_pc_resource_library_url"):
        library = resource_library()
        request._pc_resource_library_url = library.get_url(request) if library else ""
    return request._pc_resource_library_url
