"""What is searchable, per model: which fields feed which weight.

Weights follow PostgreSQL's labels: A for titles, headings and names; B for short titles,
aliases, codes and numbers; C for summaries, descriptions and bodies. The same
declarations drive the PostgreSQL triggers, the SQLite FTS5 triggers and the portable
fallback.

Each app declares its own in a `search.py` module (as NetBox does): `SPECS`, a tuple of
SearchSpec, and optionally `DEPENDENTS`, the tables whose rows feed other records'
documents (actor aliases, an article's provision types, a takeaway's heading). This
module knows no app: `specs()` and `dependents()` collect the declarations of the
installed apps at run time, so the dependency points from the apps to search.
"""

import functools
from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.utils.module_loading import module_has_submodule


@dataclass(frozen=True)
class Source:
    """One text source of a weight: a column of the row, or a vendor-specific SQL expression
    over the row aliased `t` (for text held in other tables, such as actor aliases)."""

    column: str | None = None
    # ORM path used by the portable fallback (icontains); defaults to `column`.
    lookup: str | None = None
    # Vendor -> SQL expression over `t`, for sources that are not plain columns.
    sql: dict[str, str] | None = None
    # Literal prefix in the document ("Article " before an article number).
    prefix: str = ""

    @property
    def orm_path(self) -> str:
        return self.lookup or self.column or ""


@dataclass(frozen=True)
class SearchSpec:
    """How one model is indexed: its document kind (the model's label_lower) and sources.
    `search_type` is its type name in search_all() and /api/v1/search/, if it has one."""

    label: str
    a: tuple[Source, ...]
    b: tuple[Source, ...] = ()
    c: tuple[Source, ...] = ()
    search_type: str | None = None

    @property
    def kind(self) -> str:
        return self.label.lower()

    def weights(self) -> dict[str, tuple[Source, ...]]:
        return {"a": self.a, "b": self.b, "c": self.c}


def aggregated(expr: str, from_where: str) -> dict[str, str]:
    """Space-joined `expr` over related rows, for each vendor's string aggregate."""
    return {
        "postgresql": f"(SELECT string_agg({expr}, ' ') {from_where})",
        "sqlite": f"(SELECT group_concat({expr}, ' ') {from_where})",
    }


def col(name: str, prefix: str = "") -> Source:
    return Source(column=name, prefix=prefix)


@dataclass(frozen=True)
class Dependent:
    """A table whose rows feed other records' documents: on a change, re-sync the records
    of `spec_label` selected by `where` (SQL over `t`, with :row standing for NEW/OLD)."""

    name: str
    table: str
    spec_label: str
    where: str
    events: tuple[str, ...]


MODULE_NAME = "search"


@functools.cache
def _declarations() -> tuple[tuple[SearchSpec, ...], tuple[Dependent, ...]]:
    """SPECS and DEPENDENTS of every installed app's `search` module, in INSTALLED_APPS order."""
    specs: list[SearchSpec] = []
    dependents: list[Dependent] = []
    for config in apps.get_app_configs():
        if not module_has_submodule(config.module, MODULE_NAME):
            continue
        module = import_module(f"{config.name}.{MODULE_NAME}")
        specs += getattr(module, "SPECS", ())
        dependents += getattr(module, "DEPENDENTS", ())
    return tuple(specs), tuple(dependents)


def specs() -> tuple[SearchSpec, ...]:
    return _declarations()[0]


def dependents() -> tuple[Dependent, ...]:
    return _declarations()[1]


def specs_by_label() -> dict[str, SearchSpec]:
    return {s.kind: s for s in specs()}


def type_labels() -> dict[str, str]:
    """search_all()'s type names -> model label."""
    return {s.search_type: s.kind for s in specs() if s.search_type}


def spec_for(model) -> SearchSpec:
    try:
        return specs_by_label()[model._meta.label_lower]
    except KeyError:
        raise ValueError(f"{model._meta.label} is not searchable") from None
