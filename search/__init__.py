"""Full-text search over Pactum's records.

Public interface (everything else in this package is an implementation detail):

    apply_search(queryset, q) -> QuerySet
        Rows of `queryset` matching `q`, annotated `search_rank` (float, higher is better)
        and ordered by -search_rank, then pk.
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


__all__ = ["SEARCH_TYPES", "SearchHit", "SearchResults", "apply_search", "search_all", "suggest"]
