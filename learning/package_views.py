"""A SCORM lesson's package files and its runtime endpoint.

wagtail-lms serves unpacked files to anyone signed in (its `/lms/scorm-content/` view, which
we do not route). Here a file is served only through its lesson, to someone who may read that
lesson (404 otherwise), from that lesson's package alone. The package's pages may run their
own inline script, under the sandboxed policy core.middleware gives /learning/packages/.
"""

import json
import posixpath

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail_lms.views import ServeScormContentView

from content.models import LessonPage
from content.packages import ALLOWED_EXTENSIONS
from learning import scorm, selectors
from people.models import User


class PackageFileView(ServeScormContentView):
    """wagtail-lms's file server (storage, content types, caching), without its own header:
    the site's Content-Security-Policy middleware sets the package policy."""

    def apply_security_headers(self, response: HttpResponse) -> HttpResponse:
        response["X-Frame-Options"] = "SAMEORIGIN"
        if self.request.path.rpartition(".")[2].lower() not in ALLOWED_EXTENSIONS:
            response["Content-Disposition"] = "attachment"  # never shown as a page
        return response


def scorm_player(learner: User, lesson: LessonPage) -> dict | None:
    """What the lesson page needs to play its package, or None for a lesson without one."""
    package = lesson.scorm_package if lesson.scorm_package_id else None
    if package is None or not package.extracted_path or not package.launch_url:
        return None
    page, _, query = package.launch_url.partition("?")
    launch_url = reverse("learning:package-file", args=[lesson.pk, page])
    attempt = selectors.scorm_attempt(learner, lesson)
    return {
        "package": package,
        "launch_url": f"{launch_url}?{query}" if query else launch_url,
        "runtime_url": reverse("learning:scorm-runtime", args=[lesson.pk]),
        "state": scorm.runtime_state(learner, attempt),
        "finished": selectors.scorm_finished(attempt),
    }


def _readable_lesson(request: HttpRequest, lesson_id: int) -> LessonPage:
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    lesson.check_readable(request)
    return lesson


def package_file(request: HttpRequest, lesson_id: int, file_path: str) -> HttpResponse:
    lesson = _readable_lesson(request, lesson_id)
    package = lesson.scorm_package
    normalised = posixpath.normpath(file_path)
    if (
        package is None
        or not package.extracted_path
        or "\\" in file_path
        or normalised.startswith(("/", ".."))
        or normalised == "."
    ):
        raise Http404("No such file in this lesson's package.")
    content_path = f"{package.extracted_path}/{normalised}"
    return PackageFileView.as_view()(request, content_path=content_path)


@require_POST
def scorm_runtime(request: HttpRequest, lesson_id: int) -> JsonResponse:
    """The player's commit: {"values": {element: value}}. Answers whether the lesson is done."""
    lesson = _readable_lesson(request, lesson_id)
    try:
        payload = json.loads(request.body or b"{}")
        values = payload.get("values", {}) if isinstance(payload, dict) else None
        done = scorm.runtime_save(learner=request.user, lesson=lesson, values=values)
    except (ValueError, ValidationError) as error:
        messages = error.messages if isinstance(error, ValidationError) else ["Send JSON."]
        return JsonResponse({"error": " ".join(messages)}, status=400)
    except PermissionDenied:
        raise Http404 from None
    return JsonResponse({"lesson_done": done is not None})
