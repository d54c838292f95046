"""A package lesson's files (SCORM or H5P) and its runtime endpoints.

wagtail-lms serves unpacked files to anyone signed in (its `/lms/scorm-content/` and
`/lms/h5p-content/` views, which we do not route). Here a file is served only through its
lesson, to someone who may read that lesson (404 otherwise), from that lesson's package alone.
A SCORM package's pages may run their own inline script, under the sandboxed policy
core.middleware gives /learning/packages/. An H5P package has no pages: its libraries' scripts
and styles are loaded by the lesson page (h5p-player.js), under the lesson page's own policy.
"""

import json
import posixpath

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail_lms.views import ServeH5PContentView, ServeScormContentView

from content.h5p_packages import H5P_EXTENSIONS
from content.models import LessonPage
from content.packages import ALLOWED_EXTENSIONS
from core.identifiers import IdentifiersFound
from learning import h5p, h5p_state, scorm, selectors
from people.models import User


class PackageFileView(ServeScormContentView):
    """wagtail-lms's file server (storage, content types, caching), without its own header:
    the site's Content-Security-Policy middleware sets the package policy."""

    def apply_security_headers(self, response: HttpResponse) -> HttpResponse:
        response["X-Frame-Options"] = "SAMEORIGIN"
        if self.request.path.rpartition(".")[2].lower() not in ALLOWED_EXTENSIONS:
            response["Content-Disposition"] = "attachment"  # never shown as a page
        return response


class H5PFileView(ServeH5PContentView):
    """The same for an H5P activity's unpacked files (wagtail-lms's H5P content folder)."""

    def apply_security_headers(self, response: HttpResponse) -> HttpResponse:
        response["X-Frame-Options"] = "SAMEORIGIN"
        if self.request.path.rpartition(".")[2].lower() not in H5P_EXTENSIONS:
            response["Content-Disposition"] = "attachment"  # never shown as a page
        return response


H5P_PLAYER = "wagtail_lms/vendor/h5p-standalone/"


def h5p_player(learner: User, lesson: LessonPage) -> dict | None:
    """What the lesson page needs to play its H5P activity, or None for a lesson without one."""
    activity = lesson.h5p_activity if lesson.h5p_activity_id else None
    if activity is None or not activity.extracted_path:
        return None
    return {
        "activity": activity,
        # h5p-standalone reads h5p.json, content/content.json and the libraries under this
        "content_url": reverse("learning:package-file", args=[lesson.pk, "h5p.json"]).removesuffix(
            "/h5p.json"
        ),
        "runtime_url": reverse("learning:h5p-runtime", args=[lesson.pk]),
        "frame_js": static(f"{H5P_PLAYER}frame.bundle.js"),
        "frame_css": static(f"{H5P_PLAYER}styles/h5p.css"),
        "finished": h5p_state.h5p_finished(h5p_state.h5p_attempt(learner, lesson)),
    }


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
    package = lesson.scorm_package or lesson.h5p_activity  # a lesson has one at most
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
    view = PackageFileView if lesson.scorm_package_id else H5PFileView
    return view.as_view()(request, content_path=content_path)


def _identifiers_answer(found: IdentifiersFound) -> dict:
    """What the player shows when what the learner typed may identify a family: each match,
    and the fingerprint a confirmation that none of them does must carry."""
    return {
        "error": "Nothing of this was saved. " + " ".join(found.messages),
        "identifiers": [
            {"where": m.label, "looks_like": m.match.kind_label, "text": m.match.text}
            for m in found.matches
        ],
        "fingerprint": found.fingerprint,
    }


@require_POST
def scorm_runtime(request: HttpRequest, lesson_id: int) -> JsonResponse:
    """The player's commit: {"values": {element: value}, "identifiers_confirmed": fingerprint}.
    Answers whether the lesson is done, or what the identifier guard found (nothing kept)."""
    lesson = _readable_lesson(request, lesson_id)
    try:
        payload = json.loads(request.body or b"{}")
        values = payload.get("values", {}) if isinstance(payload, dict) else None
        confirmed = payload.get("identifiers_confirmed", "") if isinstance(payload, dict) else ""
        done = scorm.runtime_save(
            learner=request.user,
            lesson=lesson,
            values=values,
            identifiers_confirmed=confirmed if isinstance(confirmed, str) else "",
        )
    except IdentifiersFound as found:
        return JsonResponse(_identifiers_answer(found), status=400)
    except (ValueError, ValidationError) as error:
        messages = error.messages if isinstance(error, ValidationError) else ["Send JSON."]
        return JsonResponse({"error": " ".join(messages)}, status=400)
    except PermissionDenied:
        raise Http404 from None
    return JsonResponse({"lesson_done": done is not None})


@require_POST
def h5p_runtime(request: HttpRequest, lesson_id: int) -> JsonResponse:
    """The player's xAPI statement: {"statement": {...}}. Answers whether the lesson is done."""
    lesson = _readable_lesson(request, lesson_id)
    try:
        payload = json.loads(request.body or b"{}")
        statement = payload.get("statement") if isinstance(payload, dict) else None
        done = h5p.xapi_save(learner=request.user, lesson=lesson, statement=statement)
    except (ValueError, ValidationError) as error:
        messages = error.messages if isinstance(error, ValidationError) else ["Send JSON."]
        return JsonResponse({"error": " ".join(messages)}, status=400)
    except PermissionDenied:
        raise Http404 from None
    attempt = h5p_state.h5p_attempt(request.user, lesson)
    return JsonResponse(
        {
            "lesson_done": done is not None,
            "activity_finished": h5p_state.h5p_finished(attempt),
            "activity_failed": attempt is not None and attempt.success_status == "failed",
        }
    )
