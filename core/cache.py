"""A Redis cache that fails open: Redis is an optimisation in Pactum, never a dependency.

Everything Pactum keeps in the cache can be recomputed or forgotten: cached reads,
throttle histories, the admin import's two-step plan. So when Redis is stopped or frozen,
an operation gives up after the short socket timeouts in settings (OPTIONS
socket_connect_timeout / socket_timeout), logs a warning, and answers as a cache miss:
`get` returns the default, writes report failure, `clear` does nothing. Throttles
therefore let requests through while Redis is away (fail open) rather than turning the
outage into 500s.

After a failure the cache stays "open" (skips Redis) for RETRY_SECONDS, shared by every
thread of the process, so a frozen Redis costs one timeout per process per retry window,
not one per request. Per-process state only: nothing to coordinate between workers.
"""

import logging
import threading
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger("pactum.cache")

# Failures that mean "Redis is not answering": refused or reset connections, timeouts,
# protocol errors while Redis loads its dataset, and socket errors redis-py lets through.
UNAVAILABLE = (RedisError, OSError)

_lock = threading.Lock()
_skip_until: dict[str, float] = {}  # location -> time.monotonic() until which Redis is skipped


def reset_circuits() -> None:
    """Forget every recorded failure (tests, and an operator's shell)."""
    with _lock:
        _skip_until.clear()


class ReusedClientRedisCacheClient(RedisCacheClient):
    """One `redis.Redis` per connection pool, kept. Django builds a new one for every cache
    call (about 0.14 ms each, its response-callback table), and an API request makes four
    or five calls (throttle, rate-limit, change counter, response cache). A client is safe to
    share between threads: each command takes its own connection from the pool."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class FailOpenRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient
        self._location = server if isinstance(server, str) else ",".join(server)
        self._retry_seconds = float(params.get("RETRY_SECONDS", 5.0))

    # --- circuit -----------------------------------------------------------------------

    def is_available(self) -> bool:
        return time.monotonic() >= _skip_until.get(self._location, 0.0)

    def _failed(self, operation: str, exc: Exception) -> None:
        with _lock:
            already_open = not self.is_available()
            _skip_until[self._location] = time.monotonic() + self._retry_seconds
        if not already_open:
            logger.warning(
                "Redis unavailable during %s (%s: %s); serving without the cache for %.0f s",
                operation,
                type(exc).__name__,
                exc,
                self._retry_seconds,
            )

    def _guard(self, operation: str, default: Any, call, *args, **kwargs):
        if not self.is_available():
            return default
        try:
            return call(*args, **kwargs)
        except UNAVAILABLE as exc:
            self._failed(operation, exc)
            return default

    # --- the cache API, each call guarded --------------------------------------------

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("add", False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._guard("get", default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set", None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("touch", False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guard("delete", False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._guard("get_many", {}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guard("has_key", False, super().has_key, key, version)

    def incr(self, key, delta=1, version=None):
        # A missing key is still a ValueError (Django's contract); an unreachable Redis
        # answers as if the counter had just started.
        return self._guard("incr", delta, super().incr, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set_many", list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._guard("delete_many", None, super().delete_many, keys, version)

    def clear(self):
        return self._guard("clear", False, super().clear)

    def ping(self) -> bool:
        """For /readyz: True when Redis answers now (ignores and resets the circuit)."""
        try:
            ok = bool(self._cache.get_client(write=False).ping())
        except UNAVAILABLE as exc:
            self._failed("ping", exc)
            return False
        with _lock:
            _skip_until.pop(self._location, None)
        return ok
