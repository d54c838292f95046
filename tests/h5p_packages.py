"""H5P packages the tests build themselves (nothing is downloaded): h5p.json, the content, and a
library of our own, H5P.PracticeCircleCheck, whose button reports the activity completed with a
score through H5P's own xAPI events (EventDispatcher.triggerXAPIScored)."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile

from content.h5p_packages import h5p_activity_create
from content.models import LessonPage, ModulePage
from tests.content.factories import publish_under, stream_body
from tests.scorm_packages import zip_bytes

LIBRARY = "H5P.PracticeCircleCheck-1.0"

H5P_JSON = {
    "title": "Test activity",
    "language": "en",
    "mainLibrary": "H5P.PracticeCircleCheck",
    "embedTypes": ["div"],
    "license": "U",
    "preloadedDependencies": [
        {"machineName": "H5P.PracticeCircleCheck", "majorVersion": 1, "minorVersion": 0}
    ],
}

LIBRARY_JSON = {
    "title": "Practice Circle check",
    "machineName": "H5P.PracticeCircleCheck",
    "majorVersion": 1,
    "minorVersion": 0,
    "patchVersion": 0,
    "runnable": 1,
    "embedTypes": ["div"],
    "preloadedJs": [{"path": "check.js"}],
    "preloadedCss": [{"path": "check.css"}],
}

CHECK_SCRIPT = """var H5P = window.H5P = window.H5P || {};
H5P.PracticeCircleCheck = (function (EventDispatcher) {
  function Check(params, contentId) {
    EventDispatcher.call(this);
    this.params = params || {};
    this.contentId = contentId;
  }
  Check.prototype = Object.create(EventDispatcher.prototype);
  Check.prototype.constructor = Check;
  Check.prototype.attach = function ($container) {
    var self = this;
    var box = $container.get(0);
    box.textContent = "";
    var question = document.createElement("p");
    question.textContent = self.params.question;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "h5p-practice-check__button";
    button.textContent = self.params.buttonLabel;
    var result = document.createElement("p");
    button.addEventListener("click", function () {
      self.triggerXAPIScored(self.params.score, self.params.maxScore, "completed", true,
        self.params.success);
      result.textContent = self.params.resultText;
    });
    box.appendChild(question);
    box.appendChild(button);
    box.appendChild(result);
  };
  return Check;
})(H5P.EventDispatcher);
"""

CHECK_STYLE = ".h5p-practice-check__button { font: inherit; padding: 0.5em 1em; }\n"


def content(*, score: int = 9, max_score: int = 10, success: bool = True) -> dict:
    return {
        "question": "Ready to check what you learned?",
        "buttonLabel": "Finish the activity",
        "score": score,
        "maxScore": max_score,
        "success": success,
        "resultText": "Activity finished.",
    }


def h5p_files(**content_kwargs: object) -> dict[str, str]:
    return {
        "h5p.json": json.dumps(H5P_JSON),
        "content/content.json": json.dumps(content(**content_kwargs)),
        f"{LIBRARY}/library.json": json.dumps(LIBRARY_JSON),
        f"{LIBRARY}/check.js": CHECK_SCRIPT,
        f"{LIBRARY}/check.css": CHECK_STYLE,
    }


def h5p_upload(files: dict[str, str | bytes] | None = None, name: str = "activity.h5p"):
    content_bytes = zip_bytes(h5p_files() if files is None else files)
    return SimpleUploadedFile(name, content_bytes, content_type="application/zip")


def h5p_lesson(module: ModulePage, *, files: dict | None = None, slug: str = "activity"):
    """A live lesson at the end of the module that plays an activity built from `files`."""
    activity = h5p_activity_create(upload=h5p_upload(files), title="Test activity")
    lesson = LessonPage(
        title="The activity",
        slug=slug,
        body=stream_body([("text", "<p>Work through the activity.</p>")]),
        h5p_activity=activity,
    )
    return publish_under(module, lesson)
