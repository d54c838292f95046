from django.http import HttpRequest, HttpResponse
from wagtail import hooks

from content.models import LessonPage, ModulePage
from learning.views import lesson_page, module_page


@hooks.register("before_serve_page")
def serve_learning_pages(
    page, request: HttpRequest, serve_args, serve_kwargs
) -> HttpResponse | None:
    """Modules and lessons are served with the learner's progress (content cannot import it)."""
    if not request.user.is_authenticated:
        return None  # BasePage.serve sends them to sign in
    specific = page.specific
    if isinstance(specific, ModulePage):
        return module_page(request, specific)
    if isinstance(specific, LessonPage):
        return lesson_page(request, specific)
    return None
