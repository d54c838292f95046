"""Uploading a SCORM package: checked before wagtail-lms unpacks it; SCORM 1.2 and 2004."""

import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.urls import reverse
from wagtail_lms.models import SCORMPackage

from content.packages import scorm_package_create
from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory
from tests.scorm_packages import scorm_12_files, scorm_2004_files, upload, zip_bytes


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_a_scorm_12_package_is_unpacked_with_its_launch_page(db):
    package = scorm_package_create(upload=upload())
    assert package.title == "Test course"
    assert (package.version, package.launch_url) == ("1.2", "index.html")
    assert default_storage.exists(f"scorm_content/{package.extracted_path}/sco.js")


def test_a_scorm_2004_package_gets_its_launch_page_from_our_reading_of_the_manifest(db):
    # wagtail-lms looks for the launch page only under SCORM 1.2's namespace.
    package = scorm_package_create(upload=upload(scorm_2004_files()))
    assert (package.version, package.launch_url) == ("2004", "content/start.html")


def _with(extra: dict) -> dict:
    return {**scorm_12_files(), **extra}


@pytest.mark.parametrize(
    ("files", "name", "message"),
    [
        (scorm_12_files(), "course.exe", "Upload the package as a .zip file."),
        ({"index.html": "<p>hi</p>"}, "course.zip", "no imsmanifest.xml"),
        (_with({"../outside.html": "x"}), "course.zip", "points outside the package"),
        (_with({"a/../../outside.html": "x"}), "course.zip", "points outside the package"),
        (_with({"/etc/cron.d/job.html": "x"}), "course.zip", "path that is not allowed"),
        (_with({"setup.exe": "x"}), "course.zip", "not a kind of file a web course"),
        (_with({"run.php": "<?php ?>"}), "course.zip", "not a kind of file a web course"),
        (_with({"picture.png": b"MZ\x90\x00rest"}), "course.zip", "is a program"),
        (
            {
                **scorm_12_files(),
                "imsmanifest.xml": scorm_12_files()["imsmanifest.xml"].replace(
                    'href="index.html">', 'href="missing.html">'
                ),
            },
            "course.zip",
            "launch page (missing.html) is not a web page",
        ),
        ({**scorm_12_files(), "imsmanifest.xml": "<manifest"}, "course.zip", "not valid XML"),
        (
            {
                **scorm_12_files(),
                "imsmanifest.xml": '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]>'
                "<manifest>&a;</manifest>",
            },
            "course.zip",
            "not valid XML",
        ),
    ],
)
def test_a_bad_package_is_refused_with_a_reason(db, files, name, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        scorm_package_create(upload=upload(files, name=name))
    assert not SCORMPackage.objects.exists()


def test_a_file_that_is_not_a_zip_is_refused(db):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("course.zip", b"not a zip at all")
    with pytest.raises(ValidationError, match="not a readable ZIP"):
        scorm_package_create(upload=fake)


def test_a_link_inside_the_zip_is_refused(db):
    import io

    buffer = io.BytesIO(zip_bytes(scorm_12_files()))
    with zipfile.ZipFile(buffer, "a") as archive:
        link = zipfile.ZipInfo("link.html")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    from django.core.files.uploadedfile import SimpleUploadedFile

    with pytest.raises(ValidationError, match="is a link"):
        scorm_package_create(upload=SimpleUploadedFile("course.zip", buffer.getvalue()))


def test_size_limits_apply_to_the_zip_and_to_what_it_unpacks_to(db, settings):
    settings.SCORM_PACKAGE_MAX_MB = 0
    with pytest.raises(ValidationError, match="0 MB or smaller"):
        scorm_package_create(upload=upload())
    settings.SCORM_PACKAGE_MAX_MB = 1
    settings.SCORM_PACKAGE_MAX_UNPACKED_MB = 1
    big = _with({"video.mp4": b"\0" * (1024 * 1024 + 1)})
    with pytest.raises(ValidationError, match="unpacks to more than 1 MB"):
        scorm_package_create(upload=upload(big))


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


def test_an_editor_uploads_a_package_in_the_admin(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("scormpackage:add"),
        {"title": "Our course", "description": "", "package_file": upload()},
    )
    assert response.status_code == 302, response.content[:2000]
    package = SCORMPackage.objects.get()
    assert (package.title, package.launch_url, package.version) == (
        "Our course",
        "index.html",
        "1.2",
    )


def test_the_admin_shows_why_a_package_was_refused_and_keeps_what_was_typed(client, editor):
    client.force_login(editor)
    response = client.post(
        reverse("scormpackage:add"),
        {"title": "Our course", "package_file": upload(_with({"tool.exe": "x"}))},
    )
    assert response.status_code == 200
    assert b"not a kind of file a web course is made of" in response.content
    assert b'value="Our course"' in response.content
    assert not SCORMPackage.objects.exists()


def test_people_without_the_editor_role_cannot_upload(client, practitioner):
    client.force_login(practitioner)
    response = client.get(reverse("scormpackage:add"))
    # Signed in without admin access, the whole admin answers 404 (people/middleware.py).
    assert response.status_code == 404


def test_editors_cannot_add_wagtail_lms_pages_outside_our_tree(db):
    from wagtail.models import Page
    from wagtail_lms.models import CoursePage, H5PLessonPage, SCORMLessonPage

    root = Page.get_first_root_node()
    for page_type in (CoursePage, H5PLessonPage, SCORMLessonPage):
        assert not page_type.can_create_at(root)
