"""GET /api/v1/usage/: the caller's use of each rate-limit policy; public, per token or
per address, never cached, in the schema."""

import pytest
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from accounts.services import token_create
from api.throttling import ClientRateThrottle, ScopedWindowRateThrottle, WindowRateThrottle

pytestmark = pytest.mark.django_db
USAGE = "/api/v1/usage/"


@pytest.fixture
def quotas(monkeypatch):
    monkeypatch.setattr(WindowRateThrottle, "timer", staticmethod(lambda: 1_000.0))
    monkeypatch.setattr(ClientRateThrottle, "THROTTLE_RATES", {"anon": "10/minute", "token": "50/minute"})
    monkeypatch.setattr(ScopedWindowRateThrottle, "THROTTLE_RATES", {"resolve": "4/minute"})


def test_anonymous_clients_see_the_use_of_their_address(api_client, quotas):
    api_client.get("/api/v1/treaties/")
    api_client.post("/api/v1/resolve/", {"text": "x"}, format="json")
    response = api_client.get(USAGE)
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert response.json() == {
        "keyed_by": "address",
        "token_name": None,
        "address": "127.0.0.1",
        "policies": [
            {
                "policy": "anon",
                "applies_to": "Every request under /api/ without a valid token, per client address.",
                "limit": 10,
                "window": 60,
                "used": 3,  # this request included
                "remaining": 7,
                "reset": 20,
            },
            {
                "policy": "resolve",
                "applies_to": "POST /api/v1/resolve/, in addition to the client policy.",
                "limit": 4,
                "window": 60,
                "used": 1,  # reading the usage does not count against /resolve/
                "remaining": 3,
                "reset": 20,
            },
        ],
    }
    assert response["RateLimit"] == '"anon";r=7;t=20'


def test_a_token_sees_its_own_use_whatever_the_address(api_client, editor, quotas):
    _, key = token_create(user=editor, name="harvest notebook")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    client.get("/api/v1/actors/", REMOTE_ADDR="198.51.100.1")
    api_client.get("/api/v1/actors/")  # anonymous traffic from this address is not the token's
    body = client.get(USAGE, REMOTE_ADDR="198.51.100.2").json()
    assert (body["keyed_by"], body["token_name"], body["address"]) == ("token", "harvest notebook", None)
    token_policy = body["policies"][0]
    assert (token_policy["policy"], token_policy["limit"], token_policy["used"], token_policy["remaining"]) == (
        "token",
        50,
        2,
        48,
    )
    assert [p["policy"] for p in body["policies"]] == ["token", "resolve"]


def test_usage_takes_no_parameters(api_client, quotas):
    response = api_client.get(USAGE, {"policy": "anon"})
    assert response.status_code == 400 and response.json()["unknown"] == ["policy"]


def test_usage_is_in_the_schema_with_its_shape():
    openapi = SchemaGenerator().get_schema(request=None, public=True)
    operation = openapi["paths"]["/api/v1/usage/"]["get"]
    assert operation["operationId"] == "usage_retrieve"
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Usage"
    }
    usage = openapi["components"]["schemas"]["Usage"]
    assert set(usage["properties"]) == {"keyed_by", "token_name", "address", "policies"}
    policy = openapi["components"]["schemas"]["PolicyUsage"]
    assert set(policy["properties"]) == {"policy", "applies_to", "limit", "window", "used", "remaining", "reset"}
    assert set(operation["responses"]["200"]["headers"]) == {"RateLimit-Policy", "RateLimit"}
    assert set(operation["responses"]["429"]["headers"]) == {"RateLimit-Policy", "RateLimit", "Retry-After"}
