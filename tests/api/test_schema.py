"""The OpenAPI schema: it generates without warnings, documents every filter, and real
responses of every list and detail endpoint validate against it."""

import copy
import io

import pytest
from django.core.management import call_command
from drf_spectacular.generators import SchemaGenerator
from jsonschema import Draft202012Validator

from tests.api_support import ROUTED_RESOURCES, build_world

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def openapi() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def test_schema_validates_without_warnings(tmp_path):
    out = tmp_path / "schema.yaml"
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(out), stderr=io.StringIO())
    assert out.read_text().startswith("openapi: 3")


def _jsonschema(node):
    """OpenAPI 3.0 -> JSON Schema 2020-12: `nullable`, and closed objects so an
    undocumented key in a response fails the contract."""
    if isinstance(node, list):
        return [_jsonschema(n) for n in node]
    if not isinstance(node, dict):
        return node
    node = {k: _jsonschema(v) for k, v in node.items()}
    if node.get("type") == "object" and "properties" in node:
        node.setdefault("additionalProperties", False)
    if node.pop("nullable", False):
        if "type" in node:
            node["type"] = [node["type"], "null"]
        else:
            node = {"anyOf": [node, {"type": "null"}]}
    return node


def validator_for(openapi: dict, path: str, code: str = "200", media: str = "application/json"):
    operation = openapi["paths"][path]["get"]
    schema = copy.deepcopy(operation["responses"][code]["content"][media]["schema"])
    schema = _jsonschema(schema)
    schema["components"] = _jsonschema(openapi["components"])
    return Draft202012Validator(schema)


def assert_valid(validator, body):
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


DETAIL_PATHS = {
    "articles": "/api/v1/articles/{id}/",
    "citations": "/api/v1/citations/{id}/",
    "mentions": "/api/v1/mentions/{id}/",
    "claims": "/api/v1/claims/{id}/",
    "provision-types": "/api/v1/provision-types/{code}/",
}


@pytest.mark.parametrize("resource", ROUTED_RESOURCES)
def test_list_and_detail_responses_match_the_schema(api_client, openapi, resource):
    build_world()
    listing = api_client.get(f"/api/v1/{resource}/?page_size=200").json()
    assert_valid(validator_for(openapi, f"/api/v1/{resource}/"), listing)
    detail_path = DETAIL_PATHS.get(resource, f"/api/v1/{resource}/{{slug}}/")
    validator = validator_for(openapi, detail_path)
    for item in listing["results"]:
        assert_valid(validator, api_client.get(item["url"]).json())


def test_cursor_page_matches_the_schema(api_client, openapi):
    build_world()
    body = api_client.get("/api/v1/treaties/?cursor=").json()
    assert_valid(validator_for(openapi, "/api/v1/treaties/"), body)


def test_treaty_article_route_matches_the_schema(api_client, openapi):
    build_world()
    body = api_client.get("/api/v1/treaties/old-treaty/articles/I/").json()
    assert_valid(validator_for(openapi, "/api/v1/treaties/{treaty_slug}/articles/{number}/"), body)


def test_problem_responses_match_the_schema(api_client, openapi):
    body = api_client.get("/api/v1/treaties/?partyy=x").json()
    assert_valid(validator_for(openapi, "/api/v1/treaties/", "400", "application/problem+json"), body)
    body = api_client.get("/api/v1/treaties/?status=alive").json()
    assert_valid(validator_for(openapi, "/api/v1/treaties/", "400", "application/problem+json"), body)
    body = api_client.get("/api/v1/treaties/none/").json()
    assert_valid(validator_for(openapi, "/api/v1/treaties/{slug}/", "404", "application/problem+json"), body)


def test_a_wrong_response_would_fail_validation(openapi):
    validator = validator_for(openapi, "/api/v1/treaties/{slug}/")
    assert list(validator.iter_errors({"id": "x"}))


def _params(openapi: dict, path: str) -> dict:
    return {p["name"]: p for p in openapi["paths"][path]["get"]["parameters"]}


def test_filters_are_documented_with_type_enum_and_repeatability(openapi):
    params = _params(openapi, "/api/v1/treaties/")
    assert params["party"]["schema"] == {"type": "array", "items": {"type": "string"}}
    assert params["party"]["explode"] is True
    assert "Repeatable" in params["party"]["description"]
    assert "every" in params["party_all"]["description"] or "all" in params["party_all"]["description"]
    assert params["status"]["schema"]["items"]["enum"] == ["in_force", "lapsed", "signed", "superseded", "terminated"]
    assert params["in_force_on"]["schema"] == {"type": "string", "format": "date"}
    assert "Allowed: `signed_on`" in params["ordering"]["description"]
    assert {"page", "page_size", "cursor", "fields", "omit", "format", "q"} <= set(params)


@pytest.mark.parametrize(
    ("resource", "expected"),
    [
        ("treaties", {"party", "party_all", "status", "kind", "signed_after", "signed_before", "in_force_on"}),
        ("treaties", {"provision_type", "supersedes", "q"}),
        ("articles", {"treaty", "provision_type", "cited_by_expert", "cited_in_publication", "confidence", "q"}),
        ("takeaways", {"expert", "publication", "mentions", "cites_treaty", "cites_article", "topic", "q"}),
        ("takeaways", {"published_after", "published_before"}),
        ("actors", {"kind", "iso3", "party_to", "mentioned_in", "q"}),
        ("events", {"participant", "treaty", "start_after", "start_before"}),
        ("experts", {"affiliation", "publication", "updated_after", "updated_before"}),
        ("publications", {"publisher", "subject_treaty", "expert", "published_after", "published_before"}),
        ("citations", {"takeaway", "treaty", "article", "expert", "publication", "created_after"}),
        ("mentions", {"takeaway", "actor", "expert", "publication", "created_before"}),
        ("claims", {"article", "treaty", "actor", "expert", "stance", "published_after", "published_before"}),
    ],
)
def test_issue_filters_are_in_the_schema(openapi, resource, expected):
    params = _params(openapi, f"/api/v1/{resource}/")
    assert expected <= set(params)
    assert all(params[name].get("description") for name in expected)


def test_error_responses_are_documented(openapi):
    responses = openapi["paths"]["/api/v1/treaties/"]["get"]["responses"]
    assert {"200", "400", "404"} <= set(responses)
    assert "application/problem+json" in responses["400"]["content"]
