"""The HTML pages render in a real browser with the Content-Security-Policy on, and the
browser reports no violation: Swagger UI, Redoc and the admin need nothing but 'self'."""

import pytest

from tests.e2e.test_admin_browser import browser_page  # noqa: F401 (fixture)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Record every CSP violation the page reports, before any of its scripts run.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


def _visit(page, url: str, ready_selector: str) -> tuple[list[str], list[str]]:
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(url)
    assert response.status == 200
    assert "default-src 'self'" in response.headers["content-security-policy"]
    # The UIs render after fetching the schema, which takes seconds on a busy machine.
    page.wait_for_selector(ready_selector, timeout=60_000)
    page.wait_for_timeout(500)  # late resources (fonts, workers) report here too
    violations = page.evaluate("window.__cspViolations")
    return violations, [text for text in console if "Content Security Policy" in text]


def test_swagger_ui_renders_under_the_csp(live_server, browser_page):  # noqa: F811
    violations, console = _visit(browser_page, f"{live_server.url}/api/v1/docs/", ".swagger-ui .info .title")
    assert "Pactum API" in browser_page.inner_text(".swagger-ui .info .title")
    assert browser_page.locator(".opblock").count() > 20  # the operations were loaded from the schema
    assert violations == [] and console == []


def test_redoc_renders_under_the_csp(live_server, browser_page):  # noqa: F811
    violations, console = _visit(browser_page, f"{live_server.url}/api/v1/redoc/", "h1")
    assert "Pactum API" in browser_page.inner_text("h1")
    # Redoc's sidebar footer fetches the Redocly logo from its CDN. The policy blocks it on
    # purpose (nothing external) and Redoc hides the image when it fails to load.
    assert violations == ["img-src https://cdn.redoc.ly/redoc/logo-mini.svg"]
    assert all("cdn.redoc.ly" in text for text in console)


def test_admin_login_renders_under_the_csp(live_server, browser_page, editor):  # noqa: F811
    violations, console = _visit(browser_page, f"{live_server.url}/admin/login/", "#id_username")
    browser_page.fill("#id_username", editor.username)
    browser_page.fill("#id_password", "pw-" + editor.username)
    browser_page.click("input[type=submit]")
    browser_page.wait_for_selector("#user-tools")
    browser_page.goto(f"{live_server.url}/admin/treaties/treaty/add/")
    browser_page.wait_for_selector("#id_title")
    violations += browser_page.evaluate("window.__cspViolations")
    assert violations == [] and console == []
