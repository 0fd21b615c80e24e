"""Redis stopped: Pactum keeps serving. The cache and the throttles fail open (logged),
sessions live in the database, and a dead Redis costs one short time-out per retry window,
not one per request. REDIS_URL points at a closed port, so the refusal is immediate."""

import logging

import pytest
from django.core.cache import cache
from django.test import Client
from redis.exceptions import TimeoutError as RedisTimeout
from rest_framework.throttling import ScopedRateThrottle

from config.settings.base import redis_caches
from core import cache as fail_open
from tests.actors.factories import StateFactory
from tests.treaties.factories import ArticleFactory, TreatyFactory, TreatyPartyFactory

pytestmark = pytest.mark.django_db
CLOSED_PORT_URL = "redis://127.0.0.1:9/0"  # discard port: nothing listens there
RESOLVE = "/api/v1/resolve/"


@pytest.fixture
def redis_down(settings):
    fail_open.reset_circuits()
    settings.CACHES = redis_caches(CLOSED_PORT_URL)
    yield
    fail_open.reset_circuits()


@pytest.fixture
def zenda():
    ruritania = StateFactory(name="Kingdom of Ruritania", slug="ruritania", short_name="Ruritania")
    treaty = TreatyFactory(title="Treaty of Zenda", short_title="Zenda Treaty", slug="zenda")
    TreatyPartyFactory(treaty=treaty, actor=ruritania)
    ArticleFactory(treaty=treaty, number="4", ordinal=4)


def test_redis_cache_has_short_socket_timeouts():
    options = redis_caches("redis://cache.example:6379/0")["default"]["OPTIONS"]
    assert 0 < options["socket_connect_timeout"] <= 1
    assert 0 < options["socket_timeout"] <= 1


def test_resolve_answers_with_redis_down_and_the_outage_is_logged(redis_down, zenda, api_client, caplog):
    with caplog.at_level(logging.WARNING, logger="pactum.cache"):
        response = api_client.post(RESOLVE, {"text": "Article 4 of the Zenda Treaty binds Ruritania."}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == 2
    assert [ref["kind"] for ref in body["references"]] == ["article", "actor"]
    assert any("Redis unavailable" in record.getMessage() for record in caplog.records)


def test_throttle_fails_open_while_redis_is_down(redis_down, zenda, api_client, monkeypatch):
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"resolve": "2/minute"})
    responses = [api_client.post(RESOLVE, {"text": "Ruritania"}, format="json") for _ in range(4)]
    assert [r.status_code for r in responses] == [200, 200, 200, 200]
    assert responses[-1].json()["references"][0]["actor"]["slug"] == "ruritania"


def test_admin_login_and_pages_work_with_redis_down(redis_down, superuser):
    client = Client()
    response = client.post("/admin/login/?next=/admin/", {"username": "root", "password": "pw-root"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    # The session outlives the request: it lives in the database, not in Redis.
    response = client.get("/admin/")
    assert response.status_code == 200
    assert b"Site administration" in response.content
    response = client.get("/admin/treaties/treaty/")
    assert response.status_code == 200
    assert b"Select treaty to change" in response.content


def test_the_circuit_skips_redis_after_a_failure(redis_down, monkeypatch):
    calls = []
    client_get = fail_open.RedisCache.get

    def counting_get(self, *args, **kwargs):
        calls.append(args)
        return client_get(self, *args, **kwargs)

    monkeypatch.setattr(fail_open.RedisCache, "get", counting_get)
    assert [cache.get("k", "miss") for _ in range(5)] == ["miss"] * 5
    assert len(calls) == 1  # one attempt, then the circuit is open for RETRY_SECONDS


def test_a_frozen_redis_time_out_is_a_miss_not_an_error(settings, monkeypatch):
    fail_open.reset_circuits()
    settings.CACHES = redis_caches("redis://127.0.0.1:6379/15")

    def frozen(*args, **kwargs):
        raise RedisTimeout("Timeout reading from socket")

    monkeypatch.setattr(fail_open.RedisCache, "set", frozen)
    monkeypatch.setattr(fail_open.RedisCache, "get", frozen)
    assert cache.set("k", 1) is None
    assert cache.get("k", "miss") == "miss"
    fail_open.reset_circuits()
