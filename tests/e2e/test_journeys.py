"""The main journeys, each in a real browser, with accessible locators (role, label, text)."""

import io
import re
import tomllib
from pathlib import Path

from openpyxl import load_workbook

from tests.e2e.conftest import (
    PASSWORD,
    check_accessibility,
    check_reflow,
    check_visible_focus,
    shot,
    sign_in,
    visit,
)


def test_public_pages_are_accessible(page):
    for path, name in [
        ("/", "public-home"),
        ("/sign-in/", "sign-in"),
        ("/password-reset/", "password-reset"),
        ("/accessibility/", "accessibility-statement"),
    ]:
        visit(page, path, name)
        check_reflow(page)
        check_visible_focus(page)
    # A failed sign-in says so clearly, and the error page is accessible too.
    page.goto("/sign-in/")
    page.get_by_label("Username").fill("practitioner")
    page.get_by_label("Password").fill("wrong password")
    page.get_by_role("button", name="Sign in").click()
    assert (
        page.get_by_role("alert").get_by_text("The username or password is not right").is_visible()
    )
    check_accessibility(page, "sign-in-error")


MAPPING_MODULE = (
    Path(__file__).resolve().parents[2]
    / "demo/data/programmes/02-signs-of-safety/01-mapping-and-scaling.toml"
)


def _options_by_question() -> dict[str, list[tuple[str, bool]]]:
    """The demo module's questions and options (the page never says which are right)."""
    data = tomllib.loads(MAPPING_MODULE.read_text())
    return {
        block["question"]: [(option["text"], option["correct"]) for option in block["options"]]
        for lesson in data["lessons"]
        for block in lesson["blocks"]
        if block["type"] == "question"
    }


def _answer(page, *, right: bool, except_first: bool = False) -> None:
    """Choose the right options of each question, or only wrong ones; the first question
    wrongly when `except_first`."""
    options = _options_by_question()
    for index, group in enumerate(page.get_by_role("group").all()):
        legend = re.sub(r"^\d+\. ", "", group.locator("legend").inner_text().strip())
        want_right = right and not (except_first and index == 0)
        chosen = [text for text, correct in options[legend] if correct == want_right]
        for box in group.get_by_role("checkbox").all():
            box.uncheck()
        if group.get_by_role("radio").count():
            chosen = chosen[:1]
        for label in chosen:
            group.get_by_label(label, exact=True).check()


def test_practitioner_completes_an_assigned_module(page):
    sign_in(page, "practitioner")
    visit(page, "/learning/", "1-my-learning")
    check_reflow(page)
    page.get_by_role("link", name="Mapping and scaling in family meetings").first.click()
    check_accessibility(page, "1-module")
    page.get_by_role("link", name=re.compile("^Continue: ")).click()

    # Lessons before the check: mark the first done, write the reflection in the second.
    page.get_by_role("button", name=re.compile("Mark as done")).click()
    check_accessibility(page, "1-lesson-2")
    reflection = page.get_by_role("textbox").first
    reflection.fill(
        "Next time I will scale safety with the family before the meeting, so the plan "
        "starts from their own view of what is working well."
    )
    page.get_by_role("button", name="Save reflection").click()
    assert page.get_by_text("Your reflection is saved").is_visible()
    page.get_by_role("button", name=re.compile("Mark as done")).click()

    # The knowledge check: fail first, see feedback on the choices only, then pass.
    assert page.get_by_role("heading", name="Check your understanding").is_visible()
    check_accessibility(page, "1-knowledge-check")
    shot(page, "1-knowledge-check")
    _answer(page, right=False)
    page.get_by_role("button", name="Check my answers").click()
    assert page.get_by_text("Not passed yet: you got 0 of 5 right (0%)").is_visible()
    assert page.get_by_text("You chose this: not right.").first.is_visible()
    # No answer is given away, and a failed check is a result, not a form error.
    assert page.get_by_text("A right answer you did not choose").count() == 0
    assert page.get_by_role("alert").count() == 0
    check_accessibility(page, "1-knowledge-check-failed")
    shot(page, "1-knowledge-check-failed")
    _answer(page, right=True, except_first=True)
    page.get_by_role("button", name="Check my answers").click()

    # Passing (4 of 5) reveals the right answer missed, and completes the module.
    assert page.get_by_text("Passed: you got 4 of 5 right (80%)").is_visible()
    assert page.get_by_text("A right answer you did not choose.").first.is_visible()
    check_accessibility(page, "1-knowledge-check-passed")
    shot(page, "1-knowledge-check-passed")
    page.get_by_role("link", name="Your certificate").click()
    assert page.get_by_role("heading", name="Certificate of completion").is_visible()
    assert page.get_by_text("Priya Shah", exact=True).is_visible()
    check_accessibility(page, "1-certificate")
    shot(page, "1-certificate")
    page.get_by_role("link", name="My progression").first.click()
    assert page.get_by_role(
        "link", name="Completed module: Mapping and scaling in family meetings"
    ).first.is_visible()
    check_accessibility(page, "1-my-progression")
    check_reflow(page)
    shot(page, "1-my-progression")


