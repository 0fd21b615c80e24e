"""Per-worker load shedding: beyond LOAD_SHED_MAX_CONCURRENT requests in progress, a request
waits at most LOAD_SHED_QUEUE_SECONDS, then gets a 503 + Retry-After at once. Real threads."""

import json
import threading
import time

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.resilience import LoadSheddingMiddleware, set_queued_at


@pytest.fixture
def limited(settings):
    settings.LOAD_SHED_MAX_CONCURRENT = 1
    settings.LOAD_SHED_QUEUE_SECONDS = 0.05
    settings.LOAD_SHED_RETRY_AFTER = 2
    entered, release = threading.Event(), threading.Event()

    def slow_view(request):
        entered.set()
        release.wait(timeout=10)
        return HttpResponse("done")

    return LoadSheddingMiddleware(slow_view), entered, release


def test_excess_requests_are_shed_with_503_problem_and_retry_after(limited):
    middleware, entered, release = limited
    first: dict = {}
    worker = threading.Thread(target=lambda: first.setdefault("r", middleware(RequestFactory().get("/api/v1/actors/"))))
    worker.start()
    assert entered.wait(timeout=10)

    shed = middleware(RequestFactory().get("/api/v1/treaties/?page=2"))
    assert shed.status_code == 503
    assert shed["Content-Type"] == "application/problem+json"
    assert shed["Retry-After"] == "2"
    assert json.loads(shed.content) == {
        "type": "urn:pactum:problem:overloaded",
        "title": "Service Unavailable",
        "status": 503,
        "detail": "The server is busy; retry after the delay in Retry-After.",
        "instance": "/api/v1/treaties/?page=2",
    }
    html_side = middleware(RequestFactory().get("/admin/"))
    assert html_side.status_code == 503 and html_side["Content-Type"].startswith("text/plain")

    release.set()
    worker.join(timeout=10)
    assert first["r"].content == b"done"
    # The slot is free again.
    entered.clear()
    assert middleware(RequestFactory().get("/api/v1/actors/")).content == b"done"


def test_a_request_that_already_waited_too_long_for_a_thread_is_shed_at_once(limited):
    middleware, entered, release = limited  # budget 0.05 s
    set_queued_at(time.monotonic() - 0.5)  # as core.gunicorn_worker records it
    try:
        shed = middleware(RequestFactory().get("/api/v1/actors/"))
    finally:
        set_queued_at(None)
    assert not entered.is_set()  # the view never ran
    assert shed.status_code == 503 and json.loads(shed.content)["type"] == "urn:pactum:problem:overloaded"

    set_queued_at(time.monotonic())  # just arrived: served
    release.set()
    try:
        assert middleware(RequestFactory().get("/api/v1/actors/")).content == b"done"
    finally:
        set_queued_at(None)


def test_the_gunicorn_worker_hands_the_queue_start_to_the_handling_thread(monkeypatch):
    from gunicorn.workers.gthread import ThreadWorker

    from core.gunicorn_worker import QueueTimedThreadWorker
    from core.resilience import queued_at

    seen = []
    monkeypatch.setattr(ThreadWorker, "handle", lambda self, conn: seen.append(queued_at()))
    worker = QueueTimedThreadWorker.__new__(QueueTimedThreadWorker)

    class Conn:
        pactum_queued_at = 123.0

    worker.handle(Conn())
    assert seen == [123.0] and queued_at() is None


def test_no_limit_by_default(settings):
    settings.LOAD_SHED_MAX_CONCURRENT = 0
    middleware = LoadSheddingMiddleware(lambda request: HttpResponse("ok"))
    assert middleware.slots is None
    assert middleware(RequestFactory().get("/")).content == b"ok"
