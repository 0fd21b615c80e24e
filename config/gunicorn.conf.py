"""gunicorn configuration for production: `gunicorn -c config/gunicorn.conf.py config.wsgi`
(bin/start-production does this). Every knob comes from the environment; the defaults are
the ones measured in bench/results/load.json on a 2-core machine (docs/deployment.md).

Worker model: gthread. Pactum's requests are short, CPU-bound ORM + JSON work with some
waiting on PostgreSQL and Redis; threads overlap that waiting, processes use the cores.
A gthread worker's main loop keeps heartbeating while its threads work, so `timeout` never
kills a long streamed export (only a stuck worker); the export is bounded by the client
and by the proxy's read timeout instead.

Queue bounds, front to back: the kernel's listen `backlog`; `worker_connections` accepted
connections per worker (kept-alive ones included); `threads` requests being handled per
worker; of those, at most MAX_CONCURRENT_REQUESTS in the application at once
(core.resilience.LoadSheddingMiddleware). A request that has waited LOAD_SHED_QUEUE_SECONDS
in all, for a thread (timed by core.gunicorn_worker) and then for a slot, gets a fast 503 +
Retry-After: the queue is bounded in time, whatever the number of connections.
"""

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


bind = os.environ.get("BIND") or f"{os.environ.get('HOST', '0.0.0.0')}:{_int('PORT', 8000)}"
# gthread, recording when each request starts waiting for a thread (for load shedding).
worker_class = "core.gunicorn_worker.QueueTimedThreadWorker"
workers = _int("WEB_CONCURRENCY", multiprocessing.cpu_count())
threads = _int("GUNICORN_THREADS", 16)
worker_connections = _int("GUNICORN_WORKER_CONNECTIONS", 250)
backlog = _int("GUNICORN_BACKLOG", 512)
# One listening socket per worker (SO_REUSEPORT): the kernel spreads new connections evenly
# over the workers. With one shared socket, gthread workers accept greedily and keep-alive
# pins each connection to the worker that won the race: measured, 185 of 200 connections
# on one worker and 15 on the other, which then shed load while its sibling idled
# (docs/deployment.md, "Worker model and capacity"). Off with GUNICORN_REUSE_PORT=0.
reuse_port = os.environ.get("GUNICORN_REUSE_PORT", "1").strip().lower() not in ("0", "false", "no", "off")

# The application admits MAX_CONCURRENT_REQUESTS requests at once per worker; a request that
# has waited LOAD_SHED_QUEUE_SECONDS in all (queued for a thread, then for a slot) is shed
# with 503 + Retry-After instead of keeping its client waiting toward a time-out. The budget
# is what a client with a 10 s time-out can afford to wait: 10 s, less up to 2 s measured
# for the request's own work and unmeasured waits on a saturated 2-core machine, less 1 s
# of margin. Behind a proxy with a longer read time-out, raise it (docs/deployment.md).
os.environ.setdefault("MAX_CONCURRENT_REQUESTS", str(max(2, threads // 2)))
os.environ.setdefault("LOAD_SHED_QUEUE_SECONDS", "7")

# Request size limits gunicorn's parser enforces before Django runs (README, "Limits"): a
# longer request line is a 414, more or larger header fields a 431, each answered as
# problem+json by core.gunicorn_worker. gunicorn's defaults, stated here so they are visible.
limit_request_line = _int("GUNICORN_LIMIT_REQUEST_LINE", 4094)
limit_request_fields = _int("GUNICORN_LIMIT_REQUEST_FIELDS", 100)
limit_request_field_size = _int("GUNICORN_LIMIT_REQUEST_FIELD_SIZE", 8190)

timeout = _int("GUNICORN_TIMEOUT", 30)  # a worker whose main loop is stuck this long is restarted
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)  # in-flight requests finish on deploys
# Keep above the load balancer's idle timeout, or it may reuse a connection gunicorn closes.
keepalive = _int("GUNICORN_KEEPALIVE", 5)

# Recycle workers now and then, so that a slow leak never grows without bound.
max_requests = _int("GUNICORN_MAX_REQUESTS", 5000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 500)

# Only these peers may set X-Forwarded-Proto & co for gunicorn itself (Django's own view
# is SECURE_PROXY_SSL_HEADER; DRF's throttles use NUM_PROXIES).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()

# gunicorn's control socket defaults to one path per user ($HOME/.gunicorn/gunicorn.ctl),
# which two instances on one host would fight over. Off unless a path is given.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True
