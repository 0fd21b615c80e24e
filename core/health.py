"""Health endpoints for load balancers and orchestrators.

- GET /healthz: liveness. The process answers HTTP; touches neither the database nor Redis,
  so a database outage never gets healthy workers restarted.
- GET /readyz: readiness. 200 when the database answers `SELECT 1`, 503 (with Retry-After)
  when it does not; Redis is reported ("ok", "unavailable", "not configured") but never
  makes Pactum unready, because Pactum serves without it (core.cache).

They answer in a middleware placed before host validation, load shedding, sessions and
throttles: a probe sent by IP, over plain HTTP, while the worker is saturated, still gets
an answer, and probes never count against a client's throttle.
"""

import json
import logging
from collections.abc import Callable

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connections
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger("pactum.health")

LIVENESS_PATH = "/healthz"
READINESS_PATH = "/readyz"


def _json(body: dict, status: int) -> HttpResponse:
    response = HttpResponse(json.dumps(body), status=status, content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


def check_database(alias: str = "default") -> str:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        # A broken connection is replaced at the next request (CONN_HEALTH_CHECKS).
        logger.warning("Readiness: database %s unavailable: %s", alias, exc)
        return "unavailable"
    return "ok"


def check_cache() -> str:
    cache = caches["default"]
    ping = getattr(cache, "ping", None)
    if ping is None:
        return "not configured"  # the per-process memory cache: nothing to reach
    return "ok" if ping() else "unavailable"


def readiness() -> tuple[int, dict]:
    checks = {"database": check_database(), "cache": check_cache()}
    ready = checks["database"] == "ok"
    return (200 if ready else 503), {"status": "ok" if ready else "unavailable", "checks": checks}


class HealthCheckMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info.rstrip("/")
        if path == LIVENESS_PATH:
            return _json({"status": "ok"}, 200)
        if path == READINESS_PATH:
            status, body = readiness()
            response = _json(body, status)
            if status == 503:
                response["Retry-After"] = str(settings.DB_UNAVAILABLE_RETRY_AFTER)
            return response
        return self.get_response(request)
