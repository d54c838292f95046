"""H5P lessons in a real browser: the demo's activity played through a wrong answer to a pass,
and an activity the test builds (our own library, nothing downloaded) uploaded by an editor,
chosen on a lesson, published and played to completion by a practitioner."""

import re

from tests.e2e.conftest import check_accessibility, check_reflow, shot, sign_in
from tests.h5p_packages import h5p_files
from tests.scorm_packages import zip_bytes

DEMO_LESSON = "/signs-of-safety/danger-statements-and-safety-goals/writing-danger-statements/"
TEST_LESSON_TITLE = "The reforms and family group decision making"


def test_practitioner_plays_the_demo_h5p_lesson_through_a_wrong_answer_to_done(page):
    sign_in(page, "practitioner2")  # finished Mapping and scaling, this module's prerequisite
    page.goto(DEMO_LESSON)
    assert page.get_by_role("heading", name="Spot the danger statement", exact=True).is_visible()
    assert page.get_by_role("button", name=re.compile("Mark as done")).count() == 0
    page.get_by_role("button", name="Check my answer").wait_for()
    check_accessibility(page, "h5p-lesson", preload=False)
    check_reflow(page)
    shot(page, "h5p-lesson")

    page.get_by_label("Aiden is at high risk of significant harm.").check()
    page.get_by_role("button", name="Check my answer").click()
    status = page.locator("#h5p-status")
    status.filter(has_text="Not passed yet").wait_for()

    page.get_by_label(re.compile("^Social workers are worried")).check()
    page.get_by_role("button", name="Check my answer").click()
    status.filter(has_text="This lesson is done").wait_for()
    check_accessibility(page, "h5p-lesson-answered", preload=False)

    page.reload()
    assert page.get_by_text("Lesson done", exact=True).is_visible()
    assert page.get_by_text("You have finished this activity.").is_visible()
    shot(page, "h5p-lesson-done")


def test_people_outside_the_lessons_audience_get_404_for_its_files(page, browser, base_url):
    sign_in(page, "practitioner2")
    page.goto(DEMO_LESSON)
    content_url = page.locator("#h5p-activity").get_attribute("data-content-url")
    assert page.request.get(f"{content_url}/h5p.json").status == 200
    outsider = browser.new_context(base_url=base_url)
    volunteer = outsider.new_page()
    sign_in(volunteer, "volunteer")  # the module is for practitioners
    assert volunteer.request.get(f"{content_url}/h5p.json").status == 404
    assert volunteer.goto(DEMO_LESSON).status == 404
    outsider.close()


def _upload(page, name: str, files: dict) -> None:
    page.locator("input[type=file]").set_input_files(
        {"name": name, "mimeType": "application/zip", "buffer": zip_bytes(files)}
    )
    page.get_by_role("button", name=re.compile("^(Create|Save)")).first.click()


def test_editor_uploads_a_test_built_activity_and_a_practitioner_plays_it(page, browser, base_url):
    sign_in(page, "editor")
    page.goto("/admin/h5pactivity/new/")
    page.get_by_role("textbox", name=re.compile("^Title")).fill("Activity built by the test")
    _upload(page, "bad.h5p", {**h5p_files(), "setup.exe": "x"})
    page.get_by_text(re.compile("setup.exe is not a kind of file")).first.wait_for()
    shot(page, "h5p-editor-upload-refused")
    _upload(page, "activity.h5p", h5p_files())
    page.wait_for_url(re.compile(r"/admin/h5pactivity/(\?.*)?$"))

    page.goto(f"/admin/pages/search/?q={TEST_LESSON_TITLE.replace(' ', '+')}")
    page.get_by_role("link", name=re.compile(f"^{TEST_LESSON_TITLE}")).first.click()
    page.get_by_role("button", name="Choose H5P Activity").click()
    page.get_by_role("link", name="Activity built by the test").click()
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=re.compile("^Publish")).click()
    page.get_by_text(re.compile("has been published")).first.wait_for()
    lesson = page.get_by_role("link", name="View live").first.get_attribute("href")

    learner_context = browser.new_context(base_url=base_url)
    learner = learner_context.new_page()
    blocked: list[str] = []  # the page fixture's policy check, for this second page too
    learner.on(
        "console",
        lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None,
    )
    sign_in(learner, "practitioner2")
    learner.goto(lesson)
    learner.get_by_role("button", name="Finish the activity").click()
    learner.locator("#h5p-status").filter(has_text="This lesson is done").wait_for()
    assert learner.get_by_text("Activity finished.").is_visible()
    check_accessibility(learner, "h5p-test-built-lesson", preload=False)
    learner.reload()
    assert learner.get_by_text("Lesson done", exact=True).is_visible()
    assert blocked == []
    learner_context.close()
