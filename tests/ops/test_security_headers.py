"""Security headers on every response: CSP (a page policy for HTML, a deny-all policy for
everything else), nosniff, Referrer-Policy, and HSTS when the request came over TLS."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

pytestmark = pytest.mark.django_db

PAGE_POLICY_PARTS = {
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
}


def _common(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def _directives(response) -> set[str]:
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


@pytest.mark.parametrize("path", ["/admin/login/", "/api/v1/docs/", "/api/v1/redoc/"])
def test_html_pages_get_a_self_only_policy(path):
    response = Client().get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    _common(response)
    assert response["X-Frame-Options"] == "DENY"
    directives = _directives(response)
    assert directives >= PAGE_POLICY_PARTS
    # Nothing external: every source is a keyword, a scheme for inline images, or 'self'.
    assert "http" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    # The policy allows no inline script, so the pages must carry none.
    soup = BeautifulSoup(response.content, "html.parser")
    scripts = soup.find_all("script")
    assert scripts and all(tag.get("src") for tag in scripts), [str(t)[:80] for t in scripts if not t.get("src")]
    external = [tag for tag in soup.find_all(["script", "link"]) if "//" in (tag.get("src") or tag.get("href") or "")]
    assert external == []


def test_swagger_start_up_script_is_served_from_self():
    page = BeautifulSoup(Client().get("/api/v1/docs/").content, "html.parser")
    script_url = page.find_all("script")[-1]["src"]
    assert script_url.startswith("/api/v1/docs/?script=")
    script = Client().get(script_url)
    assert script.status_code == 200
    assert "SwaggerUIBundle" in script.content.decode()


@pytest.mark.parametrize(
    ("path", "status"),
    [("/api/v1/treaties/", 200), ("/api/v1/nope/", 404), ("/healthz", 200), ("/readyz", 200)],
)
def test_every_other_response_gets_a_deny_all_policy(path, status):
    response = Client().get(path)
    assert response.status_code == status
    _common(response)
    assert response["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"


def test_hsts_is_sent_behind_tls_only(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    over_tls = Client().get("/api/v1/", HTTP_X_FORWARDED_PROTO="https")
    assert over_tls.status_code == 200
    assert over_tls["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "Strict-Transport-Security" not in Client().get("/api/v1/")
