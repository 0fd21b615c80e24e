"""ORM expressions over the search index, correlated to the outer row's primary key.

They compile to a subquery on the document table, so the outer queryset keeps its own
model, filters, visibility rules and joins; Django relabels the outer pk column as usual.
User text only ever reaches the database as a bound parameter, already reduced by
query.parse_query to quoted words (FTS5) or combined plain/phrase tsqueries (PostgreSQL).
"""

import operator
import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db import NotSupportedError
from django.db.models import BooleanField, FloatField, Func

from .db import DOC_TABLE, FTS_TABLE, SEGMENT_SIZE, segment_lexeme_sql
from .query import Item, ParsedQuery

# FTS5 bm25() column weights for a, b, c (PostgreSQL uses ts_rank's default A/B/C/D
# weights 1.0/0.4/0.2/0.1). A title hit must beat several body hits.
BM25_WEIGHTS = (10.0, 4.0, 1.0)
# PostgreSQL ranks at most this many matches per query (SearchRankExpression).
RANK_CANDIDATES = 2_000


def pg_tsquery(parsed: ParsedQuery) -> SearchQuery:
    """The parsed tree as one tsquery, combined with & | ! so each group keeps its own
    parentheses. A websearch string cannot say "a AND (b OR c)": websearch_to_tsquery
    binds & tighter than `or`, so `mutual defense or defence` meant (mutual & defense) | defence.
    """

    def item(i: Item) -> SearchQuery:
        return SearchQuery(" ".join(i.words), search_type="phrase" if len(i.words) > 1 else "plain", config="english")

    query = None
    for group in parsed.groups:
        alternatives = reduce(operator.or_, (item(i) for i in group))
        query = alternatives if query is None else query & alternatives
    for excluded in parsed.excluded:
        query = query & ~item(excluded)
    return query


class _DocumentExpression(Func):
    """Base: one source expression, the outer pk; `kind` and `parsed` are plain attributes."""

    def __init__(self, pk, *, kind: str, parsed: ParsedQuery):
        super().__init__(pk)
        self.kind = kind
        self.parsed = parsed

    def as_sql(self, compiler, connection, **extra_context):
        raise NotSupportedError(f"no native search index on {connection.vendor}")

    def _pk_sql(self, compiler):
        return compiler.compile(self.get_source_expressions()[0])

    def _tsquery(self, compiler, connection):
        return compiler.compile(pg_tsquery(self.parsed).resolve_expression())


class SearchMatch(_DocumentExpression):
    """True when the outer row's document matches the query (uses the GIN / FTS5 index:
    the subquery is uncorrelated, evaluated once)."""

    output_field = BooleanField()
    conditional = True

    def as_postgresql(self, compiler, connection, **extra_context):
        pk_sql, pk_params = self._pk_sql(compiler)
        tsq_sql, tsq_params = self._tsquery(compiler, connection)
        sql = f"{pk_sql} IN (SELECT d.object_id FROM {DOC_TABLE} d WHERE d.kind = %s AND d.vector @@ {tsq_sql})"
        return sql, (*pk_params, self.kind, *tsq_params)

    def as_sqlite(self, compiler, connection, **extra_context):
        pk_sql, pk_params = self._pk_sql(compiler)
        # CROSS JOIN fixes the join order (SQLite never reorders it): one full-text scan,
        # then a primary-key lookup per hit. Left to itself the planner walks every
        # document of the kind and probes FTS5 once per document (30x slower at 5k rows).
        sql = (
            f"{pk_sql} IN (SELECT d.object_id FROM {FTS_TABLE} CROSS JOIN {DOC_TABLE} d ON d.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s AND d.kind = %s)"
        )
        return sql, (*pk_params, self.parsed.to_fts5(), self.kind)


# The index segment a candidate walk is at: `generate_series(newest, oldest, -1) AS seg(n)`.
SEGMENT_COLUMN = "seg.n"
_KIND = re.compile(r"^[a-z_]+\.[a-z_]+$")


