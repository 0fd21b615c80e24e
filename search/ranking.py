"""Pages of a search-ranked queryset that read only the rows they can show (PostgreSQL).

`apply_search` returns the caller's queryset filtered by the match and ordered by
`-search_rank, pk`. Sliced as it is, PostgreSQL has to join and sort every match before it
can return the first 25: "military cooperation" matches 124,048 of 200,000 takeaways, and
the page took 2.4-2.9 s however few rows it showed (docs/performance.md, search). Nothing
can serve that order from an index: `ts_rank` is computed per row, after the match.

So a page is read in two steps:

1. **Candidates**: the newest `RANK_CANDIDATES` rows of the queryset (every filter and
   visibility rule applied), read index segment by index segment from the newest back and
   stopping at N, so a common word never decodes its whole posting list
   (docs/decisions/0027-search-segments.md); each ranked with `ts_rank` in the same
   statement: one query over at most N rows, returning their ids and ranks, sorted by rank
   then pk.
2. **Rows**: the page's rows fetched by primary key through the same queryset (its
   `select_related`, prefetches and annotations), without the match predicate, which they
   are known to satisfy.

Matches beyond the candidates rank 0 and follow by pk, as `SearchRankExpression` orders
them; they are read (`exclude` the candidates, `order_by("pk")`) only when a page reaches
past the candidates. When the queryset has fewer matches than N, every match is a candidate
and the order is the exact `ts_rank` order (decision 0016 says when a dedicated engine takes
over). Candidates are chosen after the caller's filters, so `q` combined with a selective
filter ranks every row of the intersection, not the few that happen to be among the first
N matches of the whole corpus.

The count comes from the same candidates: exact when there are fewer than N (every match
is one), else the planner's estimate. SQLite (FTS5) ranks every match with bm25 in one pass
(search/expressions.py): `ranked_pages` returns None there, and callers count and slice the
queryset as before.
"""

from dataclasses import dataclass
from functools import cached_property

from django.db import connections
from django.db.models import FloatField, QuerySet, Value
from django.db.models.lookups import Exact
from django.db.models.sql.where import AND, WhereNode

from core.counts import planner_estimate

from .db import DOC_TABLE
from .expressions import RANK_CANDIDATES, SearchMatch, SegmentMatch, pg_tsquery, segment_walk_sql

RANKED_ORDER = ("-search_rank", "pk")


@dataclass(frozen=True)
class Candidates:
    """The ranked candidates of a queryset: (pk, rank) best first, and whether they are all
    of its matches (fewer than RANK_CANDIDATES) or only the newest N."""

    ranked: list[tuple[object, float]]
    complete: bool


def _is_match(child) -> SearchMatch | None:
    # filter(SearchMatch(...)) is stored as Exact(SearchMatch, True) in a nested AND node.
    if isinstance(child, SearchMatch):
        return child
    if isinstance(child, Exact) and isinstance(child.lhs, SearchMatch) and child.rhs is True:
        return child.lhs
    return None


def _plain_and(node) -> bool:
    return isinstance(node, WhereNode) and node.connector == AND and not node.negated


def _find_match(node: WhereNode) -> SearchMatch | None:
    """The SearchMatch ANDed into the whole WHERE (never one under OR or NOT)."""
    for child in node.children:
        found = _is_match(child) or (_find_match(child) if _plain_and(child) else None)
        if found is not None:
            return found
    return None


def _strip_match(node: WhereNode, replacement=None) -> WhereNode:
    """The WHERE without its SearchMatch, or with `replacement` in its place."""
    stripped = WhereNode(connector=node.connector, negated=node.negated)
    for child in node.children:
        if _is_match(child) is not None:
            if replacement is not None:
                stripped.children.append(replacement)
            continue
        stripped.children.append(_strip_match(child, replacement) if _plain_and(child) else child)
    return stripped


def ranked_match(queryset: QuerySet) -> SearchMatch | None:
    """The match of a queryset in apply_search's order on PostgreSQL; None otherwise (no
    search, another `ordering`, SQLite)."""
    if not isinstance(queryset, QuerySet) or tuple(queryset.query.order_by) != RANKED_ORDER:
        return None
    if connections[queryset.db].vendor != "postgresql":
        return None
    return _find_match(queryset.query.where)


