"""The editorial write path: every write to content, from every channel, comes through here.

The API, the admin (forms only validate fields), management commands, the seed loader and
ingest all call these services, so each rule has exactly one home:

- who may write: `_authorise_*` (core.permissions), checked against every editorial record
  a write touches: the record itself, the parent it is attached to before the write and
  the parent it is attached to after it (moving a citation from a draft to a published
  takeaway needs the same rights as adding one to the published takeaway);
- who may publish, and what a record needs before it may be: `_status_rules`, with the
  record's own `publish_problems()` (declared on the model, e.g. a takeaway's byline);
- provenance: a record or nested fact marked confirmed cites at least one source
  (`_provenance_rules`, on every write that leaves a row confirmed, and on removing a
  source); decision 0023;
- `published_at`: stamped by `_status_rules` only;
- the version: bumped by `PublicRecord.save()` only (core.models), so every write that
  saves a row moves its ETag;
- optimistic concurrency: `_locked` re-reads the row `FOR UPDATE` at the version the
  writer saw, so two writers holding the same version can never both succeed;
- the history row: written by django-simple-history on save/delete, attributed by the
  `Audit` that `stamp()` attaches (core.audit).

`audit.user is None` marks a trusted caller (a command, the seed): no role checks.
Models with side effects wrap these services in their own app (commentary.services:
a takeaway's byline and the spans that follow its body).
"""

import copy
from collections.abc import Iterable
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.db import models, router, transaction
from django.utils import timezone

from core.audit import CHANNEL_ADMIN, CHANNEL_API, COMMAND, Audit, stamp
from core.batch import CREATED, UNCHANGED, UPDATED, CreateBatch, RowIndex, UpsertStats, raw
from core.corrections import correction_record
from core.models import Confidence, EditorialStatus, Source
from core.outbox import change_created, change_deleted, change_updated
from core.permissions import (
    anchor_of,
    can_add,
    can_change,
    can_delete,
    can_publish,
    can_set_status,
    has_status,
    is_live,
)


class StaleVersion(Exception):
    """The record changed (or vanished) since the writer read it."""

    def __init__(self, current_version: int | None) -> None:
        self.current_version = current_version
        super().__init__(f"stale version; current version is {current_version}")


# --- rules -------------------------------------------------------------------------------
def publish_problems(*, record: models.Model) -> list[str]:
    """Why `record` may not be published yet (empty when it may). Models declare their own
    requirements as a `publish_problems()` method."""
    check = getattr(record, "publish_problems", None)
    return list(check()) if callable(check) else []


def _with(instance: models.Model, changes: dict[str, Any]) -> models.Model:
    """A copy of `instance` with `changes` applied: what the row will be after the write."""
    candidate = copy.copy(instance)
    for name, value in changes.items():
        setattr(candidate, name, value)
    return candidate


def _status_rules(*, before: models.Model | None, after: models.Model, changes: dict, audit: Audit) -> dict:
    """Check a change of editorial status and stamp `published_at` when a record goes live."""
    if not has_status(after):
        return changes
    old = before.editorial_status if before is not None else None
    new = after.editorial_status
    if new == old:
        return changes
    if not audit.trusted:
        target = before if before is not None else after
        allowed = (
            can_set_status(audit.user, before, new)
            if before is not None
            else (new != EditorialStatus.PUBLISHED or can_publish(audit.user, type(target)))
        )
        if not allowed:
            raise PermissionDenied(f"You may not move this record from {old or 'new'} to {new}.")
    if new == EditorialStatus.PUBLISHED:
        # A trusted bulk writer (seed, ingest) creates a record and its parts in one
        # transaction, the record first: its requirements are checked on the way in
        # by those loaders' own validation, not row by row here.
        problems = publish_problems(record=after) if before is not None or not audit.trusted else []
        if problems:
            raise ValidationError({"editorial_status": problems})
        changes = {**changes, "published_at": timezone.now()}
    return changes


def _sources_of(record: models.Model) -> models.QuerySet:
    content_type = ContentType.objects.db_manager(record._state.db or "default").get_for_model(record)
    return Source.objects.filter(content_type=content_type, object_id=record.pk)


