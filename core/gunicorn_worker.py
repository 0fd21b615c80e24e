"""gunicorn's gthread worker, noting when each request started to wait for a thread.

gthread queues a connection for its thread pool as soon as the request's bytes arrive (or
the connection is accepted); that wait is invisible to Django. This worker records the
moment on the connection and hands it to the handling thread, so that
core.resilience.LoadSheddingMiddleware can answer a request that has already waited too
long with a fast 503 instead of working for a client that is about to give up.

config/gunicorn.conf.py selects it: worker_class = "core.gunicorn_worker.QueueTimedThreadWorker".
"""

import time

from gunicorn.workers.gthread import ThreadWorker

from core.resilience import set_queued_at


class QueueTimedThreadWorker(ThreadWorker):
    def enqueue_req(self, conn):
        conn.pactum_queued_at = time.monotonic()
        super().enqueue_req(conn)

    def handle(self, conn):
        set_queued_at(getattr(conn, "pactum_queued_at", None))
        try:
            return super().handle(conn)
        finally:
            set_queued_at(None)
