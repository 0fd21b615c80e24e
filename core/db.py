"""Read-replica routing. With DATABASE_REPLICA_URL set, reads made while serving a safe
request (GET, HEAD, OPTIONS) go to the "replica" alias; everything else stays on "default".

Reads inside a write request stay on the primary on purpose: a write re-reads what it
wrote (the response body, the new ETag), and a lagging replica would answer with the old
version. Commands, migrations and background work never use the replica either.
"""

from collections.abc import Callable
from contextvars import ContextVar

from django.conf import settings
from django.http import HttpRequest, HttpResponse

REPLICA = "replica"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_reads_may_use_replica: ContextVar[bool] = ContextVar("reads_may_use_replica", default=False)


class ReplicaRouter:
    """Database router: replica for reads of safe requests, primary for the rest."""

    def db_for_read(self, model, **hints) -> str | None:
        if _reads_may_use_replica.get() and self.has_replica():
            return REPLICA
        return None  # Django's default: "default"

    @staticmethod
    def has_replica() -> bool:
        return REPLICA in settings.DATABASES

    def db_for_write(self, model, **hints) -> str | None:
        return None

    def allow_relation(self, obj1, obj2, **hints) -> bool | None:
        # Both aliases hold the same data (one replicates the other).
        return True

    def allow_migrate(self, db: str, app_label: str, **hints) -> bool | None:
        return db != REPLICA and None


class ReplicaReadsMiddleware:
    """Marks safe requests so that the router may send their reads to the replica."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _reads_may_use_replica.set(request.method in SAFE_METHODS)
        try:
            return self.get_response(request)
        finally:
            _reads_may_use_replica.reset(token)
