"""Uploading an H5P activity: checked before wagtail-lms unpacks it, in the admin and the
snippet chooser's form alike."""

import io
import json
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_lms.models import H5PActivity

from content.h5p_packages import h5p_activity_create
from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory
from tests.h5p_packages import H5P_JSON, LIBRARY, h5p_files, h5p_upload
from tests.scorm_packages import zip_bytes


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_an_h5p_package_is_unpacked_with_its_main_library(db):
    activity = h5p_activity_create(upload=h5p_upload(), title="")
    assert activity.title == "Test activity"  # from h5p.json
    assert activity.main_library == "H5P.PracticeCircleCheck"
    assert default_storage.exists(f"h5p_content/{activity.extracted_path}/{LIBRARY}/check.js")


def _with(extra: dict) -> dict:
    return {**h5p_files(), **extra}


def _without(name: str) -> dict:
    return {k: v for k, v in h5p_files().items() if k != name}


@pytest.mark.parametrize(
    ("files", "name", "message"),
    [
        (h5p_files(), "activity.zip", "Upload the activity as an .h5p file."),
        (_without("h5p.json"), "activity.h5p", "no h5p.json"),
        (_without("content/content.json"), "activity.h5p", "no content/content.json"),
        (_without(f"{LIBRARY}/library.json"), "activity.h5p", "does not carry its main library"),
        (_with({"h5p.json": "{not json"}), "activity.h5p", "h5p.json is not valid JSON"),
        (_with({"h5p.json": "[]"}), "activity.h5p", "names no main library"),
        (
            _with({"h5p.json": json.dumps({**H5P_JSON, "preloadedDependencies": []})}),
            "activity.h5p",
            "lists no libraries",
        ),
        (_with({"content/content.json": "[1]"}), "activity.h5p", "is not an object"),
        (_with({"../outside.js": "x"}), "activity.h5p", "points outside the package"),
        (_with({"a/../../outside.js": "x"}), "activity.h5p", "points outside the package"),
        (_with({"/etc/cron.d/job.js": "x"}), "activity.h5p", "path that is not allowed"),
        (_with({"setup.exe": "x"}), "activity.h5p", "not a kind of file"),
        (_with({"page.html": "<script>x</script>"}), "activity.h5p", "not a kind of file"),
        (_with({"run.php": "<?php ?>"}), "activity.h5p", "not a kind of file"),
        (_with({"picture.png": b"\x7fELFrest"}), "activity.h5p", "is a program"),
    ],
)
def test_a_bad_package_is_refused_with_a_reason(db, files, name, message):
    with pytest.raises(ValidationError, match=message):
        h5p_activity_create(upload=h5p_upload(files, name=name))
    assert not H5PActivity.objects.exists()


def test_a_file_that_is_not_a_zip_is_refused(db):
    with pytest.raises(ValidationError, match="not a readable H5P"):
        h5p_activity_create(upload=SimpleUploadedFile("activity.h5p", b"not a zip at all"))


def test_a_link_inside_the_package_is_refused(db):
    buffer = io.BytesIO(zip_bytes(h5p_files()))
    with zipfile.ZipFile(buffer, "a") as archive:
        link = zipfile.ZipInfo("content/link.json")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    with pytest.raises(ValidationError, match="is a link"):
        h5p_activity_create(upload=SimpleUploadedFile("activity.h5p", buffer.getvalue()))


def test_size_limits_apply_to_the_file_and_to_what_it_unpacks_to(db, settings):
    settings.H5P_PACKAGE_MAX_MB = 0
    with pytest.raises(ValidationError, match="0 MB or smaller"):
        h5p_activity_create(upload=h5p_upload())
    settings.H5P_PACKAGE_MAX_MB = 1
    settings.H5P_PACKAGE_MAX_UNPACKED_MB = 1
    big = _with({"content/video.mp4": b"\0" * (1024 * 1024 + 1)})
    with pytest.raises(ValidationError, match="unpacks to more than 1 MB"):
        h5p_activity_create(upload=h5p_upload(big))


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


@pytest.mark.parametrize(
    "url_name", ["h5pactivity:add", "wagtailsnippets_wagtail_lms_h5pactivity:add"]
)
def test_an_editor_uploads_an_activity_in_the_admin(client, editor, url_name):
    client.force_login(editor)
    response = client.post(
        reverse(url_name),
        {"title": "Our activity", "description": "", "package_file": h5p_upload()},
    )
    assert response.status_code == 302, response.content[:2000]
    activity = H5PActivity.objects.get()
    assert (activity.title, activity.main_library) == ("Our activity", "H5P.PracticeCircleCheck")


@pytest.mark.parametrize(
    "url_name", ["h5pactivity:add", "wagtailsnippets_wagtail_lms_h5pactivity:add"]
)
def test_the_admin_shows_why_an_activity_was_refused_and_keeps_what_was_typed(
    client, editor, url_name
):
    client.force_login(editor)
    response = client.post(
        reverse(url_name),
        {"title": "Our activity", "package_file": h5p_upload(_with({"tool.exe": "x"}))},
    )
    assert response.status_code == 200
    assert b"tool.exe is not a kind of file" in response.content
    assert b'value="Our activity"' in response.content
    assert not H5PActivity.objects.exists()


def test_people_without_the_editor_role_cannot_upload(client, practitioner):
    client.force_login(practitioner)
    response = client.get(reverse("h5pactivity:add"))
    # Signed in without admin access, the whole admin answers 404 (people/middleware.py).
    assert response.status_code == 404
