"""GET /api/v1/autocomplete/?q=: typeahead over names, aliases, titles and short titles.

A record matches when one of its names (or an actor's alias) starts with `q` (`ki` finds
"Kim Jong Un"); from 3 characters, also when a word of a name starts with `q` ("putin"
finds "Vladimir Putin") or, on PostgreSQL with pg_trgm, when the name is within typo
distance (`word_similarity`: "kim jung" finds "Kim Jong Un"). Ranks: prefix, then word,
then similar. SQLite has no trigram operator: there, no typo tolerance. The indexes behind
each kind of match are in core/trigrams.py. One query per record
type (at most seven), whatever the data size; drafts only for editors, as everywhere.
"""

import uuid
from collections import namedtuple
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache

from django.db import connection, transaction
from django.db.models import (
    BooleanField,
    Case,
    F,
    FloatField,
    Func,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.functions import Cast, Upper
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.response import Response

from actors.models import ActorAlias
from actors.selectors import actor_queryset, event_queryset
from api.plain import ComputedView
from api.schema import POSITIVE_INT
from commentary.models import Topic
from commentary.selectors import expert_queryset, publication_queryset
from treaties.models import ProvisionType
from treaties.selectors import treaty_queryset

DEFAULT_LIMIT = 10
MAX_LIMIT = 50
MAX_Q = 100
TYPO_MIN_CHARS = 3
# Word prefixes from 3 characters: a trigram index can serve `% ki%` only from a trigram up.
WORD_MIN_CHARS = 3
TYPO_THRESHOLD = 0.5  # word_similarity: "kim jung" ~ "Kim Jong Un" is 0.56, ~ "Kim Il Sung" 0.44


@dataclass(frozen=True)
class Target:
    """One record type: its visible rows, the text fields matched, and how a hit renders."""

    queryset: object  # callable(published_only) -> QuerySet
    fields: tuple[str, ...]
    display: str
    key: str
    route: str
    hint: str = ""
    id: str = "pk"


def _visible_aliases(*, published_only: bool) -> QuerySet[ActorAlias]:
    return ActorAlias.objects.filter(actor__in=actor_queryset(published_only=published_only))


# An actor's aliases are a branch of their own (rather than an OR of a subquery), so each
# branch stays one index scan; hits of both are merged per actor.
ALIASES = Target(
    _visible_aliases, ("name",), "actor__name", "actor__slug", "v1:actor-detail", "actor__kind", id="actor_id"
)

TARGETS: dict[str, Target] = {
    "actor": Target(actor_queryset, ("name", "short_name"), "name", "slug", "v1:actor-detail", "kind"),
    "treaty": Target(treaty_queryset, ("title", "short_title"), "title", "slug", "v1:treaty-detail", "short_title"),
    "expert": Target(expert_queryset, ("name",), "name", "slug", "v1:expert-detail", "role"),
    "event": Target(event_queryset, ("name",), "name", "slug", "v1:event-detail", "start_date"),
    "publication": Target(publication_queryset, ("title",), "title", "slug", "v1:publication-detail", "published_on"),
    "topic": Target(lambda published_only: Topic.objects.all(), ("name",), "name", "slug", "v1:topic-detail"),
    "provision-type": Target(
        lambda published_only: ProvisionType.objects.all(), ("name", "code"), "name", "code", "v1:provision-type-detail"
    ),
}


class WordSimilarity(Func):
    function = "word_similarity"
    output_field = FloatField()


class WordSimilar(Func):
    """`q <% col`: pg_trgm's indexable form of word_similarity(q, col) >= the threshold.
    Both sides upper-cased as the trigram indexes are (core/trigrams.py)."""

    arg_joiner = " <%% "
    template = "%(expressions)s"
    output_field = BooleanField()


_trigram_state: dict[str, bool] = {}


def trigrams_available() -> bool:
    """Whether the pg_trgm extension is installed in this database (asked once per process)."""
    if connection.vendor != "postgresql":
        return False
    alias = connection.settings_dict["NAME"]
    if alias not in _trigram_state:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
            _trigram_state[alias] = cursor.fetchone() is not None
    return _trigram_state[alias]


def _prefix(fields: tuple[str, ...], q: str, *, word_matches: bool) -> tuple[Q, Q]:
    starts, words = Q(), Q()
    for name in fields:
        starts |= Q(**{f"{name}__istartswith": q})
        if word_matches:
            words |= Q(**{f"{name}__icontains": f" {q}"}) | Q(**{f"{name}__icontains": f"-{q}"})
    return starts, words


TYPO_SETTINGS_SQL = "SET LOCAL pg_trgm.word_similarity_threshold = %s"
COLUMNS = ("ac_type", "ac_id", "ac_key", "ac_display", "ac_hint", "ac_rank", "ac_similarity")


def branches(types: list[str]) -> list[tuple[str, Target]]:
    found = [(name, TARGETS[name]) for name in types]
    return found + ([("actor", ALIASES)] if "actor" in types else [])


def matches(
    type_name: str, target: Target, q: str, *, published_only: bool, limit: int, typos: bool, word_matches: bool
) -> QuerySet:
    """The best `limit` rows of one branch for `q` as value rows (COLUMNS); rank 0 is best."""
    starts, words = _prefix(target.fields, q, word_matches=word_matches)
    wanted = starts | words if words else starts
    column = Upper(Cast(F(target.fields[0]), TextField()))
    if typos:
        similarity = WordSimilarity(Upper(Value(q)), column)
        wanted |= Q(WordSimilar(Upper(Value(q)), column))
    else:
        similarity = Value(0.0, output_field=FloatField())
    hint = Cast(F(target.hint), TextField()) if target.hint else Value(None, output_field=TextField())
    return (
        target.queryset(published_only=published_only)
        .filter(wanted)
        .annotate(
            ac_type=Value(type_name, output_field=TextField()),
            ac_id=F(target.id),
            ac_key=Cast(F(target.key), TextField()),
            ac_display=Cast(F(target.display), TextField()),
            ac_hint=hint,
            ac_rank=Case(
                When(starts, then=Value(0)), *([When(words, then=Value(1))] if words else []), default=Value(2)
            ),
            ac_similarity=similarity,
        )
        .values_list(*COLUMNS, named=True)
        .order_by("ac_rank", "-ac_similarity", "ac_display")[:limit]
    )


def _querysets(q: str, *, types: list[str], published_only: bool, limit: int, typos: bool, words: bool) -> list:
    """The statement(s) for `q`: one UNION ALL where the database can limit each branch
    (PostgreSQL), else one query per branch (SQLite)."""
    queries = [
        matches(*b, q, published_only=published_only, limit=limit, typos=typos, word_matches=words)
        for b in branches(types)
    ]
    if len(queries) > 1 and connection.features.supports_slicing_ordering_in_compound:
        return [queries[0].union(*queries[1:], all=True)]
    return queries


# Stands for q while a statement is compiled: letters only, so LIKE escaping leaves it as is.
_SENTINEL = "QQAUTOCOMPLETESENTINELQQ"
Row = namedtuple("Row", COLUMNS)


@lru_cache(maxsize=256)
def _compiled(
    types: tuple[str, ...], published_only: bool, limit: int, typos: bool, words: bool, vendor: str
) -> tuple[tuple[str, tuple], ...]:
    """SQL and parameters per shape of request, compiled once per process with a sentinel for
    q. Building and compiling the eight-branch UNION through Django expressions was 90% of
    a request (about 14 ms, against 1 ms of SQL at 200k rows); the statement depends on q
    only through its parameters. `vendor` keys it to the database kind the text is for."""
    queries = _querysets(
        _SENTINEL, types=list(types), published_only=published_only, limit=limit, typos=typos, words=words
    )
    return tuple(query.query.sql_with_params() for query in queries)


def _bind(params: tuple, q: str) -> list:
    """The compiled parameters with q in place of the sentinel: as is where it stood alone
    (a trigram operand), LIKE-escaped inside a pattern (`q%`, `% q%`)."""
    like = connection.ops.prep_for_like_query(q)
    return [
        (q if value == _SENTINEL else value.replace(_SENTINEL, like))
        if isinstance(value, str) and _SENTINEL in value
        else value
        for value in params
    ]


def autocomplete_sql(*, q: str, types: list[str], published_only: bool, limit: int) -> tuple[str, tuple]:
    """The PostgreSQL statement `autocomplete` runs (for bench/autocomplete_bench.py's EXPLAIN)."""
    typos = len(q) >= TYPO_MIN_CHARS and trigrams_available()
    (sql, params), *_ = _compiled(
        tuple(types), published_only, limit, typos, len(q) >= WORD_MIN_CHARS, connection.vendor
    )
    return sql, tuple(_bind(params, q))


def candidate_rows(*, q: str, types: list[str], published_only: bool, limit: int) -> list[Row]:
    """Each branch's best `limit` rows for q (COLUMNS), from the compiled statements."""
    typos = len(q) >= TYPO_MIN_CHARS and trigrams_available()
    words = len(q) >= WORD_MIN_CHARS
    statements = _compiled(tuple(types), published_only, limit, typos, words, connection.vendor)
    rows = []
    with transaction.atomic() if typos else nullcontext(), connection.cursor() as cursor:
        if typos:
            # this transaction only: pg_trgm's default threshold (0.6) misses "kim jung" ->
            # "Kim Jong Un" (the operators' planner cost is set in core/trigrams.py)
            cursor.execute(TYPO_SETTINGS_SQL, [TYPO_THRESHOLD])
        for sql, params in statements:
            cursor.execute(sql, _bind(params, q))
            # ac_id is the only column a backend returns in its own type (SQLite: hex text)
            rows += [Row(row[0], uuid.UUID(str(row[1])), *row[2:]) for row in cursor.fetchall()]
    return rows


def autocomplete(*, q: str, types: list[str], published_only: bool, limit: int) -> list:
    """The best `limit` hits over `types`."""
    rows = candidate_rows(q=q, types=types, published_only=published_only, limit=limit)
    order = {name: position for position, name in enumerate(types)}
    rows.sort(key=lambda r: (r.ac_rank, -(r.ac_similarity or 0.0), len(r.ac_display), order[r.ac_type]))
    best = {}
    for row in rows:  # an actor found by its name and by an alias: keep the better hit
        best.setdefault((row.ac_type, row.ac_id), row)
    return list(best.values())[:limit]


class AutocompleteHitSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=list(TARGETS), help_text="Record type.")
    id = serializers.UUIDField(help_text="UUID of the record.")
    key = serializers.CharField(help_text="Slug (provision types: code), as the filters take it.")
    display_name = serializers.CharField(help_text="Name or title.")
    hint = serializers.CharField(allow_null=True, help_text="A disambiguating detail: kind, role, date.")
    url = serializers.URLField(help_text="The record's detail endpoint.")
    match = serializers.ChoiceField(
        choices=["prefix", "word", "similar"],
        help_text="`prefix`: a name starts with q; `word`: a word of it does; `similar`: within typo distance.",
    )


