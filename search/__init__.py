"""Full-text search over Pactum's records.

Public interface (everything else in this package is an implementation detail):

    apply_search(queryset, q) -> QuerySet
        Rows of `queryset` matching `q`, annotated `search_rank` (float, higher is better)
        and ordered by -search_rank, then pk.
    ranked_pages(queryset) -> RankedPages | None
        For such a queryset on PostgreSQL, `.count()` -> (n, exact) and `.slice(start, stop)`
        reading only the ranked candidates and the page (search/ranking.py). None when the
        queryset is not search-ranked or the database ranks every match itself (SQLite):
        count and slice it as usual.
    search_all(*, q, types=None, published_only=True, limit=20, offset=0) -> SearchResults
        Typed hits across treaties, articles, takeaways, experts and actors.
    suggest(*, q, types=None, published_only=True, limit=10) -> list[(type, instance)]
        Records whose title or name starts like `q` or resembles it (pg_trgm on
        PostgreSQL, prefix elsewhere): for autocomplete (search/suggest.py).

This module imports no models, so `from search import apply_search` is safe anywhere.
"""

from .types import SEARCH_TYPES, SearchHit, SearchResults


def apply_search(queryset, q: str):
    """Restrict `queryset` to rows matching `q`, annotated `search_rank`, best first."""
    from .services import apply_search as _apply_search

    return _apply_search(queryset, q)


def ranked_pages(queryset):
    """Counts and pages of an apply_search queryset that read only what a page shows."""
    from .ranking import ranked_pages as _ranked_pages

    return _ranked_pages(queryset)


def search_all(
    *, q: str, types: list[str] | None = None, published_only: bool = True, limit: int = 20, offset: int = 0
) -> SearchResults:
    """Search treaties, articles, takeaways, experts and actors at once (see services.search_all)."""
    from .services import search_all as _search_all

    return _search_all(q=q, types=types, published_only=published_only, limit=limit, offset=offset)


def suggest(*, q: str, types: list[str] | None = None, published_only: bool = True, limit: int = 10) -> list:
    """Visible records whose title/name starts like `q` or resembles it, best first."""
    from .suggest import suggest as _suggest

    return _suggest(q=q, types=types, published_only=published_only, limit=limit)


__all__ = ["SEARCH_TYPES", "SearchHit", "SearchResults", "apply_search", "ranked_pages", "search_all", "suggest"]