def provenance_problems(*, record: models.Model, sources: int | None = None) -> list[str]:
    """Why `record`'s confidence mark is not supported (empty when it is): a record or nested
    fact marked confirmed cites at least one source. `sources`: how many sources it will have
    after the write; None counts what the database holds (none for a row not yet saved)."""
    if getattr(record, "confidence", None) != Confidence.CONFIRMED:
        return []
    if sources is None:
        sources = 0 if record._state.adding else _sources_of(record).count()
    if sources > 0:
        return []
    # Only on refusal, so naming the record (a query for some) costs nothing on the way in.
    try:
        label = f"{record._meta.verbose_name.capitalize()} “{record}”"
    except ObjectDoesNotExist:  # a row still missing a relation its name uses
        label = f"This {record._meta.verbose_name}"
    return [
        f"{label} is marked confirmed but has no source: "
        "add the source that confirms it, or mark it probable or unverified."
    ]


def _provenance_rules(*, after: models.Model, sources: int | None = None) -> None:
    problems = provenance_problems(record=after, sources=sources)
    if problems:
        raise ValidationError({"confidence": problems})


def _source_removal_rules(*, source: Source) -> None:
    """Removing a source may not leave a confirmed record without any."""
    record = source.content_object
    if record is None or getattr(record, "confidence", None) != Confidence.CONFIRMED:
        return
    if not _sources_of(record).exclude(pk=source.pk).exists():
        raise ValidationError(
            {
                "sources": [
                    f"{record._meta.verbose_name.capitalize()} {record} is marked confirmed and this is its "
                    "only source: add another source first, or mark it probable or unverified."
                ]
            }
        )


def _live_parent(record: models.Model) -> models.Model | None:
    anchor = anchor_of(record)
    return anchor if anchor is not None and anchor is not record and is_live(anchor) else None


def _authorise_parents(*, records: Iterable[models.Model], audit: Audit) -> None:
    """Writing under a published parent changes published content: editors only."""
    for record in records:
        parent = _live_parent(record)
        if parent is not None and not can_publish(audit.user, parent):
            raise PermissionDenied(
                f"{parent._meta.verbose_name.capitalize()} {parent} is published: "
                "only editors may change what is attached to it."
            )


def _authorise_create(*, instance: models.Model, audit: Audit) -> None:
    if audit.trusted:
        return
    if not can_add(audit.user, type(instance)):
        raise PermissionDenied("Your role cannot create this record.")
    _authorise_parents(records=[instance], audit=audit)


def _authorise_update(*, before: models.Model, after: models.Model, audit: Audit) -> None:
    if audit.trusted:
        return
    if not can_change(audit.user, before):
        raise PermissionDenied("You may not change this record.")
    _authorise_parents(records=[before, after], audit=audit)


def _authorise_delete(*, instance: models.Model, audit: Audit) -> None:
    if not audit.trusted and not can_delete(audit.user, instance):
        raise PermissionDenied("You may not delete this record.")


# --- rows --------------------------------------------------------------------------------
def _atomic(model: type[models.Model]):
    return transaction.atomic(using=router.db_for_write(model))


