"""Write helpers shared by every app's services: idempotent upserts and provenance sources.

The per-model services (`actor_upsert`, `treaty_upsert`, ...) are thin wrappers around
`record_upsert`: they name the natural key of their model. Upserts compare values and save only
rows that changed, so re-running an import neither bumps versions nor writes history.

The editorial write path (`record_update`, `record_transition`) checks the expected version
and writes in a single `UPDATE ... WHERE pk = %s AND version = %s`, so two writers holding the
same version can never both succeed (the second matches no row). The history row is written in
the same transaction by replaying `post_save`, which keeps every post_save listener (history,
search indexing) working exactly as after `Model.save()`.
"""

import copy
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, router, transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from core.models import EditorialStatus, Source
from core.permissions import can_change, can_set_status, has_status

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
    # pre_create_historical_record receiver in core/history.py.
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


# --- the editorial write path ---------------------------------------------------------
PublishCheck = Callable[..., list[str]]
_publish_checks: dict[str, PublishCheck] = {}


class StaleVersion(Exception):
    """The record changed (or vanished) since the writer read it."""

    def __init__(self, current_version: int | None) -> None:
        self.current_version = current_version
        super().__init__(f"stale version; current version is {current_version}")


def register_publish_check(model_label: str, check: PublishCheck) -> None:
    """Apps add their publishing rules here (commentary: a takeaway needs an author and a body)."""
    _publish_checks[model_label.lower()] = check


def record_publish_problems(*, record: models.Model) -> list[str]:
    check = _publish_checks.get(record._meta.label_lower)
    return check(record=record) if check else []


def _status_changes(*, instance: models.Model, changes: dict[str, Any], user) -> dict[str, Any]:
    status = changes.get("editorial_status")
    if status is None or not has_status(instance) or status == instance.editorial_status:
        return changes
    if user is not None and not can_set_status(user, instance, status):
        raise PermissionDenied(f"You may not move this record from {instance.editorial_status} to {status}.")
    if status == EditorialStatus.PUBLISHED:
        candidate = copy.copy(instance)
        for name, value in changes.items():
            setattr(candidate, name, value)
        problems = record_publish_problems(record=candidate)
        if problems:
            raise ValidationError({"editorial_status": problems})
        changes = {**changes, "published_at": timezone.now()}
    return changes


def record_write_history(*, instance: models.Model, user=None, reason: str = "", created: bool = False) -> None:
    """Write the history row for a change made with QuerySet.update()."""
    if user is not None:
        instance._history_user = user
    instance._change_reason = reason or None
    post_save.send(
        sender=type(instance),
        instance=instance,
        created=created,
        update_fields=None,
        raw=False,
        using=instance._state.db,
    )


def record_update(
    *,
    instance: models.Model,
    changes: dict[str, Any],
    m2m: dict[str, Iterable] | None = None,
    expected_version: int | None = None,
    user=None,
    reason: str = "",
) -> models.Model:
    """Apply `changes` to `instance` if it is still at `expected_version`; raise StaleVersion
    otherwise. `user=None` means a trusted caller (a command): no permission checks."""
    if user is not None and not can_change(user, instance):
        raise PermissionDenied("You may not change this record.")
    changes = _status_changes(instance=instance, changes=changes, user=user)
    model = type(instance)
    with transaction.atomic(using=router.db_for_write(model)):
        rows = model._default_manager.filter(pk=instance.pk)
        if expected_version is not None:
            rows = rows.filter(version=expected_version)
        # PublicRecord.save() would bump the version again: the UPDATE is the only bump.
        if not rows.update(**changes, version=F("version") + 1, updated=timezone.now()):
            current = model._default_manager.filter(pk=instance.pk).values_list("version", flat=True).first()
            raise StaleVersion(current)
        for name, values in (m2m or {}).items():
            getattr(instance, name).set(values)
        instance.refresh_from_db()
        record_write_history(instance=instance, user=user, reason=reason)
    return instance


def record_transition(*, record: models.Model, status: str, user=None, reason: str = "") -> models.Model:
    """Move a record through the workflow (draft → in review → published, or back)."""
    if status not in EditorialStatus.values:
        raise ValidationError({"editorial_status": [f"Unknown status {status!r}."]})
    return record_update(
        instance=record,
        changes={"editorial_status": status},
        expected_version=record.version,
        user=user,
        reason=reason or f"Status set to {status}",
    )
