"""Browser journeys against a real server running the demo data, in Debian's Chromium.

The server is the product as deployed: DEBUG off, WhiteNoise serving collected static
files, its own SQLite database built by `migrate` and `seed_demo`. It runs in a child
process, so these tests need no test database and leave the unit-test database alone.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PASSWORD = "practice-circle-demo"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = str(Path(__file__).resolve().parent)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.e2e)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env: dict, *args: str) -> None:
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory):
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM}: browser journeys skipped.")
    workdir = tmp_path_factory.mktemp("e2e")
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))},
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": f"sqlite:///{workdir}/e2e.sqlite3",
        "SECRET_KEY": "e2e-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        "DEBUG": "",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_COOKIES": "0",
        "SECURE_HSTS_SECONDS": "0",
        "PRIVATE_MEDIA_ROOT": str(workdir / "private"),
        "MEDIA_ROOT": str(workdir / "media"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        # One process plays the whole service here, so background tasks (search and
        # reference index updates, notifications) run at once instead of waiting for a
        # worker; the worker itself is exercised by tests/cluster/run_cluster_test.py.
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    }
    _manage(env, "migrate", "--noinput")
    _manage(env, "seed_demo", "--allow-production")
    _manage(env, "collectstatic", "--noinput", "--verbosity", "0")
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url + "/sign-in/", timeout=2)  # noqa: S310 - loopback
            break
        except OSError:
            time.sleep(0.3)
    else:
        server.terminate()
        pytest.fail("The test server did not start within 60 seconds.")
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser(base_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh browser tab. The journey fails if the page broke its Content-Security-Policy."""
    context = browser.new_context(base_url=base_url, viewport={"width": 1024, "height": 800})
    context.set_default_timeout(15_000)
    page = context.new_page()
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    yield page
    context.close()
    assert violations == [], "CSP violations:\n" + "\n".join(violations)


def sign_in(page, username: str) -> None:
    page.goto("/sign-in/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    assert "/sign-in/" not in page.url, f"{username} could not sign in"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def check_accessibility(page, name: str = "", *, preload: bool = True) -> None:
    """axe-core: no WCAG 2.2 A/AA violations on the page as it stands.

    preload=False where a page's stylesheet @imports another (the H5P player's h5p.css): axe's
    preload copies imported sheets into inline <style> elements, which the page's strict policy
    blocks, so axe itself would be the CSP violation. Only css-orientation-lock needs it."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}}
    results = Axe().run(page, options=options if preload else {**options, "preload": False})
    assert results.violations_count == 0, f"{name or page.url}:\n{results.generate_report()}"


def check_reflow(page) -> None:
    """At 320 CSS pixels (400% zoom of 1280) nothing scrolls sideways (WCAG 1.4.10)."""
    size = page.viewport_size
    page.set_viewport_size({"width": 320, "height": 640})
    width = page.evaluate("document.documentElement.scrollWidth")
    page.set_viewport_size(size)
    assert width <= 320, f"{page.url} is {width}px wide at 320px"


def check_visible_focus(page, limit: int = 40) -> None:
    """Tab through the page: every focused element shows an outline or a focus style."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.locator("body").focus()
    seen = 0
    for _ in range(limit):
        page.keyboard.press("Tab")
        style = page.evaluate(
            """() => {
                const el = document.activeElement;
                if (!el || el === document.body) return null;
                const s = getComputedStyle(el);
                return {tag: el.tagName, text: (el.innerText || el.value || '').slice(0, 40),
                        outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
                        shadow: s.boxShadow !== 'none', background: s.backgroundColor};
            }"""
        )
        if style is None:
            break
        seen += 1
        visible = style["outline"] or style["shadow"] or style["background"] in {"rgb(255, 221, 0)"}
        assert visible, f"No visible focus on {style['tag']} “{style['text']}” at {page.url}"
    assert seen > 0, f"Nothing on {page.url} takes keyboard focus"


def visit(page, path: str, name: str) -> None:
    """Open a page, check it, keep a screenshot."""
    page.goto(path)
    check_accessibility(page, name)
    shot(page, name)
