"""Rate limits: fixed-window counters in the shared cache, one per policy and client.

Two policies cover every request under /api/ (api/ratelimit.py applies them): `anon`, per
client address, and `token`, per API token. Scoped policies add their own limit to one
endpoint (`resolve`). Rates are DRF's `DEFAULT_THROTTLE_RATES`; the client address is DRF's
`get_ident`, which trusts X-Forwarded-For only for `NUM_PROXIES` proxies.

Why a fixed window rather than DRF's sliding log: a counter is one atomic INCR in Redis,
shared by every worker, where DRF's log is read, edited and written back (two workers lose
each other's hits); and a window has the remaining count and reset time that the RateLimit
fields advertise, exactly (docs/decisions/0022-rate-limits-and-deprecation.md).
"""

import math
from dataclasses import dataclass

from django.http import HttpRequest
from rest_framework import exceptions
from rest_framework.throttling import BaseThrottle, ScopedRateThrottle, SimpleRateThrottle

from accounts.authentication import HashedTokenAuthentication


@dataclass(frozen=True)
class PolicyUsage:
    """One policy's state for one client, as the RateLimit fields and /usage/ report it."""

    policy: str
    limit: int
    window: int  # seconds
    used: int
    reset: int  # seconds until the window restarts

    @property
    def remaining(self) -> int:
        return max(0, self.limit - self.used)

    @property
    def exceeded(self) -> bool:
        return self.used > self.limit


def client_key(request: HttpRequest) -> tuple[str, str]:
    """(policy, identity): `token` keyed by the token's id for a valid API token, else
    `anon` keyed by the client address. An invalid or expired token counts against the
    address, so that sending made-up tokens is no way around the anonymous limit."""
    raw = getattr(request, "_request", request)
    try:
        result = HashedTokenAuthentication().authenticate(raw)
    except exceptions.AuthenticationFailed:
        result = None
    if result is not None:
        return "token", f"token:{result[1].pk}"
    return "anon", f"addr:{client_address(raw)}"


def client_address(request: HttpRequest) -> str:
    """DRF's get_ident: REMOTE_ADDR, or the X-Forwarded-For entry NUM_PROXIES from the end.
    It only reads META and the setting, so a plain HttpRequest will do."""
    return BaseThrottle().get_ident(request)


class WindowRateThrottle(SimpleRateThrottle):
    """A DRF throttle counting hits per fixed window with one atomic cache increment."""

    usage: PolicyUsage | None = None

    def window_key(self, key: str, start: int) -> str:
        return f"ratelimit:{self.scope}:{key}:{start}"

    def _window(self) -> tuple[int, int, float]:
        now = self.timer()
        start = int(now // self.duration) * self.duration
        return start, max(1, math.ceil(start + self.duration - now)), now

    def count(self, key: str, *, hit: bool) -> PolicyUsage:
        """The client's usage in the current window, after one more hit when `hit`."""
        start, reset, _ = self._window()
        cache_key = self.window_key(key, start)
        if not hit:
            used = self.cache.get(cache_key, 0)
        else:
            # add() creates the counter once per window; incr() is atomic in Redis. The key
            # outlives its window by a second so that a slow request still finds it.
            self.cache.add(cache_key, 0, timeout=self.duration + 1)
            try:
                used = self.cache.incr(cache_key)
            except ValueError:  # expired between add and incr
                self.cache.set(cache_key, 1, timeout=self.duration + 1)
                used = 1
        return PolicyUsage(policy=self.scope, limit=self.num_requests, window=self.duration, used=used, reset=reset)

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        self.usage = self.count(self.key, hit=True)
        record_usage(request, self.usage)
        return not self.usage.exceeded

    def wait(self):
        return self.usage.reset if self.usage is not None else None


class ClientRateThrottle(WindowRateThrottle):
    """The policy every /api/ request falls under: `anon` by address or `token` by token."""

    def __init__(self, request: HttpRequest):
        self.scope, self.ident = client_key(request)
        super().__init__()

    def get_cache_key(self, request, view):
        return self.ident


class ScopedWindowRateThrottle(ScopedRateThrottle, WindowRateThrottle):
    """DRF's ScopedRateThrottle (`throttle_scope` on the view), counted per window and keyed
    like the client policies: by token, else by address (never by session user)."""

    def get_cache_key(self, request, view):
        return client_key(request)[1]

    def peek(self, request: HttpRequest, scope: str) -> PolicyUsage:
        """The client's usage of `scope` without counting a hit (for /usage/)."""
        self.scope = scope
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return self.count(client_key(request)[1], hit=False)


def record_usage(request, usage: PolicyUsage) -> None:
    """Keep the usage on the Django request: api/ratelimit.py turns it into headers."""
    raw = getattr(request, "_request", request)
    usages = getattr(raw, "rate_limits", None)
    if usages is None:
        usages = raw.rate_limits = []
    usages[:] = [u for u in usages if u.policy != usage.policy] + [usage]


def recorded_usage(request) -> list[PolicyUsage]:
    return list(getattr(getattr(request, "_request", request), "rate_limits", ()))
