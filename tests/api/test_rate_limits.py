"""RateLimit-Policy / RateLimit fields on every /api/ response; 429 problem+json over the
quota; anonymous clients keyed by address (X-Forwarded-For only behind trusted proxies),
tokens by token; counters in the shared cache. Time is a fake clock: no sleeps."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.settings import api_settings
from rest_framework.test import APIClient

from accounts.services import token_create
from api.throttling import ClientRateThrottle, ScopedWindowRateThrottle, WindowRateThrottle

pytestmark = pytest.mark.django_db
TREATIES = "/api/v1/treaties/"
FIELD = re.compile(r'^"(?P<policy>[a-z]+)";r=(?P<r>\d+);t=(?P<t>\d+)$')


@pytest.fixture
def clock(monkeypatch):
    """Seconds since the epoch, moved by the test: 1000 s is 40 s into a one-minute window."""
    now = {"t": 1_000.0}
    monkeypatch.setattr(WindowRateThrottle, "timer", staticmethod(lambda: now["t"]))
    return now


@pytest.fixture
def quotas(monkeypatch, clock):
    monkeypatch.setattr(ClientRateThrottle, "THROTTLE_RATES", {"anon": "3/minute", "token": "5/minute"})
    monkeypatch.setattr(ScopedWindowRateThrottle, "THROTTLE_RATES", {"resolve": "2/minute"})


def state(response) -> dict[str, tuple[int, int]]:
    """{policy: (remaining, reset)} from the RateLimit field."""
    items = [FIELD.match(item.strip()) for item in response["RateLimit"].split(",")]
    return {m["policy"]: (int(m["r"]), int(m["t"])) for m in items}


def token_client(editor, name="notebook") -> APIClient:
    _, key = token_create(user=editor, name=name)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_every_response_announces_the_policy_and_the_remaining_count_decreases(api_client, quotas):
    responses = [api_client.get(TREATIES) for _ in range(3)]
    assert [r.status_code for r in responses] == [200, 200, 200]
    assert {r["RateLimit-Policy"] for r in responses} == {'"anon";q=3;w=60'}
    assert [state(r) for r in responses] == [{"anon": (2, 20)}, {"anon": (1, 20)}, {"anon": (0, 20)}]


def test_refusals_count_and_carry_the_fields_too(api_client, quotas):
    missing = api_client.get("/api/v1/no-such-collection/")
    bad_param = api_client.get(TREATIES, {"colour": "red"})
    assert (missing.status_code, bad_param.status_code) == (404, 400)
    assert state(missing) == {"anon": (2, 20)} and state(bad_param) == {"anon": (1, 20)}
    assert bad_param.json()["unknown"] == ["colour"]


def test_over_the_quota_is_a_429_problem_with_retry_after_and_the_fields(api_client, quotas, clock):
    for _ in range(3):
        api_client.get(TREATIES)
    clock["t"] += 5
    throttled = api_client.get(TREATIES)
    assert throttled.status_code == 429
    assert throttled["Content-Type"] == "application/problem+json"
    body = throttled.json()
    assert body["status"] == 429 and body["instance"] == TREATIES
    assert '"anon" policy allows 3 requests per 60 seconds' in body["detail"]
    assert throttled["Retry-After"] == "15"
    assert throttled["RateLimit-Policy"] == '"anon";q=3;w=60'
    assert state(throttled) == {"anon": (0, 15)}


def test_the_next_window_starts_a_new_count(api_client, quotas, clock):
    for _ in range(4):
        api_client.get(TREATIES)
    clock["t"] += 20  # 1020 s: the window that started at 960 s is over
    again = api_client.get(TREATIES)
    assert again.status_code == 200
    assert state(again) == {"anon": (2, 60)}


def test_a_token_is_counted_per_token_not_per_address(api_client, editor, quotas):
    for _ in range(4):
        api_client.get(TREATIES)
    assert api_client.get(TREATIES).status_code == 429  # the address is spent
    first, second = token_client(editor, "first"), token_client(editor, "second")
    answer = first.get(TREATIES)
    assert answer.status_code == 200  # same address, its own quota
    assert answer["RateLimit-Policy"] == '"token";q=5;w=60'
    assert state(answer) == {"token": (4, 20)}
    assert state(first.get(TREATIES, REMOTE_ADDR="198.51.100.7")) == {"token": (3, 20)}  # follows the token
    assert state(second.get(TREATIES)) == {"token": (4, 20)}


def test_an_invalid_token_counts_against_the_address(api_client, quotas):
    api_client.get(TREATIES)
    forged = api_client.get(TREATIES, HTTP_AUTHORIZATION="Token not-a-real-key")
    assert forged.status_code == 401
    assert state(forged) == {"anon": (1, 20)}


def test_x_forwarded_for_is_ignored_without_trusted_proxies(api_client, quotas):
    assert api_settings.NUM_PROXIES == 0
    codes = [api_client.get(TREATIES, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(4)]
    assert codes == [200, 200, 200, 429]


def test_behind_a_trusted_proxy_its_x_forwarded_for_entry_is_the_client(api_client, quotas, monkeypatch):
    monkeypatch.setattr(api_settings, "NUM_PROXIES", 1)

    def get(forged, real):
        return api_client.get(TREATIES, HTTP_X_FORWARDED_FOR=f"{forged}, {real}")

    # The client forges the first entry; the proxy appends the address it saw.
    assert [get(f"10.0.0.{n}", "203.0.113.5").status_code for n in range(4)] == [200, 200, 200, 429]
    other = get("10.0.0.9", "203.0.113.6")
    assert other.status_code == 200 and state(other) == {"anon": (2, 20)}


def test_a_scoped_policy_joins_the_client_policy(api_client, quotas):
    answer = api_client.post("/api/v1/resolve/", {"text": "nothing to find"}, format="json")
    assert answer.status_code == 200
    assert answer["RateLimit-Policy"] == '"anon";q=3;w=60, "resolve";q=2;w=60'
    assert state(answer) == {"anon": (2, 20), "resolve": (1, 20)}
    api_client.post("/api/v1/resolve/", {"text": "x"}, format="json")
    throttled = api_client.post("/api/v1/resolve/", {"text": "x"}, format="json")
    assert throttled.status_code == 429 and throttled["Retry-After"] == "20"
    assert state(throttled) == {"anon": (0, 20), "resolve": (0, 20)}


def test_counters_live_in_the_shared_cache_not_in_the_process(api_client, quotas):
    for _ in range(3):
        api_client.get(TREATIES)
    assert cache.get("ratelimit:anon:addr:127.0.0.1:960") == 3  # what every worker reads
    cache.clear()  # as if another worker's Redis had forgotten it: nothing else remembers
    assert state(api_client.get(TREATIES)) == {"anon": (2, 20)}


def test_pages_outside_the_api_carry_no_rate_limit(client, quotas):
    response = client.get("/healthz")
    assert response.status_code == 200 and "RateLimit" not in response


def test_the_token_is_looked_up_once_per_request(editor, quotas):
    client = token_client(editor)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(TREATIES).status_code == 200
    token_queries = [q["sql"] for q in queries.captured_queries if "accounts_apitoken" in q["sql"]]
    assert len(token_queries) == 2, token_queries  # the lookup and the last_used_at update


def test_browser_clients_may_read_the_fields(api_client, quotas, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://notebook.example.org"]
    response = api_client.get(TREATIES, HTTP_ORIGIN="https://notebook.example.org")
    exposed = {name.strip() for name in response["Access-Control-Expose-Headers"].split(",")}
    assert {"RateLimit", "RateLimit-Policy", "Retry-After", "Deprecation", "Sunset", "Link"} <= exposed
