"""SCORM packages the tests build themselves (nothing is downloaded): a manifest and one SCO,
a web page whose small script talks to the lesson page's SCORM API."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from content.models import LessonPage, ModulePage
from content.packages import scorm_package_create
from tests.content.factories import publish_under, stream_body

MANIFEST_12 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="test-course" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org"><title>Test course</title>
      <item identifier="item1" identifierref="sco1"><title>The only SCO</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco1" type="webcontent" adlcp:scormtype="sco" href="index.html">
      <file href="index.html"/><file href="sco.js"/>
    </resource>
  </resources>
</manifest>
"""

MANIFEST_2004 = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="test-course-2004" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org"><title>Test course 2004</title>
      <item identifier="item1" identifierref="sco1"><title>The only SCO</title></item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco1" type="webcontent" adlcp:scormType="sco" href="content/start.html">
      <file href="content/start.html"/>
    </resource>
  </resources>
</manifest>
"""

SCO_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Test SCO</title></head>
<body><main><h1>Test SCO</h1><p id="learner"></p>
<button type="button" id="finish">Finish the course</button><p id="state">Not started</p>
</main><script src="sco.js"></script></body></html>
"""

SCO_SCRIPT = """(function () {
  var win = window, api = null, hops = 0;
  while (win && !win.API && win.parent && win.parent !== win && hops < 10) {
    win = win.parent; hops++;
  }
  api = win.API;
  api.LMSInitialize("");
  document.getElementById("learner").textContent = api.LMSGetValue("cmi.core.student_name");
  document.getElementById("state").textContent = "Started";
  document.getElementById("finish").addEventListener("click", function () {
    api.LMSSetValue("cmi.core.score.raw", "90");
    api.LMSSetValue("cmi.core.lesson_status", "completed");
    api.LMSCommit("");
    api.LMSFinish("");
    document.getElementById("state").textContent = "Finished";
  });
})();
"""


def zip_bytes(files: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def scorm_12_files() -> dict[str, str]:
    return {"imsmanifest.xml": MANIFEST_12, "index.html": SCO_PAGE, "sco.js": SCO_SCRIPT}


def scorm_2004_files() -> dict[str, str]:
    return {"imsmanifest.xml": MANIFEST_2004, "content/start.html": SCO_PAGE}


def upload(files: dict[str, str | bytes] | None = None, name: str = "course.zip"):
    content = zip_bytes(scorm_12_files() if files is None else files)
    return SimpleUploadedFile(name, content, content_type="application/zip")


def scorm_lesson(module: ModulePage, *, files: dict | None = None, slug: str = "course"):
    """A live lesson at the end of the module that plays a package built from `files`."""
    package = scorm_package_create(upload=upload(files), title="Test course")
    lesson = LessonPage(
        title="The course",
        slug=slug,
        body=stream_body([("text", "<p>Work through the course.</p>")]),
        scorm_package=package,
    )
    return publish_under(module, lesson)
