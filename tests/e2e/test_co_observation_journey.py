"""Co-observation in a real browser: two observers rate one meeting on their own, neither
sees the other's ratings until both have shared, then the side-by-side; axe at 0 on each
page."""

import re

from tests.e2e.conftest import check_accessibility, check_reflow, shot, sign_in

MEETING = "2026-11-09"


def _rate_information_sharing(page, rating: str, strengths: str) -> None:
    page.get_by_role("checkbox", name="Information sharing").check()
    for group in page.locator('[data-stage="information_sharing"]').get_by_role("group").all():
        group.get_by_role("radio", name=rating, exact=True).check()
    page.get_by_label("Strengths").fill(strengths)


def test_two_observers_rate_on_their_own_then_compare(browser, base_url):
    context = browser.new_context(base_url=base_url, locale="en-GB")
    context.set_default_timeout(15_000)
    page = context.new_page()

    # Sam starts an observation of Priya and asks Nia, who was there too, to rate it.
    sign_in(page, "coordinator")
    page.goto("/observations/new/")
    page.get_by_label("Whose practice did you observe?").select_option(label="Priya Shah")
    page.get_by_label("Co-facilitated meeting", exact=True).check()
    page.get_by_role("radio", name=re.compile("^Family group conference observation")).check()
    page.get_by_label("Date of the meeting").fill(MEETING)
    page.get_by_label(re.compile("The family agreed")).check()
    page.get_by_role("button", name="Start the observation").click()
    _rate_information_sharing(page, "Strong", "Clear ground rules; the family led.")
    page.get_by_role("button", name="Save draft").click()
    first_edit = page.url
    page.goto(first_edit.replace("/edit/", "/"))
    first_url = page.url
    page.get_by_role("link", name="Add a second observer who was at the meeting").click()
    check_accessibility(page, "co-1-invite")
    page.get_by_label("Who else observed the meeting?").select_option(label="Nia Roberts")
    page.get_by_label(re.compile("The family agreed to a second observer")).check()
    page.get_by_role("button", name="Ask them to rate the meeting").click()
    assert page.get_by_text(re.compile("Nia Roberts rated the same meeting")).is_visible()
    page.goto(first_edit)
    page.get_by_role("button", name=re.compile("Save and share with Priya Shah")).click()
    assert page.get_by_text(re.compile("Shared")).first.is_visible()

    # Nia cannot read Sam's observation while hers is a draft, and the pair shows no ratings.
    context.clear_cookies()
    sign_in(page, "coordinator2")
    assert page.goto(first_url).status == 404
    page.goto("/observations/made/")
    page.get_by_role("link", name="Co-facilitated meeting with Priya Shah").click()
    page.get_by_role("link", name="Co-observation").click()
    assert page.get_by_role("heading", name="Ratings not shown yet").is_visible()
    assert "Strong" not in page.content()
    check_accessibility(page, "co-2-not-yet")
    shot(page, "co-2-not-yet")
    page.get_by_role("link", name="Rate the meeting in your observation").click()
    _rate_information_sharing(page, "Secure", "Calm chairing; everyone heard.")
    page.get_by_role("button", name=re.compile("Save and share with Priya Shah")).click()

    # Both shared: Nia reads Sam's observation, and the ratings side by side.
    assert page.goto(first_url).status == 200
    page.get_by_role("link", name="Compare the two observers' ratings side by side").click()
    assert page.get_by_role("heading", name="Ratings side by side").is_visible()
    assert page.get_by_text("Differ", exact=True).first.is_visible()
    assert page.get_by_text("Not compared", exact=True).first.is_visible()
    check_accessibility(page, "co-3-side-by-side")
    check_reflow(page)
    page.get_by_label("Calibration discussion note").fill(
        "We agreed strong means practice others could model, not only a good day."
    )
    page.get_by_role("button", name="Record the discussion and close").click()
    assert page.get_by_text(re.compile("Closed: calibration discussion recorded")).is_visible()
    check_accessibility(page, "co-4-closed")
    shot(page, "co-4-closed")

    # Tess reads the calibration report for her team.
    context.clear_cookies()
    sign_in(page, "teamleader")
    page.goto("/observations/calibration/")
    assert page.get_by_role("heading", name="Observer calibration").is_visible()
    assert page.get_by_role("rowheader", name="Nia Roberts").is_visible()
    check_accessibility(page, "co-5-calibration-report")
    check_reflow(page)
    shot(page, "co-5-calibration-report")
    context.close()
