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


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…)).
# OWASP's advice: prefix such cells with a single quote so that they stay text.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return neutralise("; ".join(str(_identify(item)) for item in value))
    if value is None:
        return ""
    return neutralise(value)


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


def serializer_columns(serializer, prefix: str = "") -> list[str]:
    """The flattened column names of `serializer`'s output (the header of an empty CSV)."""
    from rest_framework import serializers

    serializer = getattr(serializer, "child", serializer)
    columns = []
    for name, field in serializer.fields.items():
        if isinstance(field, serializers.Serializer):
            columns.extend(serializer_columns(field, prefix=f"{prefix}{name}."))
        else:
            columns.append(f"{prefix}{name}")
    return columns


def csv_lines(rows: Iterable[dict], *, columns: list[str] | None = None) -> Iterator[str]:
    """Yield CSV text: a header from the first row (or `columns` when there is no row), then
    one line per row. Every text cell is neutralised against formula injection."""
    buffer = io.StringIO()
    writer = None

    def flush() -> str:
        text = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return text

    for row in rows:
        flat = flatten(row)
        if writer is None:
            writer = csv.DictWriter(buffer, fieldnames=list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
        yield flush()
    if writer is None and columns:
        csv.writer(buffer).writerow(columns)
        yield flush()


def _view_columns(renderer_context) -> list[str] | None:
    view = (renderer_context or {}).get("view")
    get_serializer = getattr(view, "get_serializer", None)
    if get_serializer is None:
        return None
    try:
        return serializer_columns(get_serializer())
    except Exception:  # noqa: BLE001 - a header is a nicety; never fail a response over it
        return None


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
        columns = None if rows else _view_columns(renderer_context)
        return "".join(csv_lines(rows, columns=columns)).encode("utf-8")


class NDJSONRenderer(BaseRenderer):
    """application/x-ndjson: one JSON document per line (used by the streaming export)."""

    media_type = "application/x-ndjson"
    format = "ndjson"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        rows = data if isinstance(data, list) else [data]
        return b"".join(dumps(row) + b"\n" for row in rows)
