"""The API for a newcomer: an HTML view for browsers, canonical `url` fields in every format,
a schema that marks only writes as needing a token and answers from a per-process cache."""

import csv
import io
import json

import pytest
from drf_spectacular.generators import SchemaGenerator

from api.schema_view import CachedSchemaView
from tests.api.test_api_contract import SUMMARY
from tests.api_support import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return build_world()


def test_browsers_get_an_html_view_of_a_list(api_client, world):
    response = api_client.get("/api/v1/treaties/", HTTP_ACCEPT="text/html,application/xhtml+xml,*/*;q=0.8")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert "<title>Treaty List – Pactum API</title>" in html
    assert "&quot;count&quot;: 2" in html  # indented JSON, not one minified line
    assert 'name="party"' in html and 'name="in_force_on"' in html  # the filter form
    assert 'id="post-object-form"' not in html and "raw-data" not in html  # read-only


def test_api_root_answers_text_html_instead_of_406(api_client, world):
    response = api_client.get("/api/v1/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert "/api/v1/treaties/" in response.content.decode()


def test_html_view_offers_editors_no_write_form_either(api_client, world, editor):
    api_client.force_login(editor)
    html = api_client.get("/api/v1/treaties/new-treaty/", HTTP_ACCEPT="text/html").content.decode()
    assert "&quot;slug&quot;: &quot;new-treaty&quot;" in html
    assert 'id="put-generic-content-form"' not in html and 'id="post-generic-content-form"' not in html


def test_json_stays_the_default_without_accept(api_client, world):
    assert api_client.get("/api/v1/treaties/")["Content-Type"] == "application/json"


@pytest.mark.parametrize("resource", sorted(SUMMARY))
def test_export_rows_link_the_canonical_json_resource(api_client, world, resource):
    for fmt in ("ndjson", "csv"):
        body = b"".join(api_client.get(f"/api/v1/{resource}/export/?format={fmt}").streaming_content).decode()
        rows = (
            # every record line; the last line is the `_trailer` with the row count
            [row for row in map(json.loads, body.splitlines()) if "_trailer" not in row]
            if fmt == "ndjson"
            else list(csv.DictReader(io.StringIO(body)))
        )
        assert rows
        for row in rows:
            assert "?" not in row["url"], row["url"]
            assert row["url"].startswith("http://testserver/api/v1/")


def test_csv_list_rows_link_the_canonical_json_resource(api_client, world):
    rows = list(csv.DictReader(io.StringIO(api_client.get("/api/v1/articles/?format=csv").content.decode())))
    assert rows and all(row["url"].endswith("/") and "format" not in row["url"] for row in rows)
    assert all("format" not in row["treaty.url"] for row in rows)
    assert api_client.get(rows[0]["url"]).json()["id"] == rows[0]["id"]


@pytest.fixture(scope="module")
def openapi() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def test_public_reads_carry_no_security_requirement(openapi):
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            # history (editors) and webhooks (a token holder's own subscriptions) need a token
            if method == "get" and not path.endswith("/history/") and "/webhooks/" not in path:
                assert "security" not in operation, (method, path)
            elif method == "get":
                assert operation["security"] == [{"tokenAuth": []}], (method, path)


def test_writes_and_history_carry_the_token_scheme(openapi):
    writes = 0
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            if path == "/api/v1/resolve/":
                assert "security" not in operation  # public, throttled
            elif method in ("post", "put", "patch", "delete") or path.endswith("/history/"):
                assert operation["security"] == [{"tokenAuth": []}], (method, path)
                writes += 1
    assert writes > 20
    assert "tokenAuth" in openapi["components"]["securitySchemes"]


def test_schema_is_generated_once_per_process(client, monkeypatch):
    calls = []
    original = SchemaGenerator.get_schema
    monkeypatch.setattr(CachedSchemaView, "_rendered", {})
    monkeypatch.setattr(SchemaGenerator, "get_schema", lambda self, **kw: calls.append(1) or original(self, **kw))
    first, second = client.get("/api/v1/schema/"), client.get("/api/v1/schema/")
    assert first.status_code == second.status_code == 200
    assert first.content == second.content and first.content.startswith(b"openapi: 3")
    assert second["Content-Type"] == first["Content-Type"]
    assert len(calls) == 1  # the second answer is the stored bytes, not a regeneration
    as_json = client.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert json.loads(as_json.content)["info"]["title"] == "Pactum API"
