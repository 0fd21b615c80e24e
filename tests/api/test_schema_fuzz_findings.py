"""What the schema fuzzer (tests/fuzz/run_schemathesis.py) found, as unit tests: the
schema is the contract, so the API does what it states and states what it does."""

import json

import pytest
from drf_spectacular.generators import SchemaGenerator

from commentary.models import Expert, Topic
from core.audit import COMMAND
from core.services import record_update
from tests.api_support import build_world

pytestmark = pytest.mark.django_db
PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def schema():
    return SchemaGenerator().get_schema(request=None, public=True)


@pytest.fixture
def world():
    return build_world()


def problem(response, status: int) -> dict:
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == PROBLEM
    return json.loads(response.content)


# --- the schema states it ---------------------------------------------------------------
def test_history_documents_401_and_403(schema):
    for path, item in schema["paths"].items():
        if path.endswith("/history/"):
            assert {"401", "403"} <= set(item["get"]["responses"]), path
            assert {} not in item["get"]["security"], path


def test_public_reads_do_not_require_authentication(schema):
    reads = [(path, op) for path, item in schema["paths"].items() for method, op in item.items() if method == "get"]
    public = [(path, op) for path, op in reads if not path.endswith("/history/") and "/webhooks/" not in path]
    assert public
    for path, op in public:
        assert {} in op.get("security", [{}]), path
    for path, item in schema["paths"].items():
        for method in ("post", "put", "patch", "delete"):
            if method in item and path != "/api/v1/resolve/":
                assert {} not in item[method]["security"], (method, path)


def test_paging_parameters_declare_their_bounds(schema):
    params = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/treaties/"]["get"]["parameters"]}
    assert params["page"]["minimum"] == 1
    assert params["page_size"] == {"type": "integer", "minimum": 1}  # larger is served as 200
    lineage = schema["paths"]["/api/v1/articles/{id}/lineage/"]["get"]["parameters"]
    depth = next(p for p in lineage if p["name"] == "depth")["schema"]
    assert depth["minimum"] == 1 and depth["maximum"] >= 1
    search = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/search/"]["get"]["parameters"]}
    assert search["limit"]["minimum"] == 1 and search["offset"]["minimum"] == 0


def test_if_match_declares_a_strong_etag_pattern(schema):
    operation = schema["paths"]["/api/v1/treaties/{slug}/"]["patch"]
    (if_match,) = [p for p in operation["parameters"] if p["name"] == "If-Match"]
    assert if_match["schema"]["pattern"] == r'^"[!#-~]{1,128}"$'


def test_optional_urls_are_nullable_uris(schema):
    components = schema["components"]["schemas"]
    for component, field in (("Expert", "profile_url"), ("Publication", "web_url")):
        prop = components[component]["properties"][field]
        assert prop["format"] == "uri" and prop["nullable"] is True


# --- and the API does it ---------------------------------------------------------------
def test_blank_urls_are_null_not_empty_strings(api_client, world):
    assert api_client.get("/api/v1/experts/town/").json()["profile_url"] is None
    assert api_client.get("/api/v1/publications/takeaways/").json()["web_url"] is None
    record_update(
        instance=Expert.objects.get(slug="town"), changes={"profile_url": "https://example.org/town"}, audit=COMMAND
    )
    assert api_client.get("/api/v1/experts/town/").json()["profile_url"] == "https://example.org/town"


def test_history_without_credentials_is_a_401_problem(api_client, world):
    body = problem(api_client.get("/api/v1/treaties/new-treaty/history/"), 401)
    assert body["detail"] == "Authentication credentials were not provided."


@pytest.mark.parametrize("param", ["updated_before", "updated_after", "signed_after"])
def test_an_empty_typed_filter_is_a_400_not_no_filter(api_client, world, param):
    body = problem(api_client.get(f"/api/v1/treaties/?{param}="), 400)
    assert body["errors"] == {param: ["This parameter may not be empty."]}


