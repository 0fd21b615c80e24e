"""A database outage (PostgreSQL down or restarting, SQLite locked past its timeout) is a
503 with Retry-After: problem+json under /api/, plain text elsewhere. Never an HTML 500."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client

from api.v1.treaties.views import TreatyViewSet

pytestmark = pytest.mark.django_db


class BrokenDatabaseMiddleware:
    """Stands for any middleware (sessions, auth) that reaches a database that is gone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise OperationalError("server closed the connection unexpectedly")


def _assert_problem_503(response, path):
    assert response.status_code == 503
    assert response["Content-Type"] == "application/problem+json"
    assert response["Retry-After"] == "5"
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert body == {
        "type": "urn:pactum:problem:database-unavailable",
        "title": "Service Unavailable",
        "status": 503,
        "detail": "The database is unavailable or busy; retry after the delay in Retry-After.",
        "instance": path,
    }
    assert "X-Request-ID" in response


@pytest.mark.parametrize(
    "error",
    [
        OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused'),
        InterfaceError("connection already closed"),
        OperationalError("database is locked"),
    ],
)
def test_api_answers_503_problem_when_the_database_is_unavailable(api_client, error):
    with mock.patch.object(TreatyViewSet, "list", side_effect=error):
        response = api_client.get("/api/v1/treaties/?page=2")
    _assert_problem_503(response, "/api/v1/treaties/?page=2")


def test_api_write_answers_503_problem_when_the_database_is_unavailable(api_client, editor):
    api_client.force_authenticate(editor)
    with mock.patch.object(TreatyViewSet, "create", side_effect=OperationalError("database is locked")):
        response = api_client.post("/api/v1/treaties/", {"title": "x"}, format="json")
    _assert_problem_503(response, "/api/v1/treaties/")


def test_admin_answers_plain_503_when_the_database_is_unavailable():
    with mock.patch("django.contrib.admin.sites.AdminSite.each_context", side_effect=OperationalError("db is down")):
        response = Client().get("/admin/login/")
    assert response.status_code == 503
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Retry-After"] == "5"
    assert response.content.decode() == (
        "Service Unavailable: The database is unavailable or busy; retry after the delay in Retry-After.\n"
    )


def test_an_outage_met_in_a_middleware_is_also_503(settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.ops.test_database_outage.BrokenDatabaseMiddleware"]
    client = Client(raise_request_exception=False)
    _assert_problem_503(client.get("/api/v1/actors/"), "/api/v1/actors/")


def test_other_errors_are_not_reported_as_an_outage(api_client):
    client = Client(raise_request_exception=False)
    with mock.patch.object(TreatyViewSet, "list", side_effect=RuntimeError("a bug")):
        response = client.get("/api/v1/treaties/")
    assert response.status_code == 500
    assert "Retry-After" not in response


def test_connections_are_persistent_and_health_checked(settings):
    database = settings.DATABASES["default"]
    assert database["CONN_HEALTH_CHECKS"] is True
    assert database["CONN_MAX_AGE"] > 0
