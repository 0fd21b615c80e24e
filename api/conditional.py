"""Conditional GET validators.

Details: computed after the row (and its prefetches) is fetched and before any
serialization, with no extra query. They hash every row the response renders (id,
version, `updated`), nested ones included, so a treaty's ETag changes when one of its
articles does. Lists: the request's scope and the corpus change counter (core.changes),
known before any page query, so a matching If-None-Match skips the page entirely; any
write to served content changes every list's tag. Everything is keyed by path, query
string, reader scope and format. Last-Modified is the latest `updated` seen.
"""

import datetime
import hashlib

from django.db.models import Model, QuerySet
from django.utils.http import http_date


def _etag(*parts) -> str:
    digest = hashlib.blake2b("|".join(str(p) for p in parts).encode(), digest_size=16).hexdigest()
    return f'"{digest}"'


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
    return record_validators(rows=rows, scope=scope, version=getattr(obj, "version", 0))


def record_validators(*, rows: list[tuple], scope: str, version) -> tuple[str, datetime.datetime | None]:
    """A detail's validators from its (model name, key, version, updated) rows: walked from
    the instances above, or read with the rows of a compiled detail (api/detail_rows.py)."""
    stamps = [row[3] for row in rows if row[3] is not None]
    # The record's own version leads the tag ("v7-<digest>"): writes send the tag back in
    # If-Match and api/writes.py checks that version in its conditional UPDATE.
    digest = _etag(scope, *sorted(map(str, rows))).strip('"')
    return f'"v{version}-{digest}"', max(stamps) if stamps else None


def list_etag(*, scope: str, validator: str) -> str:
    """A list's ETag: its scope and the change counter, known before any page query."""
    return _etag("list", scope, validator)


def _page_rows(rows: list[Model]) -> list:
    seen: set = set()
    found: list = []
    for row in rows:
        _walk(row, seen, found)
    return found


def rows_last_modified(*, rows: list[Model]) -> datetime.datetime | None:
    """The latest `updated` among one fetched page of rows and everything prefetched for them."""
    stamps = [item[3] for item in _page_rows(rows) if item[3] is not None]
    return max(stamps) if stamps else None


def rows_validators(*, rows: list[Model], scope: str) -> tuple[str, datetime.datetime | None]:
    """Validators hashed from one fetched page and its prefetches. For as-of pages (api/as_of.py):
    the past does not move, so the page itself is the validator, not the change counter."""
    found = _page_rows(rows)
    stamps = [item[3] for item in found if item[3] is not None]
    return _etag(scope, *sorted(map(str, found))), max(stamps) if stamps else None


def rows_etag(*, scope: str) -> str:
    """A tag for a computed body (group counts) that has no rows to hash: the body is the scope."""
    return _etag(scope)


def last_modified_header(value: datetime.datetime | None) -> str | None:
    return http_date(value.timestamp()) if value else None