def test_empty_free_text_and_reference_filters_stay_allowed(api_client, world):
    assert api_client.get("/api/v1/treaties/?q=").status_code == 200
    assert api_client.get("/api/v1/treaties/?cursor=").status_code == 200


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({"text": 0}, "text", "Expected a string."),
        ({"text": ["a"]}, "text", "Expected a string."),
        ({"text": "x", "context": "treaty"}, "context", "Expected an object."),
        ({"text": "x", "context": {"treaty": 5}}, "context", "treaty"),
        ({"text": "x", "context": {"date": 20240101}}, "context", "date"),
    ],
)
def test_resolve_refuses_wrong_json_types(api_client, world, payload, field, message):
    body = problem(api_client.post("/api/v1/resolve/", payload, format="json"), 400)
    assert message in json.dumps(body["errors"][field])


@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        ({"name": 5, "slug": "five"}, "name", "Expected a string."),
        ({"name": "Five", "slug": True}, "slug", "Expected a string."),
        ({"name": "Five", "slug": "five", "description": {"a": 1}}, "description", "Expected a string."),
    ],
)
def test_writes_refuse_wrong_json_types_and_write_nothing(api_client, world, editor, payload, field, message):
    api_client.force_authenticate(editor)
    body = problem(api_client.post("/api/v1/topics/", payload, format="json"), 400)
    assert body["errors"][field] == [message]
    assert not Topic.objects.filter(slug="five").exists()


def test_typed_write_fields_refuse_strings_for_numbers_and_booleans(api_client, world, editor):
    api_client.force_authenticate(editor)
    payload = {
        "takeaway": "t1",
        "treaty": "new-treaty",
        "start": "0",
        "end": 5,
        "quote": world.t1.body[0:5],
        "method": "manual",
    }
    body = problem(api_client.post("/api/v1/citations/", payload, format="json"), 400)
    assert body["errors"]["start"] == ["Expected an integer."]
    payload["start"] = True
    body = problem(api_client.post("/api/v1/citations/", payload, format="json"), 400)
    assert body["errors"]["start"] == ["Expected an integer."]


def test_form_encoded_writes_are_415_since_forms_cannot_say_null(api_client, world, editor):
    # The fuzzer's finding: multipart `subject_treaty=` (empty) was taken as null although
    # the schema gives the field minLength 1. Writes take JSON only.
    api_client.force_authenticate(editor)
    response = api_client.post("/api/v1/publications/", {"title": "T", "slug": "t", "subject_treaty": ""})
    assert response.status_code == 415, response.content
    assert response["Content-Type"] == "application/problem+json"


# --- nightly fuzz of the merged wave (2026-12-02) ---------------------------------------------
@pytest.mark.parametrize("path", ["/api/v1/changes/", "/api/v1/webhooks/"])
def test_an_undeclared_method_is_405_before_authentication(api_client, path):
    problem(api_client.generic("TRACE", path), 405)


@pytest.mark.parametrize("path", ["/api/v1/timeline/", "/api/v1/changes/", "/api/v1/network/actors/"])
@pytest.mark.parametrize("value", ["", "xml"])
@pytest.mark.django_db
def test_an_empty_or_unknown_format_is_a_400_on_computed_views(api_client, path, value):
    body = problem(api_client.get(f"{path}?format={value}"), 400)
    assert "format" in json.dumps(body)


@pytest.mark.django_db
def test_corrections_page_by_cursor_in_json_and_csv(api_client):
    assert api_client.get("/api/v1/corrections/?cursor=").json()["results"] == []
    response = api_client.get("/api/v1/corrections/?cursor=&format=csv")
    assert response.status_code == 200 and response.content.startswith(b"id,url,")


def test_citable_exports_document_their_citation_formats(schema):
    for path in ("/api/v1/treaties/export/", "/api/v1/takeaways/export/", "/api/v1/articles/export/"):
        content = schema["paths"][path]["get"]["responses"]["200"]["content"]
        assert {"application/x-bibtex", "application/x-research-info-systems"} <= set(content), path
    assert "application/x-bibtex" not in schema["paths"]["/api/v1/actors/export/"]["get"]["responses"]["200"]["content"]


def test_token_only_reads_document_their_401(schema):
    for path in ("/api/v1/webhooks/", "/api/v1/webhooks/{id}/", "/api/v1/webhooks/{id}/deliveries/"):
        assert "401" in schema["paths"][path]["get"]["responses"], path
