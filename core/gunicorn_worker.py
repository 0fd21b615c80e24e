"""gunicorn's gthread worker, with two changes for Pactum.

Queue timing. gthread queues a connection for its thread pool as soon as the request's
bytes arrive (or the connection is accepted); that wait is invisible to Django. This worker
records the moment on the connection and hands it to the handling thread, so that
core.resilience.LoadSheddingMiddleware can answer a request that has already waited too
long with a fast 503 instead of working for a client that is about to give up.

Problem bodies for what gunicorn refuses itself. gunicorn's HTTP parser refuses a request
line over `limit_request_line` (414), too many or too large header fields (431) and
malformed requests (400) before Django runs, and answers with a small HTML page
(gunicorn.util.write_error). Pactum's errors are RFC 9457 problem+json (README, "Limits");
the request never reached a URL, so the answer is problem+json whatever the path. gunicorn
keeps deciding the status and logging; only the rendering changes, in this worker's process.

config/gunicorn.conf.py selects it: worker_class = "core.gunicorn_worker.QueueTimedThreadWorker".
"""

import json
import time
from functools import partial
from http import HTTPStatus

from django.conf import settings
from gunicorn import util
from gunicorn.workers.gthread import ThreadWorker

from core.resilience import PROBLEM_MEDIA_TYPE, set_queued_at

# What the client can do about it, per status gunicorn's parser answers; the limits are the
# worker's own configuration (config/gunicorn.conf.py).
_DETAILS = {
    414: "The request line (method, path and query string) is longer than {cfg.limit_request_line} bytes.",
    431: (
        "The request has more than {cfg.limit_request_fields} header fields, "
        "or a header field longer than {cfg.limit_request_field_size} bytes."
    ),
    500: "The server could not handle the request.",
}


def _security_headers() -> str:
    """The headers core.security and Django's SecurityMiddleware put on non-HTML responses."""
    try:
        policy, referrer = settings.CONTENT_SECURITY_POLICY_NON_HTML, settings.SECURE_REFERRER_POLICY
    except Exception:  # settings not loadable: the error page must still go out
        policy, referrer = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'", "same-origin"
    return f"Content-Security-Policy: {policy}\r\nReferrer-Policy: {referrer}\r\nX-Content-Type-Options: nosniff\r\n"


def problem_error(sock, status_int: int, reason: str, mesg: str, *, cfg) -> None:
    """gunicorn.util.write_error's signature and framing, with a problem+json body."""
    try:
        title = HTTPStatus(status_int).phrase
    except ValueError:
        title = reason
    template = _DETAILS.get(status_int)
    detail = template.format(cfg=cfg) if template else (mesg or title)
    body = json.dumps({"type": "about:blank", "title": title, "status": status_int, "detail": detail}).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\n"
        "Connection: close\r\n"
        f"Content-Type: {PROBLEM_MEDIA_TYPE}\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\n"
        f"{_security_headers()}"
        "\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + body)


class QueueTimedThreadWorker(ThreadWorker):
    def init_process(self):
        # Runs in the forked worker, before its loop: gunicorn.workers.base calls
        # util.write_error for every request its parser refuses (and for an application
        # crash before any response), so replacing it here covers each of those answers.
        util.write_error = partial(problem_error, cfg=self.cfg)
        super().init_process()

    def enqueue_req(self, conn):
        conn.pactum_queued_at = time.monotonic()
        super().enqueue_req(conn)

    def handle(self, conn):
        set_queued_at(getattr(conn, "pactum_queued_at", None))
        try:
            return super().handle(conn)
        finally:
            set_queued_at(None)
