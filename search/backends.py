"""Search backends. Each one filters a queryset to the rows matching a ParsedQuery,
annotates `search_rank`, and makes HTML-safe snippets with <mark> around matches."""

import html
import re
from functools import reduce
from operator import and_, or_

from django.db import connections
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When

from .db import DOC_TABLE, FTS_TABLE, SUPPORTED_VENDORS
from .expressions import SearchMatch, SearchRankExpression
from .models import SearchDocument
from .query import Item, ParsedQuery
from .registry import SearchSpec

WEIGHT_VALUES = {"a": 1.0, "b": 0.4, "c": 0.2}
SNIPPET_CHARS = 200


class FallbackBackend:
    """Portable implementation with icontains: correct but unranked beyond field weights,
    unstemmed and unindexed. Used on any database without a native index."""

    def annotate_zero(self, queryset: QuerySet) -> QuerySet:
        return queryset.annotate(search_rank=Value(0.0, output_field=FloatField()))

    @staticmethod
    def _item_q(spec: SearchSpec, item: Item, weights: str = "abc") -> Q:
        needle = " ".join(item.words)
        paths = [s.orm_path for w in weights for s in spec.weights()[w]]
        return reduce(or_, (Q(**{f"{p}__icontains": needle}) for p in paths), Q(pk__in=[]))

    def filter_and_rank(self, queryset: QuerySet, parsed: ParsedQuery, spec: SearchSpec) -> QuerySet:
        model = queryset.model
        cond = reduce(and_, (reduce(or_, (self._item_q(spec, i) for i in g)) for g in parsed.groups))
        for item in parsed.excluded:
            cond &= ~self._item_q(spec, item)
        # A subquery keeps multi-valued paths (actor aliases) from duplicating rows.
        matching = model._default_manager.filter(cond).values("pk")
        rank = Value(0.0, output_field=FloatField())
        for weight, value in WEIGHT_VALUES.items():
            direct = [s for s in spec.weights()[weight] if "__" not in s.orm_path or s.column]
            if not direct:
                continue
            any_item = reduce(
                or_, (self._item_q(SearchSpec(spec.label, a=tuple(direct)), i, "a") for g in parsed.groups for i in g)
            )
            rank = rank + Case(When(any_item, then=Value(value)), default=Value(0.0), output_field=FloatField())
        return queryset.filter(pk__in=matching).annotate(search_rank=rank)

    def snippets(self, spec: SearchSpec, objects: dict, parsed: ParsedQuery) -> dict:
        terms = [" ".join(i.words) for g in parsed.groups for i in g]
        pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
        out = {}
        for pk, obj in objects.items():
            texts = [str(getattr(obj, s.column) or "") for w in "cab" for s in spec.weights()[w] if s.column]
            text = next((t for t in texts if pattern.search(t)), texts[0] if texts else "")
            out[pk] = highlight(text, pattern)
        return out


def highlight(text: str, pattern: re.Pattern) -> str:
    """A window of `text` around the first match, escaped, with every match in <mark>."""
    m = pattern.search(text)
    start = max(0, (m.start() if m else 0) - SNIPPET_CHARS // 3)
    window = text[start : start + SNIPPET_CHARS]
    parts, last = [], 0
    for m in pattern.finditer(window):
        parts.append(html.escape(window[last : m.start()]))
        parts.append(f"<mark>{html.escape(m.group(0))}</mark>")
        last = m.end()
    parts.append(html.escape(window[last:]))
    prefix = "…" if start else ""
    suffix = "…" if start + SNIPPET_CHARS < len(text) else ""
    return prefix + "".join(parts).strip() + suffix


# Snippet markers: private-use characters that the text cannot be expected to contain;
# the database wraps matches in them, Python escapes the text, then swaps in <mark>.
_OPEN, _CLOSE = "\ue000", "\ue001"
SNIPPET_TOKENS = 32


def _marked_to_html(text: str) -> str:
    return html.escape(text or "").replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")


class NativeBackend(FallbackBackend):
    """The database's own full-text index: FTS5 on SQLite, tsvector + GIN on PostgreSQL."""

    def filter_and_rank(self, queryset: QuerySet, parsed: ParsedQuery, spec: SearchSpec) -> QuerySet:
        pk = F("pk")
        return queryset.filter(SearchMatch(pk, kind=spec.kind, parsed=parsed)).annotate(
            search_rank=SearchRankExpression(pk, kind=spec.kind, parsed=parsed)
        )

    def snippets(self, spec: SearchSpec, objects: dict, parsed: ParsedQuery) -> dict:
        if not objects:
            return {}
        connection = connections[next(iter(objects.values()))._state.db or "default"]
        field = SearchDocument._meta.get_field("object_id")
        ids = [field.get_db_prep_value(pk, connection) for pk in objects]
        marks = ", ".join(["%s"] * len(ids))
        if connection.vendor == "postgresql":
            options = (
                f'StartSel="{_OPEN}", StopSel="{_CLOSE}", MaxFragments=2, MaxWords={SNIPPET_TOKENS}, '
                'MinWords=8, FragmentDelimiter=" … "'
            )
            sql = (
                "SELECT d.object_id, ts_headline('english', concat_ws(' — ', nullif(d.a, ''), nullif(d.b, ''), "
                "nullif(d.c, '')), websearch_to_tsquery('english', %s), %s) "
                f"FROM {DOC_TABLE} d WHERE d.kind = %s AND d.object_id IN ({marks})"
            )
            params = [parsed.to_websearch(), options, spec.kind, *ids]
        else:
            sql = (
                f"SELECT d.object_id, snippet({FTS_TABLE}, -1, %s, %s, '…', {SNIPPET_TOKENS}) "
                f"FROM {FTS_TABLE} JOIN {DOC_TABLE} d ON d.id = {FTS_TABLE}.rowid "
                f"WHERE {FTS_TABLE} MATCH %s AND d.kind = %s AND d.object_id IN ({marks})"
            )
            params = [_OPEN, _CLOSE, parsed.to_fts5(), spec.kind, *ids]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        return {field.to_python(object_id): _marked_to_html(text) for object_id, text in rows}


_FALLBACK = FallbackBackend()
_NATIVE = NativeBackend()


def for_queryset(queryset: QuerySet) -> FallbackBackend:
    """The native backend when the queryset's database has our index installed."""
    connection = connections[queryset.db]
    return _NATIVE if connection.vendor in SUPPORTED_VENDORS else _FALLBACK