def test_team_leader_reviews_confirms_and_exports(page):
    sign_in(page, "teamleader")
    visit(page, "/review/", "3-review-queue")
    check_reflow(page)
    # Review by evidence: one decision covers every statement the evidence claims, with one
    # statement marked differently (issue 15, item 3).
    page.get_by_role("link", name=re.compile("Decide on Advocacy training day, Priya Shah")).click()
    check_accessibility(page, "3-review-evidence")
    check_reflow(page)
    page.get_by_role("radio", name="Met", exact=True).check()
    page.get_by_text("Decide differently on some statements").click()
    statements = page.get_by_role("combobox", name=re.compile("^Decision on ")).count()
    assert statements >= 2, "expected evidence claiming several statements"
    page.get_by_role("combobox", name=re.compile("^Decision on ")).last.select_option(
        label="Not yet met"
    )
    page.get_by_role("textbox", name=re.compile("^Comment on ")).last.fill(
        "Show how you used this with a family"
    )
    check_accessibility(page, "3-review-evidence-exceptions")
    page.get_by_role("button", name="Save decision").click()
    assert page.get_by_text(
        re.compile(rf"{statements} decisions recorded on .Advocacy training day. for Priya Shah")
    ).is_visible()
    shot(page, "3-decisions-recorded")

    # Confirm a level that Sam has reached: a confirm step with a date and a comment.
    page.goto("/team/progression/")
    page.get_by_role("link", name="Sam Okafor").click()
    page.get_by_role(
        "link", name=re.compile("Review Sam Okafor's evidence on this framework")
    ).first.click()
    check_accessibility(page, "3-review-person")
    page.get_by_role("link", name=re.compile("Confirm Level B")).click()
    check_accessibility(page, "3-confirm-level")
    page.get_by_label(re.compile("^Comment")).fill("Agreed at supervision")
    page.get_by_role("button", name="Confirm Level B").click()
    assert page.get_by_text("Level B confirmed for Sam Okafor").is_visible()

    # The matrix, and its Excel export with the same figures.
    visit(page, "/team/progression/", "3-team-matrix")
    check_reflow(page)
    check_visible_focus(page)
    sam_row = page.get_by_role("row", name=re.compile("Sam Okafor"))
    assert sam_row.get_by_text("Level B").first.is_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download XLSX (Excel)").click()
    workbook = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
    rows = list(workbook.active.iter_rows(values_only=True))
    header = rows[0]
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert by_name["Sam Okafor"]["FGC Coordinator: level confirmed"] == "B"
    priya_page = page.get_by_role("row", name=re.compile("Priya Shah")).inner_text()
    percent = by_name["Priya Shah"]["FGC Coordinator: % towards next level"]
    assert f"{percent}% towards Level" in priya_page


