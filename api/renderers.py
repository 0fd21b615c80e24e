"""Renderers: JSON through orjson (fast), flattened CSV for lists, NDJSON for exports."""

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

import orjson
from rest_framework.renderers import BaseRenderer
from rest_framework.utils.encoders import JSONEncoder

_fallback = JSONEncoder()


def _default(value: Any) -> Any:
    # orjson handles dict/list/str subclasses, UUIDs and datetimes natively; lazy
    # translation strings and Decimals go through DRF's encoder.
    return _fallback.default(value)


def dumps(data: Any) -> bytes:
    return orjson.dumps(data, default=_default, option=orjson.OPT_NON_STR_KEYS)


class ORJSONRenderer(BaseRenderer):
    """application/json rendered by orjson (see docs/decisions/0004-api-orjson.md)."""

    media_type = "application/json"
    format = "json"
    charset = None  # orjson emits UTF-8 bytes; JSON has no charset parameter (RFC 8259)

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        return dumps(data)


# Lists of nested records flatten to the first identifying key that an item carries.
_IDENTIFYING_KEYS = ("slug", "code", "number", "name", "id")


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(_identify(item)) for item in value)
    if value is None:
        return ""
    return value


def _identify(item: Any) -> Any:
    if isinstance(item, dict):
        for key in _IDENTIFYING_KEYS:
            if item.get(key) not in (None, ""):
                return item[key]
        for value in item.values():
            if isinstance(value, dict):
                return _identify(value)
    return item


def flatten(row: dict, prefix: str = "") -> dict:
    """{"treaty": {"slug": "x"}} -> {"treaty.slug": "x"}; lists join their items' slugs."""
    flat: dict = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, prefix=f"{name}."))
        else:
            flat[name] = _cell(value)
    return flat


def csv_lines(rows: Iterable[dict]) -> Iterator[str]:
    """Yield CSV text: a header from the first row, then one line per row."""
    buffer = io.StringIO()
    writer = None
    for row in rows:
        flat = flatten(row)
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


class CSVRenderer(BaseRenderer):
    """text/csv of a list page (or one record), one row per item, nested summaries flattened."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if isinstance(data, dict) and "results" in data:
            rows = data["results"]
        elif isinstance(data, list):
            rows = data
        else:
            rows = [data] if data else []
        return "".join(csv_lines(rows)).encode("utf-8")


class NDJSONRenderer(BaseRenderer):
    """application/x-ndjson: one JSON document per line (used by the streaming export)."""

    media_type = "application/x-ndjson"
    format = "ndjson"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        rows = data if isinstance(data, list) else [data]
        return b"".join(dumps(row) + b"\n" for row in rows)