class AutocompleteResponseSerializer(serializers.Serializer):
    q = serializers.CharField()
    results = AutocompleteHitSerializer(many=True)


MATCHES = ("prefix", "word", "similar")


class AutocompleteView(ComputedView):
    """Typeahead: records whose names, aliases, titles or short titles start with the query."""

    allowed_params = ("q", "type", "limit", "format")
    repeatable_params = ("type",)

    @extend_schema(
        operation_id="autocomplete",
        parameters=[
            OpenApiParameter(
                "q", OpenApiTypes.STR, required=True, description=f"The typed prefix, 1–{MAX_Q} characters."
            ),
            OpenApiParameter(
                "type",
                OpenApiTypes.STR,
                enum=list(TARGETS),
                many=True,
                explode=True,
                description="Only these record types (repeat for several); all by default.",
            ),
            OpenApiParameter("limit", POSITIVE_INT, description=f"Hits, 1–{MAX_LIMIT} (default {DEFAULT_LIMIT})."),
        ],
        responses={200: AutocompleteResponseSerializer},
        tags=["search"],
    )
    def get(self, request, *args, **kwargs):
        q = request.query_params.get("q", "").strip()
        errors = {}
        if not q or len(q) > MAX_Q:
            errors["q"] = [f"Give 1 to {MAX_Q} characters."]
        types = request.query_params.getlist("type") or list(TARGETS)
        unknown = [t for t in types if t not in TARGETS]
        if unknown:
            errors["type"] = [f"Unknown type {', '.join(unknown)}. Allowed: {', '.join(TARGETS)}."]
        raw = request.query_params.get("limit", str(DEFAULT_LIMIT))
        if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_LIMIT:
            errors["limit"] = [f"Must be an integer from 1 to {MAX_LIMIT}."]
        if errors:
            raise exceptions.ValidationError(errors)
        rows = autocomplete(q=q, types=types, published_only=self.published_only, limit=int(raw))
        results = []
        for row in rows:
            target = TARGETS[row.ac_type]
            route = reverse(target.route, kwargs={target.key: row.ac_key})
            results.append(
                {
                    "type": row.ac_type,
                    "id": row.ac_id,
                    "key": row.ac_key,
                    "display_name": row.ac_display,
                    "hint": row.ac_hint or None,
                    "url": request.build_absolute_uri(route),
                    "match": MATCHES[row.ac_rank],
                }
            )
        return Response(AutocompleteResponseSerializer({"q": q, "results": results}).data)
