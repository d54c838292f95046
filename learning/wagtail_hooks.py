"""Learning serves module and lesson pages (content cannot import it): live, with the learner's
progress, and in the editor's preview, as a learner who has not started sees them. Both render
templates/learning/module_page.html and lesson_page.html; content has no templates of its own
for these page types."""

from django.http import HttpRequest, HttpResponse
from wagtail import hooks

from content.models import LEARNER_PREVIEW_HOOK, LessonPage, ModulePage
from learning import views


@hooks.register("before_serve_page")
def serve_learning_pages(
    page, request: HttpRequest, serve_args, serve_kwargs
) -> HttpResponse | None:
    if not request.user.is_authenticated:
        return None  # BasePage.serve sends them to sign in
    specific = page.specific
    if isinstance(specific, ModulePage):
        return views.module_page(request, specific)
    if isinstance(specific, LessonPage):
        return views.lesson_page(request, specific)
    return None


@hooks.register(LEARNER_PREVIEW_HOOK)
def preview_learning_pages(page: ModulePage | LessonPage, request: HttpRequest) -> HttpResponse:
    if isinstance(page, ModulePage):
        return views.module_preview(request, page)
    return views.lesson_preview(request, page)
