"""At 320 CSS pixels: the navigation folds behind a menu button, and a wide table says that
it scrolls sideways. axe stays at 0 with the menu closed and open."""

from tests.e2e.conftest import check_accessibility, shot, sign_in


def test_menu_button_and_scrolling_table_at_320px(page):
    page.set_viewport_size({"width": 320, "height": 640})
    sign_in(page, "teamleader")
    page.goto("/team/progression/")
    nav = page.get_by_role("navigation", name="Main")
    menu = nav.get_by_role("button", name="Menu")
    assert menu.is_visible()
    assert menu.get_attribute("aria-expanded") == "false"
    assert not nav.get_by_role("link", name="Review evidence").is_visible()
    check_accessibility(page, "menu-closed-320")

    menu.click()
    assert menu.get_attribute("aria-expanded") == "true"
    assert nav.get_by_role("link", name="Review evidence").is_visible()
    check_accessibility(page, "menu-open-320")
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"
    assert page.evaluate("document.activeElement.dataset.navToggle !== undefined")

    matrix = page.get_by_role("region", name="Team progression matrix")
    assert matrix.get_attribute("tabindex") == "0"
    hint = page.get_by_text("Scroll sideways to see more").first
    assert hint.is_visible()
    assert hint.get_attribute("id") in (matrix.get_attribute("aria-describedby") or "").split()
    matrix.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    # The keys scroll the region (smoothly, so wait for it to move).
    page.wait_for_function("el => el.scrollLeft > 0", arg=matrix.element_handle(), timeout=5000)
    shot(page, "small-screen-matrix")

    # Wide enough, the button goes, every link shows, and tables that fit say nothing.
    page.set_viewport_size({"width": 1280, "height": 800})
    # The media query's change event reaches the script a moment after the resize.
    menu.wait_for(state="hidden", timeout=5000)
    assert nav.get_by_role("link", name="Review evidence").is_visible()
