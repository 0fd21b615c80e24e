"""Name and title suggestions for short, partial or misspelt queries (autocomplete).

PostgreSQL: pg_trgm on the documents' weight-A text (titles, headings, names; migration
search/0003): a prefix (`ILIKE 'q%'`) or a trigram-similar text (`%`, similarity ≥ 0.3)
matches, best similarity first, served by the GIN trigram index. Other databases: a
case-insensitive prefix match, unranked beyond the text's length.
"""

from django.apps import apps
from django.db import connections
from django.db.models import QuerySet

from .models import SearchDocument
from .registry import type_labels
from .types import SEARCH_TYPES

MAX_SUGGESTIONS = 50


def _visible(model, published_only: bool) -> QuerySet:
    manager = model._default_manager
    return manager.public() if published_only and hasattr(manager, "public") else manager.all()


def _candidates(q: str, kinds: list[str], limit: int) -> list[tuple[str, object]]:
    connection = connections[SearchDocument.objects.db]
    if connection.vendor == "postgresql":
        like = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = (
            "SELECT kind, object_id FROM search_searchdocument WHERE kind = ANY(%s) AND (a ILIKE %s OR a %% %s) "
            "ORDER BY (a ILIKE %s) DESC, similarity(a, %s) DESC, length(a), object_id LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [kinds, like, q, like, q, limit])
            return cursor.fetchall()
    rows = SearchDocument.objects.filter(kind__in=kinds, a__istartswith=q).order_by("a", "object_id")
    return list(rows.values_list("kind", "object_id")[:limit])


def suggest(*, q: str, types: list[str] | None = None, published_only: bool = True, limit: int = 10) -> list:
    """Visible records whose title/name starts like `q` or resembles it, best first:
    a list of (type name, model instance). Meant for autocomplete: 1 to 50 results."""
    q = q.strip()
    if not q:
        return []
    limit = max(1, min(limit, MAX_SUGGESTIONS))
    wanted = [t for t in SEARCH_TYPES if not types or t in types]
    labels = type_labels()
    by_kind = {labels[t]: t for t in wanted if t in labels}
    # Over-fetch: drafts are dropped after the lookup, by each type's own visibility rule.
    rows = _candidates(q, list(by_kind), limit * 3)
    found: dict[str, dict] = {}
    for kind in by_kind:
        ids = [object_id for k, object_id in rows if k == kind]
        if ids:
            found[kind] = _visible(apps.get_model(kind), published_only).in_bulk(ids)
    out = []
    for kind, object_id in rows:
        obj = found.get(kind, {}).get(object_id)
        if obj is not None:
            out.append((by_kind[kind], obj))
    return out[:limit]
