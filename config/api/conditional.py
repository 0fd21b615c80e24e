"""Conditional GET: validators are computed before any serialization.

Lists: one cheap aggregate (latest `updated`, row count, sum of `version`) over the
filtered queryset, keyed by path, query string, reader scope and format. A change to any
matching row, an insert or a delete changes the ETag.
Details: the object's own version plus every prefetched related row it renders, so a
treaty's ETag changes when one of its articles does; no extra query is needed.
"""

import datetime
import hashlib

from django.db.models import Count, Max, Model, QuerySet, Sum
from django.utils.http import http_date


def _etag(*parts) -> str:
    digest = hashlib.blake2b("|".join(str(p) for p in parts).encode(), digest_size=16).hexdigest()
    return f'"{digest}"'


def list_validators(*, queryset: QuerySet, scope: str) -> tuple[str, datetime.datetime | None]:
    stats = queryset.order_by().aggregate(latest=Max("updated"), rows=Count("pk"), versions=Sum("version"))
    return _etag(scope, stats["latest"], stats["rows"], stats["versions"]), stats["latest"]


def _walk(obj: Model, seen: set, out: list, depth: int = 0) -> None:
    key = (type(obj), obj.pk)
    if key in seen or depth > 4:
        return
    seen.add(key)
    out.append((type(obj).__name__, obj.pk, getattr(obj, "version", None), getattr(obj, "updated", None)))
    related = list(getattr(obj, "_prefetched_objects_cache", {}).values())
    related += [v for v in obj._state.fields_cache.values() if v is not None]
    for value in related:
        for child in value if isinstance(value, QuerySet | list) else [value]:
            if isinstance(child, Model):
                _walk(child, seen, out, depth + 1)
    for name, value in vars(obj).items():
        # Prefetch(to_attr=...) lists live as plain attributes.
        if name.startswith("_") or not isinstance(value, list):
            continue
        for child in value:
            if isinstance(child, Model):
                _walk(child, seen, out, depth + 1)


def object_validators(*, obj: Model, scope: str) -> tuple[str, datetime.datetime | None]:
    rows: list = []
    _walk(obj, set(), rows)
    stamps = [row[3] for row in rows if row[3] is not None]
    # The record's own version leads the tag ("v7-<digest>"): writes send the tag back in
    # If-Match and config/api/writes.py checks that version in its conditional UPDATE.
    digest = _etag(scope, *sorted(map(str, rows))).strip('"')
    return f'"v{getattr(obj, "version", 0)}-{digest}"', max(stamps) if stamps else None


def last_modified_header(value: datetime.datetime | None) -> str | None:
    return http_date(value.timestamp()) if value else None
