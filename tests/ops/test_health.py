"""/healthz (liveness: no database) and /readyz (readiness: the database; Redis reported)."""

from unittest import mock

import pytest
from django.db import OperationalError, connections
from django.test import Client

from config.settings.base import redis_caches
from core import cache as fail_open


def test_healthz_is_ok_without_touching_the_database():
    # No django_db mark: pytest-django fails the test if the database is touched.
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_checks_the_database_and_reports_the_cache():
    response = Client().get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"] in {"ok", "not configured"}


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_is_down():
    connection = connections["default"]
    with mock.patch.object(connection, "ensure_connection", side_effect=OperationalError("Connection refused")):
        response = Client().get("/readyz")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response.json()["status"] == "unavailable"
    assert response.json()["checks"]["database"] == "unavailable"


@pytest.mark.django_db
def test_readyz_stays_ready_with_redis_down_and_says_so(settings):
    fail_open.reset_circuits()
    settings.CACHES = redis_caches("redis://127.0.0.1:9/0")
    response = Client().get("/readyz")
    fail_open.reset_circuits()
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "unavailable"}}


@pytest.mark.django_db
def test_probes_need_no_allowed_host_and_no_https(settings):
    settings.SECURE_SSL_REDIRECT = True
    client = Client(HTTP_HOST="10.0.0.7")  # a load balancer probing by IP
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200
    # Any other path would be refused: the host is not allowed.
    assert client.get("/api/v1/").status_code == 400


@pytest.mark.django_db
def test_probes_are_never_throttled(settings, monkeypatch):
    from rest_framework.throttling import ScopedRateThrottle

    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"resolve": "1/minute"})
    statuses = {Client().get("/readyz").status_code for _ in range(5)}
    assert statuses == {200}
