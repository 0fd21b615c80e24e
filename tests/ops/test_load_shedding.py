"""Per-worker load shedding: beyond LOAD_SHED_MAX_CONCURRENT requests in progress, a request
waits at most LOAD_SHED_QUEUE_SECONDS, then gets a 503 + Retry-After at once. Real threads."""

import json
import threading

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from core.resilience import LoadSheddingMiddleware


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


def test_no_limit_by_default(settings):
    settings.LOAD_SHED_MAX_CONCURRENT = 0
    middleware = LoadSheddingMiddleware(lambda request: HttpResponse("ok"))
    assert middleware.slots is None
    assert middleware(RequestFactory().get("/")).content == b"ok"