def segment_walk_sql(matches_sql: str, limit: int, *, kind: str) -> str:
    """The first `limit` rows of `matches_sql` (a SELECT of one column, restricted to the
    segment `seg.n`), taken from the kind's newest index segment back to its oldest: each
    step is one GIN scan bounded by a segment, and the walk stops as soon as it has `limit`
    rows, so a common word costs one or two segments however large the corpus, and a rare
    one a cheap probe per segment that holds documents of the kind. The ends come from the
    (kind, id) index; `kind` is a registry label, written as a literal like the partial
    index's predicate."""
    if not _KIND.match(kind):
        raise ValueError(f"not a search kind: {kind!r}")
    ends = f"(SELECT {{}}(e.id) FROM {DOC_TABLE} e WHERE e.kind = '{kind}')"
    newest, oldest = (f"coalesce({ends.format(f)}, 0) / {SEGMENT_SIZE}" for f in ("max", "min"))
    return (
        f"SELECT w.pk FROM generate_series({newest}, {oldest}, -1) AS seg(n) "
        f"CROSS JOIN LATERAL ({matches_sql}) AS w(pk) LIMIT {int(limit)}"
    )


class SegmentMatch(SearchMatch):
    """SearchMatch within one index segment (`seg.n` of a segment walk), PostgreSQL only."""

    def as_postgresql(self, compiler, connection, **extra_context):
        pk_sql, pk_params = self._pk_sql(compiler)
        tsq_sql, tsq_params = self._tsquery(compiler, connection)
        segment = f"format('%%L', {segment_lexeme_sql(SEGMENT_COLUMN)})::tsquery"
        sql = (
            f"{pk_sql} IN (SELECT d.object_id FROM {DOC_TABLE} d WHERE d.kind = %s "
            f"AND d.vector @@ ({tsq_sql} && {segment}))"
        )
        return sql, (*pk_params, self.kind, *tsq_params)

    def as_sqlite(self, compiler, connection, **extra_context):
        raise NotSupportedError("segment walks are PostgreSQL only")


class SearchRankExpression(_DocumentExpression):
    """Relevance of the outer row's document, higher is better (0 when it does not match).
    PostgreSQL: ts_rank over the weighted vector. SQLite: -bm25 with column weights."""

    output_field = FloatField()

    def as_postgresql(self, compiler, connection, **extra_context):
        # ts_rank reads and decompresses the document's vector: for a common term that was
        # 124,048 correlated probes at 200k takeaways (5 s) to show 25 rows. Only the newest
        # RANK_CANDIDATES matches (a segment walk: one uncorrelated, hashed subquery,
        # evaluated once) are ranked; every other match still matches, with rank 0, and
        # sorts after them by pk. "Relevance among the newest N matches": exact global
        # ranking of a huge match set is a dedicated engine's job (docs/decisions/0016-search-engine-boundary.md).
        pk_sql, pk_params = self._pk_sql(compiler)
        tsq_sql, tsq_params = self._tsquery(compiler, connection)
        segment = f"format('%%L', {segment_lexeme_sql(SEGMENT_COLUMN)})::tsquery"
        newest = segment_walk_sql(
            f"SELECT c.object_id FROM {DOC_TABLE} c WHERE c.kind = %s AND c.vector @@ ({tsq_sql} && {segment})",
            RANK_CANDIDATES,
            kind=self.kind,
        )
        sql = (
            f"CASE WHEN {pk_sql} IN ({newest}) "
            f"THEN COALESCE((SELECT ts_rank(d.vector, {tsq_sql}) FROM {DOC_TABLE} d "
            f"WHERE d.kind = %s AND d.object_id = {pk_sql}), 0) ELSE 0 END::double precision"
        )
        return sql, (*pk_params, self.kind, *tsq_params, *tsq_params, self.kind, *pk_params)

    def as_sqlite(self, compiler, connection, **extra_context):
        pk_sql, pk_params = self._pk_sql(compiler)
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        # bm25() recomputes its IDF statistics for every new FTS5 cursor, so probing FTS5
        # once per row is quadratic in the number of matches (4 s at 5k matches). The
        # MATERIALIZED CTE is uncorrelated, so SQLite scores every match in one pass, once
        # per statement, and looks rows up through an automatic index.
        materialized = "MATERIALIZED " if connection.Database.sqlite_version_info >= (3, 35, 0) else ""
        sql = (
            f"COALESCE((WITH hits AS {materialized}(SELECT {FTS_TABLE}.rowid AS rid, -bm25({FTS_TABLE}, {weights}) "
            f"AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s) "
            f"SELECT hits.score FROM hits WHERE hits.rid = "
            f"(SELECT d.id FROM {DOC_TABLE} d WHERE d.kind = %s AND d.object_id = {pk_sql})), 0.0)"
        )
        return sql, (self.parsed.to_fts5(), self.kind, *pk_params)
