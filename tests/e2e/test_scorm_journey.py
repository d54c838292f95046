"""SCORM lessons in a real browser: an editor uploads a package the test builds, and a
practitioner plays the demo's SCORM 1.2 lesson through to completion, what they type in it
checked by the identifier guard."""

import re

from tests.e2e.conftest import check_accessibility, check_reflow, shot, sign_in
from tests.scorm_packages import scorm_12_files, zip_bytes

LESSON = (
    "/family-group-decision-making/trauma-informed-preparation/preparing-a-family-for-the-meeting/"
)


def test_editor_uploads_a_scorm_package_built_by_the_test(page):
    sign_in(page, "editor")
    page.goto("/admin/scormpackage/new/")
    page.get_by_role("textbox", name=re.compile("^Title")).fill("Course built by the test")
    page.locator("input[type=file]").set_input_files(
        {
            "name": "bad.zip",
            "mimeType": "application/zip",
            "buffer": zip_bytes({**scorm_12_files(), "setup.exe": "x"}),
        }
    )
    page.get_by_role("button", name=re.compile("^(Create|Save)")).first.click()
    page.get_by_text(re.compile("setup.exe is not a kind of file")).first.wait_for()
    shot(page, "scorm-editor-upload-refused")
    assert (
        page.get_by_role("textbox", name=re.compile("^Title")).input_value()
        == "Course built by the test"
    )

    page.locator("input[type=file]").set_input_files(
        {"name": "course.zip", "mimeType": "application/zip", "buffer": zip_bytes(scorm_12_files())}
    )
    page.get_by_role("button", name=re.compile("^(Create|Save)")).first.click()
    page.wait_for_url(re.compile(r"/admin/scormpackage/(\?.*)?$"))
    assert page.get_by_text("Course built by the test").first.is_visible()
    shot(page, "scorm-editor-upload")


def test_practitioner_plays_a_scorm_lesson_to_completion(page):
    sign_in(page, "practitioner")
    page.goto(LESSON)
    assert page.get_by_role("heading", name="Preparing a family for the meeting").first.is_visible()
    assert page.get_by_role("button", name=re.compile("Mark as done")).count() == 0
    course = page.frame_locator("#scorm-frame")
    assert course.get_by_text("Hello Priya Shah.").is_visible()
    check_accessibility(page, "scorm-lesson")
    check_reflow(page)
    shot(page, "scorm-lesson")

    course.get_by_label("Private family time").check()
    # What the learner types passes the identifier guard: a venue's number looks like a
    # family's, so nothing is kept until the learner confirms it identifies nobody.
    course.get_by_label(re.compile("One thing you will do differently")).fill(
        "Ring the venue on 01632 960001 to book a quiet room for private family time."
    )
    course.get_by_role("button", name="Finish the course").click()
    warning = page.locator("#scorm-identifiers")
    warning.get_by_text("01632 960001").wait_for()
    assert "Phone number" in warning.inner_text()
    status = page.locator("#scorm-status")
    assert "This lesson is done" not in status.inner_text()
    check_accessibility(page, "scorm-identifiers")
    shot(page, "scorm-identifiers")
    warning.get_by_role("button", name="None of these identify a family: save").click()
    status.filter(has_text="This lesson is done").wait_for()
    assert warning.is_hidden()

    page.reload()
    assert page.get_by_text("Lesson done", exact=True).is_visible()
    assert page.get_by_text("You have finished this course.").is_visible()
    check_accessibility(page, "scorm-lesson-done")
    shot(page, "scorm-lesson-done")


def test_people_outside_the_lessons_audience_get_404_for_its_files(page, browser, base_url):
    sign_in(page, "practitioner")
    page.goto(LESSON)
    src = page.locator("#scorm-frame").get_attribute("data-src")
    assert page.request.get(src).status == 200
    outsider = browser.new_context(base_url=base_url)
    volunteer = outsider.new_page()
    sign_in(volunteer, "volunteer")  # the module is for practitioners and experts by experience
    assert volunteer.request.get(src).status == 404
    assert volunteer.goto(LESSON).status == 404
    outsider.close()
