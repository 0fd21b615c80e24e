"""X-Forwarded-For is trusted only from configured proxies (NUM_PROXIES, default 0): a
client cannot dodge the /resolve/ throttle by sending a new address with every request."""

import pytest
from rest_framework.settings import api_settings
from rest_framework.throttling import ScopedRateThrottle

from tests.actors.factories import StateFactory

pytestmark = pytest.mark.django_db
RESOLVE = "/api/v1/resolve/"


@pytest.fixture
def two_per_minute(monkeypatch):
    StateFactory(name="Kingdom of Ruritania", slug="ruritania", short_name="Ruritania")
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"resolve": "2/minute"})


def test_num_proxies_defaults_to_zero():
    assert api_settings.NUM_PROXIES == 0


def test_a_new_x_forwarded_for_per_request_does_not_bypass_the_throttle(api_client, two_per_minute):
    responses = [
        api_client.post(RESOLVE, {"text": "Ruritania"}, format="json", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
        for n in range(3)
    ]
    assert [r.status_code for r in responses[:2]] == [200, 200]
    assert responses[0].json()["references"][0]["actor"]["slug"] == "ruritania"
    throttled = responses[2]
    assert throttled.status_code == 429
    assert throttled["Content-Type"] == "application/problem+json"
    assert throttled.json()["status"] == 429 and "throttled" in throttled.json()["detail"].lower()
    assert int(throttled["Retry-After"]) > 0


def test_behind_one_proxy_the_address_it_appends_is_the_client(api_client, two_per_minute, monkeypatch):
    monkeypatch.setattr(api_settings, "NUM_PROXIES", 1)

    # The client forges a first entry; the proxy appends the real peer address.
    def post(forged, real):
        return api_client.post(RESOLVE, {"text": "x"}, format="json", HTTP_X_FORWARDED_FOR=f"{forged}, {real}")

    assert [post(f"10.0.0.{n}", "203.0.113.5").status_code for n in range(3)] == [200, 200, 429]
    assert post("10.0.0.9", "203.0.113.6").status_code == 200  # another real client
