"""The corpus-wide change counter: the cheap validator of conditional list GETs.

Every write to served content moves it (post_save, post_delete and m2m_changed of the
content apps, which every `core.services` write and every admin or factory save goes
through, plus `bump()` from the bulk paths in core.batch). An API list's ETag is the hash
of the request's scope and this counter, so a matching `If-None-Match` is answered after
one small lookup, without running the page (docs/performance.md section 6). Lists nest
other resources (a takeaway list renders authors and publications), so one counter for
everything is the only per-resource scheme that is never stale; writes are editorial and
rare, so the extra invalidation costs little.

Storage: Redis when `REDIS_URL` is configured (GET per check; INCR when the write happens
and again after its commit, so a reader can never pair a new counter with rows from before
the commit), otherwise the database (`core.ChangeCounter`: one row, bumped inside the
writing transaction, so the counter and the rows commit together).
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import connections, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

from core.models import ChangeCounter

log = logging.getLogger(__name__)

CACHE_KEY = "pactum:changes"
CONTENT_APPS = frozenset({"core", "actors", "treaties", "commentary"})


def _uses_redis() -> bool:
    return bool(getattr(settings, "REDIS_URL", None))


def current() -> str:
    """The counter's current value (one Redis GET or one indexed SELECT)."""
    if _uses_redis():
        try:
            value = cache.get(CACHE_KEY)
            if value is None:
                # A flushed or evicted key restarts from the clock, never from an old value,
                # so a validator handed out before the flush cannot match again.
                cache.add(CACHE_KEY, time.time_ns())
                value = cache.get(CACHE_KEY)
            return f"r{value}"
        except Exception:  # Redis down: serve from the database row rather than fail reads
            log.exception("change counter: Redis unavailable, using the database row")
    value = ChangeCounter.objects.filter(pk=1).values_list("value", flat=True).first()
    return f"d{value or 0}"


def _incr() -> None:
    try:
        cache.incr(CACHE_KEY)
    except ValueError:  # missing key
        cache.add(CACHE_KEY, time.time_ns())


def _safe_incr() -> None:
    try:
        _incr()
    except Exception:
        log.exception("change counter: Redis INCR failed; list validators may be stale")


def bump(using: str = "default") -> None:
    """Record that served content changed in the current transaction."""
    if _uses_redis():
        try:
            _incr()
        except Exception:  # never fail an editorial write on the cache; say so loudly
            log.exception("change counter: Redis INCR failed; list validators may be stale")
        connection = connections[using]
        if connection.in_atomic_block and not any(entry[1] is _safe_incr for entry in connection.run_on_commit):
            transaction.on_commit(_safe_incr, using=using)
        return
    if not ChangeCounter.objects.using(using).filter(pk=1).update(value=F("value") + 1):
        ChangeCounter.objects.using(using).get_or_create(pk=1, defaults={"value": 1})


def _on_write(sender, using="default", **kwargs) -> None:
    if sender._meta.app_label in CONTENT_APPS and sender._meta.model_name != "changecounter":
        bump(using=using)


def connect() -> None:
    post_save.connect(_on_write, dispatch_uid="core.changes.save")
    post_delete.connect(_on_write, dispatch_uid="core.changes.delete")
    m2m_changed.connect(_m2m_write, dispatch_uid="core.changes.m2m")


def _m2m_write(sender, instance, action, using="default", **kwargs) -> None:
    if action.startswith("post_"):
        _on_write(type(instance), using=using)