def candidates(queryset: QuerySet, match: SearchMatch) -> Candidates:
    """Step 1: the newest RANK_CANDIDATES rows of `queryset`, ranked, in one query."""
    rows = queryset.order_by().values("pk")
    segment_match = SegmentMatch(match.get_source_expressions()[0], kind=match.kind, parsed=match.parsed)
    rows.query.where = _strip_match(rows.query.where, segment_match)
    compiler = rows.query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    tsq_sql, tsq_params = compiler.compile(pg_tsquery(match.parsed).resolve_expression(rows.query))
    # The caller's rows (every filter and visibility rule) segment by segment, newest first,
    # until there are RANK_CANDIDATES. MATERIALIZED: the walk ends before the documents are
    # read. Each candidate's vector is read by its key (a subquery, not a join: the planner
    # hashed every document of the kind for a join, 10,000 at the smallest scale, growing
    # with the corpus), and ts_rank reads it once.
    ranked_sql = (
        f"WITH cand(pk) AS MATERIALIZED ({segment_walk_sql(sql, RANK_CANDIDATES, kind=match.kind)}) "
        f"SELECT cand.pk, coalesce((SELECT ts_rank(d.vector, {tsq_sql}) FROM {DOC_TABLE} d "
        "WHERE d.kind = %s AND d.object_id = cand.pk), 0)::double precision AS r "
        "FROM cand ORDER BY r DESC, cand.pk"
    )
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(ranked_sql, (*params, *tsq_params, match.kind))
        rows = cursor.fetchall()
    # The driver already returns the key's Python type (UUID); convert only what it did not.
    to_python = queryset.model._meta.pk.to_python
    expected = type(to_python(rows[0][0])) if rows else None
    ranked = [(pk if type(pk) is expected else to_python(pk), rank) for pk, rank in rows]
    return Candidates(ranked=ranked, complete=len(ranked) < RANK_CANDIDATES)


class RankedPages:
    """Counts and pages of one search-ranked queryset; the candidates are read once."""

    def __init__(self, queryset: QuerySet, match: SearchMatch):
        self.queryset = queryset
        self.match = match

    @cached_property
    def found(self) -> Candidates:
        return candidates(self.queryset, self.match)

    def count(self) -> tuple[int, bool]:
        """(matches, exact): exact when every match is a candidate; otherwise the planner's
        estimate of the queryset, never below the candidates seen."""
        n = len(self.found.ranked)
        if self.found.complete:
            return n, True
        return max(planner_estimate(self.queryset), n), False

    def ids(self, start: int, stop: int) -> list[tuple[object, float]]:
        """(pk, rank) of rows [start, stop): candidates by rank, then the tail by pk, rank 0."""
        ranked = self.found.ranked
        rows = ranked[start:stop]
        if not self.found.complete and stop > len(ranked):
            skip = max(0, start - len(ranked))
            rest = (
                self.queryset.exclude(pk__in=[pk for pk, _ in ranked])
                .order_by("pk")
                .values_list("pk", flat=True)[skip : skip + (stop - start) - len(rows)]
            )
            rows += [(pk, 0.0) for pk in rest]
        return rows

    def slice(self, start: int, stop: int) -> list:
        """Rows [start, stop) as model instances with `search_rank` set, fetched by pk
        through the queryset (its select_related, prefetches, annotations) without the
        match predicate, which they are known to satisfy."""
        page = self.ids(start, stop)
        if not page:
            return []
        fetch = self.queryset.all()
        fetch.query.where = _strip_match(fetch.query.where)
        # The ranks are known: no per-row rank expression in the fetch.
        fetch = fetch.annotate(search_rank=Value(0.0, output_field=FloatField())).filter(pk__in=[pk for pk, _ in page])
        by_pk = {row.pk: row for row in fetch.order_by()}
        rows = []
        for pk, rank in page:
            row = by_pk.get(pk)
            if row is not None:  # deleted meanwhile
                row.search_rank = rank
                rows.append(row)
        return rows


def ranked_pages(queryset: QuerySet) -> RankedPages | None:
    """Paging for a search-ranked queryset on PostgreSQL; None otherwise (count and slice it)."""
    match = ranked_match(queryset)
    return None if match is None else RankedPages(queryset, match)
