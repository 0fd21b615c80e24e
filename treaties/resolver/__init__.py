"""Find references to treaties, their articles and actors in free text.

`catalogue.py` holds the pure-data view of the records the resolver can point to, `core.py`
does the matching on that data alone (no database, no request), and `loading.py` builds a
catalogue from the ORM once. Public entry points:

    from treaties.resolver import resolve, ResolveContext, catalogue_load
    refs = resolve("Article 4 of the new treaty…", ResolveContext(treaty_id=...), catalogue=catalogue_load())
"""

from .catalogue import (
    SUGGESTION_THRESHOLD,
    ActorEntry,
    ActorName,
    ArticleEntry,
    Catalogue,
    Reference,
    ResolveContext,
    TreatyEntry,
)
from .core import Resolver, resolve

__all__ = [
    "SUGGESTION_THRESHOLD",
    "ActorEntry",
    "ActorName",
    "ArticleEntry",
    "Catalogue",
    "Reference",
    "ResolveContext",
    "Resolver",
    "TreatyEntry",
    "catalogue_load",
    "resolve",
]


def __getattr__(name: str):
    # The ORM loader is imported lazily so the pure-data core works without Django set up.
    if name in ("catalogue_load", "catalogue_cached"):
        from . import loading

        return getattr(loading, name)
    raise AttributeError(name)
