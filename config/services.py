"""Write helpers shared by every app's services: idempotent upserts and provenance sources.

The per-model services (`actor_upsert`, `treaty_upsert`, ...) are thin wrappers around
`record_upsert`: they name the natural key of their model. Upserts compare values and save only
rows that changed, so re-running an import neither bumps versions nor writes history.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from simple_history.utils import bulk_create_with_history

from config.models import Source

CREATED = "created"
UPDATED = "updated"
UNCHANGED = "unchanged"


@dataclass
class UpsertStats:
    """Created/updated counts per model label, in the order models were first touched."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    labels: list[str] = field(default_factory=list)

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
        return tuple(_raw(values[name]) for name in self.key_fields)

    def get(self, values: dict[str, Any]) -> models.Model | None:
        return self.rows.get(self.key(values))

    def put(self, obj: models.Model) -> None:
        self.rows[self._row_key(obj)] = obj


class CreateBatch:
    """New rows of an import, inserted per model in one query (plus one for their history).

    Saving rows one by one costs an INSERT and a historical INSERT each; batching keeps a full
    seed load well under a second. Primary keys are UUIDs assigned on instantiation, so rows can
    reference batched rows before they are inserted (foreign keys are checked at commit)."""

    def __init__(self, *, reason: str = "", channel: str = ""):
        self.reason = reason
        self.channel = channel
        self.rows: dict[type[models.Model], list[models.Model]] = {}

    def add(self, obj: models.Model) -> None:
        self.rows.setdefault(type(obj), []).append(obj)

    def flush(self) -> None:
        for model, objs in self.rows.items():
            if getattr(model._meta, "simple_history_manager_attribute", None):
                bulk_create_with_history(
                    objs,
                    model,
                    default_change_reason=self.reason,
                    custom_historical_attrs={"history_channel": self.channel},
                )
            else:
                model._default_manager.bulk_create(objs)
        self.rows.clear()


def _raw(value: Any) -> Any:
    """The column value of a field value: model instances become their primary key."""
    return value.pk if isinstance(value, models.Model) else value


def _stamp(obj: models.Model, *, reason: str, channel: str) -> None:
    # django-simple-history reads `_change_reason`; `_history_channel` is read by the
    # pre_create_historical_record receiver in config/history.py.
    obj._change_reason = reason
    obj._history_channel = channel


def record_upsert(
    *,
    model: type[models.Model],
    key: dict[str, Any],
    defaults: dict[str, Any],
    create_defaults: dict[str, Any] | None = None,
    index: RowIndex | None = None,
    stats: UpsertStats | None = None,
    batch: CreateBatch | None = None,
    reason: str = "",
    channel: str = "",
) -> tuple[models.Model, str]:
    """Create the row identified by `key`, or update it where `defaults` differ.

    `create_defaults` only apply to new rows (editorial status belongs to editors once a row
    exists). With a `batch`, a new row is queued for `batch.flush()` instead of saved now.
    Returns the row and whether it was created, updated or unchanged."""
    obj = index.get(key) if index is not None else model._default_manager.filter(**key).first()
    if obj is None:
        obj = model(**key, **defaults, **(create_defaults or {}))
        if batch is not None:
            batch.add(obj)
        else:
            _stamp(obj, reason=reason, channel=channel)
            obj.save()
        outcome = CREATED
        if index is not None:
            index.put(obj)
    else:
        changed = [name for name, value in defaults.items() if _differs(obj, name, value)]
        for name in changed:
            setattr(obj, name, defaults[name])
        if changed:
            _stamp(obj, reason=reason, channel=channel)
            obj.save()
        outcome = UPDATED if changed else UNCHANGED
    if stats is not None:
        stats.add(label=model._meta.label, outcome=outcome)
    return obj, outcome


def _differs(obj: models.Model, name: str, value: Any) -> bool:
    attname = obj._meta.get_field(name).attname
    return getattr(obj, attname) != _raw(value)


def sources_sync(
    *,
    record: models.Model,
    sources: list[dict[str, str]],
    index: RowIndex | None = None,
    stats: UpsertStats | None = None,
    batch: CreateBatch | None = None,
) -> list[Source]:
    """Attach `sources` (dicts of url, title, supports) to `record` in the given order.

    Existing sources of the record that are not listed are left alone: editors may add more."""
    content_type = ContentType.objects.get_for_model(record)
    rows = []
    for position, source in enumerate(sources):
        row, _ = record_upsert(
            model=Source,
            key={
                "content_type": content_type,
                "object_id": record.pk,
                "url": source["url"],
                "supports": source.get("supports", ""),
            },
            defaults={"title": source.get("title", ""), "position": position},
            index=index,
            stats=stats,
            batch=batch,
        )
        rows.append(row)
    return rows


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
