"""Browser fixtures: Debian's Chromium driven by Playwright, screenshots for people to look at.

Playwright's own browser downloads are never used. In CI (CI set, as .ci/run does after
installing Chromium) a missing browser fails loudly; on a developer machine without Chromium
the browser tests are reported as skipped with the install command, never as passed.

Screenshots go to artifacts/screenshots/ (or $PACTUM_SCREENSHOTS); the run prints the path.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connections

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path(os.environ.get("PACTUM_SCREENSHOTS", ROOT / "artifacts" / "screenshots"))


@pytest.fixture
def browser_page(monkeypatch, live_server):
    """A 1280 px wide page. `page.outside_requests` lists every request that left the live
    server (fonts, CDNs, validators): the pages must work offline."""
    # Playwright's sync API runs an event loop in this thread; Django's ORM (used by the
    # test body between browser steps) refuses to run there unless told it is safe.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: run `apt-get install -y chromium` (.ci/run does it)."
        if os.environ.get("CI"):
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    host = urlsplit(live_server.url).netloc
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(15_000)
        page.outside_requests = []
        page.console_errors = []

        def _check(route):
            url = route.request.url
            if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != host:
                page.outside_requests.append(url)
                return route.abort()
            return route.continue_()

        page.route("**/*", _check)
        page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
        page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
        try:
            yield page
        finally:
            browser.close()
            # ORM calls made while Playwright's loop is current get their own connection
            # (asgiref context-local storage); close it, or PostgreSQL cannot drop the
            # test database at the end of the session.
            connections.close_all()


@pytest.fixture
def screenshot():
    """screenshot(page, "landing") saves a full-page PNG under SCREENSHOTS."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def _save(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return _save


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOTS.exists() and any(SCREENSHOTS.glob("*.png")):
        terminalreporter.write_line(f"Browser screenshots: {SCREENSHOTS}")
