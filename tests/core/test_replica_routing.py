"""Reads of safe requests may go to the read replica; writes and reads inside writes never do."""

from django.test import RequestFactory

from actors.models import Actor
from core.db import REPLICA, ReplicaReadsMiddleware, ReplicaRouter


def _route_during(method: str, monkeypatch, *, replica: bool) -> dict[str, str | None]:
    monkeypatch.setattr(ReplicaRouter, "has_replica", staticmethod(lambda: replica))
    router = ReplicaRouter()
    seen: dict[str, str | None] = {}

    def view(request):
        seen["read"] = router.db_for_read(Actor)
        seen["write"] = router.db_for_write(Actor)
        return None

    ReplicaReadsMiddleware(view)(RequestFactory().generic(method, "/api/v1/actors/"))
    seen["after"] = router.db_for_read(Actor)
    return seen


def test_get_reads_go_to_the_replica_when_one_is_configured(monkeypatch):
    assert _route_during("GET", monkeypatch, replica=True) == {"read": REPLICA, "write": None, "after": None}


def test_reads_inside_a_write_request_stay_on_the_primary(monkeypatch):
    for method in ("POST", "PATCH", "PUT", "DELETE"):
        assert _route_during(method, monkeypatch, replica=True)["read"] is None, method


def test_without_a_replica_every_read_uses_the_default_database(monkeypatch):
    assert _route_during("GET", monkeypatch, replica=False)["read"] is None


def test_the_replica_is_never_migrated():
    router = ReplicaRouter()
    assert router.allow_migrate(REPLICA, "actors") is False
    assert router.allow_migrate("default", "actors") is None
