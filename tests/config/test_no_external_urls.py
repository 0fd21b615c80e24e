"""Nothing Pactum serves reaches outside the machine: every HTML page (landing page, the HTML
API view, docs, Redoc, the admin) and our own static files reference only local resources.

Links an editor stored as data (a source's URL, a publication's page, a URL in a record's text
shown in the HTML API view's response body) may show as links;
nothing else may name another host: no CDN, no web font, no validator badge."""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.db import models
from django.urls import reverse

from tests.api.test_api_contract import SUMMARY

pytestmark = pytest.mark.django_db

_REFERENCE = re.compile(
    r"""(?P<attr>src|href|action|srcset|poster|data-src|content)\s*=\s*["'](?P<url>[^"']+)["']"""
    r"""|url\(\s*["']?(?P<css>[^"')]+)|@import\s+["'](?P<imp>[^"']+)""",
    re.IGNORECASE,
)
_ANCHOR = re.compile(r"""<a\s[^>]*href\s*=\s*["'](?P<url>[^"']+)["']""", re.IGNORECASE)
_EXTERNAL_TEXT = re.compile(r"(?:https?:)?//(?:fonts\.googleapis|fonts\.gstatic|cdn\.|unpkg|jsdelivr|cdnjs)", re.I)


def _external(url: str) -> bool:
    url = url.strip().replace("&amp;", "&")
    if url.startswith("//"):
        return True
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.hostname not in ("testserver", None)


def _stored_urls() -> set[str]:
    """Every URL an editor stored as data (URLField values of every model)."""
    stored = set()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.URLField):
                stored.update(v for v in model._base_manager.values_list(field.attname, flat=True) if v)
    return stored


# The HTML API view's response body: record data, its URLs made clickable by DRF.
_RESPONSE_BODY = re.compile(r'<pre class="prettyprint">.*?</pre>', re.DOTALL)


def external_references(html: str, stored: set[str]) -> list[str]:
    data_links = {
        m["url"].replace("&amp;", "&") for body in _RESPONSE_BODY.findall(html) for m in _ANCHOR.finditer(body)
    }
    anchors = {m["url"].replace("&amp;", "&") for m in _ANCHOR.finditer(html)}
    stored = stored | data_links
    found = []
    for match in _REFERENCE.finditer(html):
        url = match["url"] or match["css"] or match["imp"] or ""
        if match["attr"] and match["attr"].lower() == "content" and not url.startswith(("http", "//")):
            continue
        clean = url.replace("&amp;", "&")
        if _external(clean) and not (clean in anchors and clean in stored):
            found.append(url)
    found += _EXTERNAL_TEXT.findall(html)
    return found


def _html_pages(client) -> list[str]:
    pages = ["/", "/api/v1/", "/api/v1/docs/", "/api/v1/redoc/", "/admin/login/"]
    for resource in sorted(SUMMARY):
        pages.append(f"/api/v1/{resource}/")
        first = client.get(f"/api/v1/{resource}/").json()["results"]
        if first:
            pages.append(urlsplit(first[0]["url"]).path)
    return pages


def _admin_pages() -> list[str]:
    pages = [reverse("admin:index"), "/admin/commentary/publication/import/"]
    for model in admin.site._registry:
        info = (model._meta.app_label, model._meta.model_name)
        pages.append(reverse("admin:{}_{}_changelist".format(*info)))
        pages.append(reverse("admin:{}_{}_add".format(*info)))
        row = model._default_manager.order_by("pk").first()
        if row is not None:
            pages.append(reverse("admin:{}_{}_change".format(*info), args=[row.pk]))
    return pages


def test_every_public_html_page_references_only_local_resources(client, seeded):
    stored = _stored_urls()
    checked = 0
    for path in _html_pages(client):
        response = client.get(path, HTTP_ACCEPT="text/html")
        assert response.status_code == 200, path
        assert response["Content-Type"].startswith("text/html"), path
        assert external_references(response.content.decode(), stored) == [], path
        checked += 1
    assert checked > 20


def test_every_admin_page_references_only_local_resources(client, seeded, superuser):
    client.force_login(superuser)
    stored = _stored_urls()
    for path in _admin_pages():
        response = client.get(path)
        if path.endswith("/add/") and response.status_code == 403:
            continue  # models nobody adds by hand (tokens are issued by a command)
        assert response.status_code == 200, path
        assert external_references(response.content.decode(), stored) == [], path


def test_own_static_files_reference_only_local_resources():
    for directory in settings.STATICFILES_DIRS:
        for path in Path(directory).rglob("*"):
            if path.suffix in (".css", ".js", ".html") and "vendor" not in path.parts:
                assert external_references(path.read_text(), set()) == [], path


def test_the_checker_catches_what_it_is_for():
    html = (
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto">'
        '<script src="//cdn.example.org/x.js"></script><a href="https://example.org/page">x</a>'
        "<style>@font-face { src: url(https://fonts.gstatic.com/r.woff2) }</style>"
        '<img src="/static/local.png"><a href="http://testserver/api/v1/">root</a>'
    )
    found = external_references(html, stored={"https://example.org/page"})
    assert "https://fonts.googleapis.com/css2?family=Roboto" in found
    assert "//cdn.example.org/x.js" in found
    assert "https://fonts.gstatic.com/r.woff2" in found
    assert not any("example.org/page" in url or "/static/local.png" in url or "testserver" in url for url in found)
    assert external_references('<a href="https://elsewhere.org/">x</a>', stored=set()) == ["https://elsewhere.org/"]