def test_service_manager_decides_on_a_team_leaders_evidence(page):
    """Issue 15, item 1: a team leader's evidence is the service manager's to decide, or a
    team leader's the service manager appoints."""
    sign_in(page, "servicemanager")
    visit(page, "/team/reviewers/", "4-reviewers")
    check_reflow(page)
    visit(page, "/review/", "4-review-queue")
    page.get_by_role(
        "link", name=re.compile("Decide on Supervision with the service manager, Tess Morgan")
    ).click()
    check_accessibility(page, "4-review-evidence")
    page.get_by_role("radio", name="Met", exact=True).check()
    page.get_by_role("button", name="Save decision").click()
    assert page.get_by_text(re.compile(r"decisions recorded on .* for Tess Morgan")).is_visible()
    assert page.get_by_text("There is no evidence waiting for review.").is_visible()
    # Rowan Hughes, another team leader, is appointed to decide on Tess Morgan's evidence.
    page.goto("/team/reviewers/")
    page.get_by_label("Who decides on Tess Morgan's evidence").select_option(label="Rowan Hughes")
    page.get_by_role("button", name="Save for Tess Morgan").click()
    assert page.get_by_text("Rowan Hughes decides on Tess Morgan's evidence.").is_visible()
    check_accessibility(page, "4-reviewer-appointed")


def _keyboard_sign_in(page, username: str) -> None:
    page.goto("/sign-in/")
    page.get_by_label("Username").focus()
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/sign-in/" not in page.url


def _press(locator, key: str = "Enter") -> None:
    """Reach a control and work it with the keyboard alone (no pointer events)."""
    locator.focus()
    if key == "Enter":
        with locator.page.expect_navigation():
            locator.page.keyboard.press(key)
    else:
        locator.page.keyboard.press(key)


def _type_into(locator, text: str) -> None:
    locator.focus()
    page = locator.page
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(text)


def test_observation_written_shared_answered_and_signed_off_by_keyboard(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="en-GB")
    context.set_default_timeout(15_000)
    page = context.new_page()

    # The coordinator starts an observation of Priya's practice.
    _keyboard_sign_in(page, "coordinator")
    page.goto("/observations/new/")
    check_accessibility(page, "2-observation-start")
    page.get_by_label("Whose practice did you observe?").focus()
    page.keyboard.type("Priya")
    _press(page.get_by_label("Family group conference", exact=True), "Space")
    _press(
        page.get_by_role("radio", name=re.compile("^Family group conference observation")), "Space"
    )
    # Date inputs segment typed digits by the browser's locale; fill types the ISO value.
    page.get_by_label("Date of the meeting").fill("2026-11-20")
    _press(page.get_by_label(re.compile("The family agreed")), "Space")
    _press(page.get_by_role("button", name="Start the observation"))
    assert page.get_by_role("heading", name=re.compile("Observation of Priya Shah")).is_visible()

    # Part of the way through: a draft, with a phone number that must not stay.
    _press(page.get_by_role("checkbox", name="Private family time"), "Space")
    _press(page.get_by_role("checkbox", name="Information sharing"), "Space")
    _type_into(page.get_by_label("Strengths"), "Calm chairing. The aunt rang on 07700 900123.")
    _press(page.get_by_role("button", name="Save draft"))
    warning = page.get_by_text("07700 900123").first
    assert warning.is_visible(), "the identifier warning lists the phone number"
    check_accessibility(page, "2-identifier-warning")
    shot(page, "2-identifier-warning")
    _type_into(page.get_by_label("Strengths"), "Calm chairing; clear ground rules; the family led.")
    for stage in ("information_sharing", "private_family_time"):
        for group in page.locator(f'[data-stage="{stage}"]').get_by_role("group").all():
            _press(group.get_by_role("radio", name="Secure", exact=True), "Space")
    # Criteria of the stages not ticked take no rating: their scale is disabled.
    referral = page.locator('[data-stage="referral"]')
    assert referral.get_by_role("radio", name="Secure", exact=True).first.is_disabled()
    assert referral.get_by_role("radio", name="No rating").first.is_checked()
    _press(page.get_by_role("button", name="Save draft"))
    assert "07700" not in page.content()
    _press(page.get_by_role("button", name=re.compile("Save and share with Priya Shah")))
    assert page.get_by_text(re.compile("Shared")).first.is_visible()
    shot(page, "2-shared")

    # Priya responds.
    context.clear_cookies()
    _keyboard_sign_in(page, "practitioner")
    page.goto("/observations/of-me/")
    check_accessibility(page, "2-observations-of-me")
    _press(page.get_by_role("link", name=re.compile("Sam Okafor|20 November 2026")).first)
    _type_into(
        page.get_by_label("Your response and reflection"),
        "Useful feedback. I will agree timings with professionals before the next conference.",
    )
    _press(page.get_by_role("button", name="Send your response"))
    check_accessibility(page, "2-responded")

    # Tess signs it off.
    context.clear_cookies()
    _keyboard_sign_in(page, "teamleader")
    page.goto("/observations/sign-off/")
    check_accessibility(page, "2-sign-off-queue")
    check_reflow(page)
    _press(page.get_by_role("link", name=re.compile("Priya Shah")).first)
    _press(page.get_by_role("button", name="Sign off and lock"))
    assert page.get_by_text(re.compile("[Ss]igned off")).first.is_visible()
    check_accessibility(page, "2-signed-off")
    check_visible_focus(page)
    shot(page, "2-signed-off")
    context.close()