def _locked(*, instance: models.Model, expected_version: int | None) -> models.Model:
    """The current row, locked for this transaction, if it is still at `expected_version`."""
    model = type(instance)
    rows = model._default_manager.select_for_update().filter(pk=instance.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    row = rows.first()
    if row is None:
        raise StaleVersion(model._default_manager.filter(pk=instance.pk).values_list("version", flat=True).first())
    return row


def _apply(instance: models.Model, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        setattr(instance, name, value)


def _m2m_set(instance: models.Model, m2m: dict[str, Iterable] | None) -> None:
    for name, values in (m2m or {}).items():
        getattr(instance, name).set(values)


def record_check(
    *,
    instance: models.Model | None,
    model: type[models.Model],
    changes: dict[str, Any],
    audit: Audit,
    sources: int | None = None,
    check_sources: bool = True,
) -> None:
    """Raise what `record_create` (instance None) or `record_update` would raise for these
    changes, without writing: forms call it to show the rule's message beside the fields.
    `sources` is how many sources the record will have (None: what the database holds);
    a form whose sources are edited beside it on the same page (the admin's sources inline)
    passes `check_sources=False` and has that inline ask `provenance_problems` instead."""
    if instance is None:
        candidate = model(**changes)
        _authorise_create(instance=candidate, audit=audit)
        _status_rules(before=None, after=candidate, changes=changes, audit=audit)
    else:
        candidate = _with(instance, changes)
        _authorise_update(before=instance, after=candidate, audit=audit)
        _status_rules(before=instance, after=candidate, changes=changes, audit=audit)
    if check_sources:
        _provenance_rules(after=candidate, sources=sources)


def _after_update(*, before: models.Model, after: models.Model, audit: Audit) -> None:
    """What every update leaves besides the row and its history: the public correction and
    the change event (core.outbox), in the same transaction."""
    correction = correction_record(before=before, after=after, audit=audit)
    change_updated(before=before, after=after, correction=correction)


# --- the services -------------------------------------------------------------------------
def record_create(
    *,
    model: type[models.Model],
    fields: dict[str, Any],
    m2m: dict[str, Iterable] | None = None,
    sources: list[dict[str, Any]] | None = None,
    audit: Audit,
) -> models.Model:
    """Create a record after the role, parent, publishing and provenance checks, with its
    `sources` (dicts of url, title, supports) in the same transaction: a record created
    confirmed must come with the source that confirms it."""
    instance = model(**fields)
    _authorise_create(instance=instance, audit=audit)
    _apply(instance, _status_rules(before=None, after=instance, changes={}, audit=audit))
    _provenance_rules(after=instance, sources=len(sources or ()))
    with _atomic(model):
        stamp(instance, audit).save()
        _m2m_set(instance, m2m)
        change_created(record=instance)
        for position, source in enumerate(sources or ()):
            record_create(model=Source, fields=_source_fields(instance, source, position), audit=audit)
    return instance


def _source_fields(record: models.Model, source: dict[str, Any], position: int) -> dict[str, Any]:
    return {
        "content_type": ContentType.objects.get_for_model(record),
        "object_id": record.pk,
        "url": source["url"],
        "title": source.get("title", ""),
        "supports": source.get("supports", ""),
        "position": source.get("position", position),
    }


def record_update(
    *,
    instance: models.Model,
    changes: dict[str, Any],
    m2m: dict[str, Iterable] | None = None,
    expected_version: int | None = None,
    audit: Audit,
) -> models.Model:
    """Apply `changes` if the row is still at `expected_version` (None: whatever it is now);
    raise StaleVersion otherwise. Rules are checked against the row as it is in the database."""
    with _atomic(type(instance)):
        row = _locked(instance=instance, expected_version=expected_version)
        before = copy.copy(row)
        after = _with(row, changes)
        _authorise_update(before=row, after=after, audit=audit)
        _apply(row, _status_rules(before=row, after=after, changes=changes, audit=audit))
        _provenance_rules(after=row)
        stamp(row, audit).save()
        _m2m_set(row, m2m)
        _after_update(before=before, after=row, audit=audit)
    return row


def record_save(*, instance: models.Model, audit: Audit) -> models.Model:
    """Create or update `instance` as the caller prepared it, field by field (ingest builds
    rows that way), under the same rules as `record_create` and `record_update`."""
    model = type(instance)
    with _atomic(model):
        before = None if instance._state.adding else _locked(instance=instance, expected_version=None)
        if before is None:
            _authorise_create(instance=instance, audit=audit)
        else:
            _authorise_update(before=before, after=instance, audit=audit)
        _apply(instance, _status_rules(before=before, after=instance, changes={}, audit=audit))
        _provenance_rules(after=instance)
        stamp(instance, audit).save()
        if before is not None:
            _after_update(before=before, after=instance, audit=audit)
        else:
            change_created(record=instance)
    return instance


def record_delete(*, instance: models.Model, expected_version: int | None = None, audit: Audit) -> None:
    """Delete a record that is still at `expected_version`; the history keeps it."""
    with _atomic(type(instance)):
        row = _locked(instance=instance, expected_version=expected_version)
        _authorise_delete(instance=row, audit=audit)
        if isinstance(row, Source):
            _source_removal_rules(source=row)
        change_deleted(record=row)  # before the row goes: the event names what it was about
        stamp(row, audit).delete()


def record_transition(
    *, record: models.Model, status: str, audit: Audit, expected_version: int | None = None
) -> models.Model:
    """Move a record through the workflow (draft → in review → published, or back)."""
    if status not in EditorialStatus.values:
        raise ValidationError({"editorial_status": [f"Unknown status {status!r}."]})
    return record_update(
        instance=record,
        changes={"editorial_status": status},
        expected_version=record.version if expected_version is None else expected_version,
        audit=audit.because(f"Status set to {status}"),
    )


REVERT_REASON = "Reverted to version {version}"


def record_revert(
    *, instance: models.Model, values: dict[str, Any], from_version: int, m2m: dict | None = None, audit: Audit
) -> models.Model:
    """Write the field values of an old version (`from_version`) as a new version: the
    history line goes on from the current row, nothing is rewritten."""
    return record_update(
        instance=instance,
        changes=values,
        m2m=m2m,
        audit=audit.because(REVERT_REASON.format(version=from_version)),
    )


# --- idempotent upserts (seed, imports) --------------------------------------------------------
def record_upsert(
    *,
    model: type[models.Model],
    key: dict[str, Any],
    defaults: dict[str, Any],
    create_defaults: dict[str, Any] | None = None,
    index: RowIndex | None = None,
    stats: UpsertStats | None = None,
    batch: CreateBatch | None = None,
    audit: Audit = COMMAND,
    keep_edits: bool = False,
    sources: list[dict[str, str]] | None = None,
    source_index: RowIndex | None = None,
) -> tuple[models.Model, str]:
    """Create the row identified by `key`, or update it where `defaults` differ, and attach
    its `sources` (see `sources_sync`; `source_index` is the caller's index of Source rows).

    `create_defaults` only apply to new rows (editorial status belongs to editors once a row
    exists). With a `batch`, a new row is queued for `batch.flush()` instead of saved now.
    With `keep_edits`, a field someone changed since this channel last wrote it is left as
    it is (see `_edited_since`) and counted in `stats.kept`.
    Returns the row and whether it was created, updated or unchanged."""
    obj = index.get(key) if index is not None else model._default_manager.filter(**key).first()
    if obj is None:
        obj = model(**key, **defaults, **(create_defaults or {}))
        _authorise_create(instance=obj, audit=audit)
        _apply(obj, _status_rules(before=None, after=obj, changes={}, audit=audit))
        _provenance_rules(after=obj, sources=len(sources or ()))
        if batch is not None:
            batch.add(obj)
        else:
            stamp(obj, audit).save()
            change_created(record=obj)
        outcome = CREATED
        if index is not None:
            index.put(obj)
    else:
        changed = {name: value for name, value in defaults.items() if _differs(obj, name, value)}
        if changed and keep_edits:
            edited = _edited_since(obj=obj, names=changed, channel=audit.channel)
            if edited and stats is not None:
                stats.keep(label=model._meta.label, record=str(obj), fields=edited)
            changed = {name: value for name, value in changed.items() if name not in edited}
        if changed:
            before = copy.copy(obj)
            after = _with(obj, changed)
            _authorise_update(before=obj, after=after, audit=audit)
            _apply(obj, _status_rules(before=obj, after=after, changes=changed, audit=audit))
            _provenance_rules(after=obj, sources=len(sources) if sources else None)
            stamp(obj, audit).save()
            _after_update(before=before, after=obj, audit=audit)
        outcome = UPDATED if changed else UNCHANGED
    if stats is not None:
        stats.add(label=model._meta.label, outcome=outcome)
    if sources:
        sources_sync(record=obj, sources=sources, index=source_index, stats=stats, batch=batch, audit=audit)
    return obj, outcome


# Channels through which people edit; commands (the resolver, ingest) are not editors.
EDITOR_CHANNELS = (CHANNEL_ADMIN, CHANNEL_API)


def _edited_since(*, obj: models.Model, names: Iterable[str], channel: str) -> list[str]:
    """The fields among `names` an editor changed since `channel` last wrote them.

    The history is the fingerprint: the newest row written through `channel` holds what it
    wrote. Only an edit through the admin or the API after it counts; a value changed by a
    command (the resolver) or outside the services is `channel`'s to restore. Queries run
    for rows whose values differ only."""
    history = getattr(obj, "history", None)
    if history is None:
        return []
    last = history.filter(history_channel=channel).order_by("-history_date", "-history_id").first()
    edits = history.filter(history_channel__in=EDITOR_CHANNELS)
    if last is not None:
        edits = edits.filter(history_date__gt=last.history_date)
    if not edits.exists():
        return []
    if last is None:
        return list(names)
    attnames = {name: obj._meta.get_field(name).attname for name in names}
    return [name for name, attname in attnames.items() if getattr(obj, attname) != getattr(last, attname)]


def _differs(obj: models.Model, name: str, value: Any) -> bool:
    attname = obj._meta.get_field(name).attname
    return getattr(obj, attname) != raw(value)


def sources_sync(
    *,
    record: models.Model,
    sources: list[dict[str, str]],
    index: RowIndex | None = None,
    stats: UpsertStats | None = None,
    batch: CreateBatch | None = None,
    audit: Audit = COMMAND,
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
            audit=audit,
        )
        rows.append(row)
    return rows
