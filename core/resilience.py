"""Graceful degradation: a database outage and overload are 503 + Retry-After, not 500s or
client time-outs (docs/deployment.md, "Faults" and "Capacity").

Both answers are RFC 9457 problem+json under /api/ (the API's error format) and plain text
elsewhere (the admin, static pages).
"""

import json
import logging
import sys
import threading
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
    """At most LOAD_SHED_MAX_CONCURRENT requests in the application per process.

    With gunicorn's gthread worker, a worker has more threads than this limit: the extra
    threads wait up to LOAD_SHED_QUEUE_SECONDS for a slot and then answer 503 with
    Retry-After, cheaply, so that under overload clients get a fast, retryable answer
    instead of a time-out, and the worker does not spend CPU on requests whose clients
    have gone. The slot is released when the view returns; a streamed export's body is
    produced after that, outside the limit.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.limit = settings.LOAD_SHED_MAX_CONCURRENT
        self.wait = settings.LOAD_SHED_QUEUE_SECONDS
        self.retry_after = settings.LOAD_SHED_RETRY_AFTER
        self.slots = threading.BoundedSemaphore(self.limit) if self.limit > 0 else None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.slots is None:
            return self.get_response(request)
        if not self.slots.acquire(timeout=self.wait):
            logger.warning("Shedding %s %s: %d requests in progress", request.method, request.path, self.limit)
            return unavailable_response(
                request,
                detail="The server is busy; retry after the delay in Retry-After.",
                retry_after=self.retry_after,
                type_=TYPE_OVERLOADED,
            )
        try:
            return self.get_response(request)
        finally:
            self.slots.release()
