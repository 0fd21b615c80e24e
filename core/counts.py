"""Row counts that never scan a large set (page-number paging, search counts).

Up to `PAGE_COUNT_EXACT_LIMIT` rows (1,000 by default) the count is exact, from
`SELECT COUNT(*) FROM (<query> LIMIT limit + 1)`: the database stops after limit + 1 rows,
so a filter that matches 100,000 takeaways costs the same as one that matches 1,001.
Past the limit, PostgreSQL answers with its planner's estimate of the filtered query
(`EXPLAIN (FORMAT JSON)`: statistics, no rows read) and the response says
`count_exact: false`. Other databases (SQLite, the embedded default, holds small data)
count exactly. docs/performance.md section 1 has the plans.
"""

import json
from dataclasses import dataclass

from django.conf import settings
from django.db import connections
from django.db.models import QuerySet

DEFAULT_EXACT_LIMIT = 1_000


@dataclass(frozen=True)
class RowCount:
    value: int
    exact: bool


def exact_limit() -> int:
    return getattr(settings, "PAGE_COUNT_EXACT_LIMIT", DEFAULT_EXACT_LIMIT)


def planner_estimate(queryset: QuerySet) -> int:
    """The planner's row estimate for `queryset` (PostgreSQL), from statistics only."""
    query = queryset.order_by().query
    compiler = query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str | bytes):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def bounded_count(queryset: QuerySet) -> RowCount:
    """Exact up to the limit; past it the planner's estimate (PostgreSQL) or exact (others)."""
    limit = exact_limit()
    unordered = queryset.order_by()
    capped = unordered[: limit + 1].count()
    if capped <= limit:
        return RowCount(capped, True)
    if connections[queryset.db].vendor != "postgresql":
        return RowCount(unordered.count(), True)
    # The estimate may undershoot; we know at least limit + 1 rows exist.
    return RowCount(max(planner_estimate(unordered), limit + 1), False)
