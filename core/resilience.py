"""Graceful degradation: a database outage and overload are 503 + Retry-After, not 500s or
client time-outs (docs/deployment.md, "Faults" and "Capacity").

Both answers are RFC 9457 problem+json under /api/ (the API's error format) and plain text
elsewhere (the admin, static pages).
"""

import json
import logging
import sys
import threading
import time
from collections.abc import Callable
from http import HTTPStatus

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger("pactum.resilience")

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_DATABASE_UNAVAILABLE = "urn:pactum:problem:database-unavailable"
TYPE_OVERLOADED = "urn:pactum:problem:overloaded"
# OperationalError: refused or dropped connections, a server shutting down, SQLite's
# "database is locked" once the busy timeout has passed. InterfaceError: a connection that
# was closed under Django's feet.
UNAVAILABLE_ERRORS = (OperationalError, InterfaceError)
_MARK = "_pactum_database_unavailable"

# When the request being handled on this thread started to wait (time.monotonic()), set by
# core.gunicorn_worker when gunicorn queues the connection; None under other servers.
_queued = threading.local()


def set_queued_at(moment: float | None) -> None:
    _queued.at = moment


def queued_at() -> float | None:
    return getattr(_queued, "at", None)


def unavailable_response(request: HttpRequest, *, detail: str, retry_after: int, type_: str) -> HttpResponse:
    status = HTTPStatus.SERVICE_UNAVAILABLE
    if request.path_info.startswith("/api/"):
        body = {
            "type": type_,
            "title": status.phrase,
            "status": int(status),
            "detail": detail,
            "instance": request.get_full_path(),
        }
        response = HttpResponse(json.dumps(body), status=status, content_type=PROBLEM_MEDIA_TYPE)
    else:
        response = HttpResponse(f"{status.phrase}: {detail}\n", status=status, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def _database_unavailable(request: HttpRequest) -> HttpResponse:
    return unavailable_response(
        request,
        detail="The database is unavailable or busy; retry after the delay in Retry-After.",
        retry_after=settings.DB_UNAVAILABLE_RETRY_AFTER,
        type_=TYPE_DATABASE_UNAVAILABLE,
    )


@receiver(got_request_exception)
def _note_database_unavailable(sender, request=None, **kwargs) -> None:
    # Django sends this from inside the `except` block of every uncaught exception, at
    # whatever layer it happened (a view, or a middleware such as sessions); the
    # middleware below turns the resulting 500 into a 503.
    exc = sys.exc_info()[1]
    if request is not None and isinstance(exc, UNAVAILABLE_ERRORS):
        setattr(request, _MARK, exc)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(request, _MARK, None) is not None and response.status_code == 500:
            return _database_unavailable(request)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        # Views: answer directly (the error is still logged, with its traceback).
        if isinstance(exception, UNAVAILABLE_ERRORS):
            logger.error("Database unavailable: %s %s", request.method, request.path, exc_info=exception)
            return _database_unavailable(request)
        return None


class LoadSheddingMiddleware:
    """Bounded queueing per worker process: a request waits at most LOAD_SHED_QUEUE_SECONDS
    in all, then gets a 503 with Retry-After, cheaply, instead of a client time-out.

    Two waits count against that budget. Under gunicorn with core.gunicorn_worker, the time
    the connection spent queued for a thread (measured from when its bytes arrived); then the
    wait for one of LOAD_SHED_MAX_CONCURRENT slots in the application, which keeps CPU-bound
    work from thrashing while the worker's extra threads wait (they hold no CPU). The slot is
    released when the view returns; a streamed export's body is produced after that,
    outside the limit. Per-process state only: no coordination between workers.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.limit = settings.LOAD_SHED_MAX_CONCURRENT
        self.budget = settings.LOAD_SHED_QUEUE_SECONDS
        self.retry_after = settings.LOAD_SHED_RETRY_AFTER
        self.slots = threading.BoundedSemaphore(self.limit) if self.limit > 0 else None

    def _shed(self, request: HttpRequest, why: str) -> HttpResponse:
        logger.warning("Shedding %s %s: %s", request.method, request.path, why)
        return unavailable_response(
            request,
            detail="The server is busy; retry after the delay in Retry-After.",
            retry_after=self.retry_after,
            type_=TYPE_OVERLOADED,
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.slots is None:
            return self.get_response(request)
        remaining = self.budget
        started = queued_at()
        if started is not None:
            remaining -= time.monotonic() - started
            if remaining <= 0:
                return self._shed(request, f"queued {self.budget - remaining:.1f} s for a thread")
        if not self.slots.acquire(timeout=remaining):
            return self._shed(request, f"{self.limit} requests in progress")
        try:
            return self.get_response(request)
        finally:
            self.slots.release()
