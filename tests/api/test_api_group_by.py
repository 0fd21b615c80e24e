"""`group_by` on every list: keys with counts and display names, validated input, one
aggregate query whatever the rows, drafts never counted for anonymous readers."""

import pytest
from drf_spectacular.generators import SchemaGenerator

from api.v1.urls import router
from tests.api.test_api_queries import BUILDERS, count_queries
from tests.api.test_schema import assert_valid, validator_for
from tests.api_support import build_world

pytestmark = pytest.mark.django_db

GROUPABLE = {prefix: viewset.group_by_fields for prefix, viewset, _basename in router.registry}


@pytest.mark.parametrize("resource", sorted(BUILDERS))
def test_group_by_queries_do_not_grow_with_rows(api_client, resource):
    for _ in range(3):
        BUILDERS[resource]()
    for name in GROUPABLE[resource]:
        few, body = count_queries(api_client, f"/api/v1/{resource}/?group_by={name}")
        for _ in range(20):
            BUILDERS[resource]()
        many, body = count_queries(api_client, f"/api/v1/{resource}/?group_by={name}")
        assert few == many <= 3, (resource, name)
        assert body["groups"] and len(body["groups"]) <= 50  # the default group_limit


def test_every_list_offers_group_by():
    assert all(GROUPABLE.values()), [prefix for prefix, fields in GROUPABLE.items() if not fields]


def test_group_by_counts_and_names(api_client):
    world = build_world()
    body = api_client.get("/api/v1/mentions/?group_by=actor").json()
    counts = {tuple(g["key"]): (g["key_display_name"], g["count"]) for g in body["groups"]}
    assert counts[(world.dprk.slug,)][0] == [world.dprk.name]
    listed = api_client.get(f"/api/v1/mentions/?actor={world.dprk.slug}").json()["count"]
    assert counts[(world.dprk.slug,)][1] == listed
    assert "secret-state" not in {key[0] for key in counts}


def test_group_by_enum_uses_labels(api_client):
    build_world()
    body = api_client.get("/api/v1/treaties/?group_by=status").json()
    assert body["group_by"] == ["status"]
    assert {g["key"][0]: g["key_display_name"][0] for g in body["groups"]}.get("lapsed") == "Lapsed"


def test_group_by_response_matches_the_schema(api_client):
    build_world()
    openapi = SchemaGenerator().get_schema(request=None, public=True)
    body = api_client.get("/api/v1/mentions/?group_by=expert,actor").json()
    assert body["groups"]
    assert_valid(validator_for(openapi, "/api/v1/mentions/"), body)
    params = {p["name"]: p for p in openapi["paths"]["/api/v1/mentions/"]["get"]["parameters"]}
    assert "`expert`" in params["group_by"]["description"] and "`actor`" in params["group_by"]["description"]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("group_by=nope", "group_by"),
        ("group_by=actor,expert,takeaway", "group_by"),
        ("group_by=actor,actor", "group_by"),
        ("group_by=actor&group_limit=0", "group_limit"),
        ("group_by=actor&group_limit=9999", "group_limit"),
        ("group_by=actor&page=2", "page"),
        ("group_limit=5", "group_limit"),
    ],
)
def test_bad_group_by_is_a_400_naming_the_parameter(api_client, query, param):
    response = api_client.get(f"/api/v1/mentions/?{query}")
    assert response.status_code == 400
    assert param in response.json()["errors"]


def test_group_limit_bounds_the_groups(api_client):
    build_world()
    body = api_client.get("/api/v1/mentions/?group_by=actor&group_limit=1").json()
    assert len(body["groups"]) == 1