def test_volunteer_finds_an_easy_read_resource_and_is_kept_off_staff_pages(page):
    sign_in(page, "volunteer")
    assert "/my-circle/" in page.url
    check_accessibility(page, "4-my-circle")
    check_reflow(page)
    shot(page, "4-my-circle")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Resources").click()
    page.get_by_label("Search resources").fill("advocate")
    page.get_by_role("button", name="Search").click()
    check_accessibility(page, "4-search-results")
    shot(page, "4-search-results")
    page.get_by_role("link", name=re.compile("advocate", re.IGNORECASE)).first.click()
    check_accessibility(page, "4-resource")
    page.get_by_role("link", name="Read the easy-read version").click()
    check_accessibility(page, "4-easy-read")
    check_reflow(page)
    shot(page, "4-easy-read")
    for staff_url in [
        "/progression/",
        "/observations/made/",
        "/team/progression/",
        "/learning/cpd/",
    ]:
        response = page.goto(staff_url)
        assert response.status == 404, staff_url
        assert page.get_by_role("heading", name="Page not found").is_visible()
    check_accessibility(page, "4-not-found")


def test_editor_and_api_docs_work_under_the_content_security_policy(page):
    """The admin and the API docs get the only relaxed policy; the product pages none."""
    sign_in(page, "editor")
    for path in ("/admin/", "/admin/pages/", "/admin/documents/", "/admin/images/", "/api/v1/docs"):
        response = page.goto(path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
    header = page.goto("/resources/").headers["content-security-policy"]
    assert "script-src 'self';" in header
    assert "unsafe-inline" not in header


def test_assignments_are_changed_and_cancelled_and_other_frameworks_offered(page):
    """Items 6 and 10 of issue 15: a team leader changes and cancels an assignment; a
    coordinator is offered, not given, Team Leader framework evidence for a module."""
    sign_in(page, "teamleader")
    visit(page, "/learning/assignments/", "10-assignments")
    page.get_by_role(
        "link", name="Change Family group conference stages and private family time for Priya Shah"
    ).click()
    check_accessibility(page, "10-assignment-change")
    page.get_by_label("Note to the learner").fill("Bring one question to supervision.")
    page.get_by_role("button", name="Save changes").click()
    assert page.get_by_text("is changed").is_visible()
    page.get_by_role(
        "link", name="Cancel Family group conference stages and private family time for Priya Shah"
    ).click()
    check_accessibility(page, "10-assignment-cancel")
    shot(page, "10-assignment-cancel")
    page.get_by_role("button", name="Yes, cancel the assignment").click()
    assert page.get_by_text("is no longer assigned to Priya Shah").is_visible()
    check_accessibility(page, "10-assignment-cancelled")

    page.context.clear_cookies()
    sign_in(page, "coordinator")
    visit(page, "/learning/", "6-my-learning")
    # The completed module that maps to a Team Leader statement offers it under Completed.
    assert page.get_by_text("also maps to statements of the").first.is_visible()
    check_accessibility(page, "6-certificate-offer")
    shot(page, "6-certificate-offer")
    offers = page.get_by_role("button", name=re.compile("^Add it as evidence")).count()
    page.get_by_role("button", name=re.compile("^Add it as evidence")).first.click()
    assert page.get_by_text("waiting for review").is_visible()
    page.goto(page.url.split("/learning/")[0] + "/learning/")
    assert page.get_by_role("button", name=re.compile("^Add it as evidence")).count() == offers - 1
