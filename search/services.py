"""apply_search and search_all: backend selection, visibility and merging of typed hits."""

from django.apps import apps
from django.db.models import Count, QuerySet, Window

from . import backends, ranking
from .query import parse_query
from .registry import spec_for, type_labels
from .types import SEARCH_TYPES, SearchHit, SearchResults


def apply_search(queryset: QuerySet, q: str) -> QuerySet:
    """Rows of `queryset` matching `q`, annotated `search_rank` (float, higher is better) and
    ordered by -search_rank, then pk. A q without a searchable word matches nothing."""
    spec = spec_for(queryset.model)
    parsed = parse_query(q)
    backend = backends.for_queryset(queryset)
    if parsed is None:
        return backend.annotate_zero(queryset.none())
    return backend.filter_and_rank(queryset, parsed, spec).order_by("-search_rank", "pk")


def _visible(model, published_only: bool) -> QuerySet:
    manager = model._default_manager
    if published_only and hasattr(manager, "public"):
        return manager.public()
    return manager.all()


def search_all(
    *, q: str, types: list[str] | None = None, published_only: bool = True, limit: int = 20, offset: int = 0
) -> SearchResults:
    """Search the SEARCH_TYPES at once.

    `counts` holds the number of matching records per requested type (visible ones only
    when `published_only`), `total` their sum, and `hits` the page [offset, offset+limit) of
    all matches ordered by rank (ties: type order, then pk), each with an HTML-safe snippet.
    Ranks are comparable across types because every type lives in one index with one
    weighting scheme."""
    wanted = list(SEARCH_TYPES) if not types else [t for t in SEARCH_TYPES if t in set(types)]
    unknown = set(types or ()) - set(SEARCH_TYPES)
    if unknown:
        raise ValueError(f"unknown search types: {sorted(unknown)}")
    parsed = parse_query(q)
    counts = dict.fromkeys(wanted, 0)
    if parsed is None:
        return SearchResults(counts=counts, total=0, hits=[])

    ranked: dict[str, QuerySet] = {}
    all_exact = True
    candidates: list[tuple[float, int, object, str]] = []
    for order, type_name in enumerate(wanted):
        model = apps.get_model(type_labels()[type_name])
        qs = apply_search(_visible(model, published_only), q)
        ranked[type_name] = qs
        # The global page can only contain each type's first offset+limit rows.
        rows, counts[type_name], exact = _first_rows(qs, offset + limit)
        all_exact = all_exact and exact
        candidates.extend((-float(rank or 0.0), order, pk, type_name) for pk, rank in rows)

    candidates.sort(key=lambda c: (c[0], c[1], str(c[2])))
    page = candidates[offset : offset + limit]
    hits: list[SearchHit] = []
    objects: dict[str, dict] = {}
    snippets: dict[str, dict] = {}
    for type_name in wanted:
        pks = [c[2] for c in page if c[3] == type_name]
        if not pks:
            continue
        model = ranked[type_name].model
        # Article titles name their treaty: fetch it with the hit (no query per hit).
        manager = model._default_manager
        fetch = manager.select_related("treaty") if type_name == "article" else manager.all()
        objects[type_name] = fetch.in_bulk(pks)
        backend = backends.for_queryset(ranked[type_name])
        snippets[type_name] = backend.snippets(spec_for(model), objects[type_name], parsed)
    for neg_rank, _order, pk, type_name in page:
        obj = objects[type_name].get(pk)
        if obj is not None:
            hits.append(SearchHit(type=type_name, obj=obj, rank=-neg_rank, snippet=snippets[type_name].get(pk, "")))
    return SearchResults(counts=counts, total=sum(counts.values()), hits=hits, counts_exact=all_exact)


def _first_rows(qs: QuerySet, n: int) -> tuple[list[tuple[object, float]], int, bool]:
    """The first `n` (pk, rank) of a ranked queryset, its match count and whether that
    count is exact.

    PostgreSQL (search/ranking.py): the ranked candidates, then the pk-ordered tail only if
    `n` reaches past them; the count is exact when every match is a candidate, otherwise
    the planner's estimate. Elsewhere (FTS5 ranks every match anyway) a window count over
    the same query gives the exact total in one query."""
    pages = ranking.ranked_pages(qs)
    if pages is None:
        rows = qs.annotate(_search_total=Window(Count("pk"))).values_list("pk", "search_rank", "_search_total")
        rows = list(rows[:n])
        return [(pk, rank) for pk, rank, _total in rows], (rows[0][2] if rows else 0), True
    return pages.ids(0, n), *pages.count()
