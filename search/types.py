"""Result types of search_all. No model imports here (see __init__)."""

from dataclasses import dataclass, field
from typing import Any

# The record types that /api/v1/search/ and search_all() cover, in display order.
SEARCH_TYPES: tuple[str, ...] = ("treaty", "article", "takeaway", "expert", "actor")


@dataclass(frozen=True)
class SearchHit:
    """One matching record: its type name, the model instance, its rank and a snippet.

    `snippet` is HTML-safe: record text is escaped, matched words are wrapped in <mark>."""

    type: str
    obj: Any
    rank: float
    snippet: str


@dataclass(frozen=True)
class SearchResults:
    """A page of hits plus the number of visible matches per type (and their total).

    `counts_exact` is False when a type has more matches than the ranked candidates
    (search/ranking.py, PostgreSQL): its count is then the planner's estimate."""

    counts: dict[str, int]
    total: int
    hits: list[SearchHit] = field(default_factory=list)
    counts_exact: bool = True
