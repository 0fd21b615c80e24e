"""Plumbing for bulk writes (seed, ingest): counters, row indexes by natural key, batched
inserts and many-to-many additions. The rules of a write (permissions, status, history)
are not here: they live in core.services, which uses these."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from simple_history.utils import bulk_create_with_history

from core import changes
from core.audit import COMMAND, Audit

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"


@dataclass
class UpsertStats:
    """Created/updated counts per model label, in the order models were first touched."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    labels: list[str] = field(default_factory=list)
    # "kept editor edit": (model label, record, fields) an upsert left as an editor set them.
    kept: list[tuple[str, str, list[str]]] = field(default_factory=list)

    def keep(self, *, label: str, record: str, fields: list[str]) -> None:
        self.kept.append((label, record, list(fields)))

    def add(self, *, label: str, outcome: str) -> None:
        if label not in self.labels:
            self.labels.append(label)
        if outcome == CREATED:
            self.created[label] += 1
        elif outcome == UPDATED:
            self.updated[label] += 1

    @property
    def total_created(self) -> int:
        return sum(self.created.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())


class RowIndex:
    """All rows of a model keyed by a natural key, loaded with one query.

    Seeding hundreds of rows one `get()` at a time costs hundreds of queries; the index makes a
    re-run (where nothing changes) cost one query per model."""

    def __init__(self, *, model: type[models.Model], key_fields: Iterable[str]):
        self.model = model
        self.key_fields = tuple(key_fields)
        self.attnames = tuple(model._meta.get_field(name).attname for name in self.key_fields)
        self.rows = {self._row_key(obj): obj for obj in model._default_manager.all()}

    def _row_key(self, obj: models.Model) -> tuple:
        return tuple(getattr(obj, attname) for attname in self.attnames)

    def key(self, values: dict[str, Any]) -> tuple:
        return tuple(raw(values[name]) for name in self.key_fields)

    def get(self, values: dict[str, Any]) -> models.Model | None:
        return self.rows.get(self.key(values))

    def put(self, obj: models.Model) -> None:
        self.rows[self._row_key(obj)] = obj


_flush_hooks: list = []


def after_flush(hook) -> None:
    """Register `hook(rows)` ({model: [rows]}) to run after a flush inserted them, in the
    same transaction: bulk inserts send no post_save, so an app that keeps something
    derived from its rows (commentary.co_mentions) is told here."""
    _flush_hooks.append(hook)


class CreateBatch:
    """New rows of an import, inserted per model in one query (plus one for their history).

    Saving rows one by one costs an INSERT and a historical INSERT each; batching keeps a full
    seed load well under a second. Primary keys are UUIDs assigned on instantiation, so rows can
    reference batched rows before they are inserted (foreign keys are checked at commit)."""

    def __init__(self, *, audit: Audit = COMMAND):
        self.audit = audit
        self.rows: dict[type[models.Model], list[models.Model]] = {}

    def add(self, obj: models.Model) -> None:
        self.rows.setdefault(type(obj), []).append(obj)

    def flush(self) -> None:
        for model, objs in self.rows.items():
            if getattr(model._meta, "simple_history_manager_attribute", None):
                bulk_create_with_history(
                    objs,
                    model,
                    default_user=self.audit.user,
                    default_change_reason=self.audit.reason,
                    custom_historical_attrs=self.audit.history_attrs(),
                )
            else:
                model._default_manager.bulk_create(objs)
        if self.rows:
            changes.bump()  # bulk_create sends no post_save: move the validator here
            for hook in _flush_hooks:
                hook(self.rows)
        self.rows.clear()


def raw(value: Any) -> Any:
    """The column value of a field value: model instances become their primary key."""
    return value.pk if isinstance(value, models.Model) else value


def m2m_add(
    *,
    owner: models.Model,
    field_name: str,
    targets: Iterable[models.Model],
    existing: set[tuple] | None = None,
    stats: UpsertStats | None = None,
) -> int:
    """Add the missing links of a forward many-to-many field; never remove any.

    `existing` is an optional set of (owner pk, target pk) pairs already in the through table,
    loaded once by the caller; it is kept up to date. Returns the number of links created."""
    descriptor = getattr(type(owner), field_name)
    source_col = descriptor.field.m2m_field_name()
    target_col = descriptor.field.m2m_reverse_field_name()
    if existing is None:
        existing = m2m_pairs(model=type(owner), field_name=field_name)
    new = [target for target in targets if (owner.pk, target.pk) not in existing]
    through = descriptor.through
    through.objects.bulk_create([through(**{f"{source_col}_id": owner.pk, f"{target_col}_id": t.pk}) for t in new])
    for target in new:
        existing.add((owner.pk, target.pk))
        if stats is not None:
            stats.add(label=f"{owner._meta.label}.{field_name}", outcome=CREATED)
    return len(new)


def m2m_pairs(*, model: type[models.Model], field_name: str) -> set[tuple]:
    """All (owner pk, target pk) pairs of a many-to-many field, in one query."""
    descriptor = getattr(model, field_name)
    source_col = descriptor.field.m2m_field_name()
    target_col = descriptor.field.m2m_reverse_field_name()
    return set(descriptor.through.objects.values_list(f"{source_col}_id", f"{target_col}_id"))
