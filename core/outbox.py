"""The outbox of public changes (ChangeEvent), written by core.services in the transaction
of each write, so the changes feed and webhooks see every public change exactly once and
in commit order.

What is public: a record with an editorial status is public while published; a change to
it is `created` (published on creation), `published`, `unpublished` or `deleted` (both
tombstones), `corrected` (a Correction was written) or `updated` (a minor fix). A record
without a status is part of its anchor (a citation of its takeaway, core.permissions):
changing it is an `updated` of the anchor, if the anchor is published. Vocabularies (topics,
provision types) are always public. Drafts leave nothing here.

Commit order: on PostgreSQL each writer takes one transaction-scoped advisory lock before
inserting its event, so sequence numbers are handed out in commit order and a reader
resuming from a cursor never skips a row committed late. SQLite serialises writers anyway.
Bulk loads through CreateBatch (the seed) write no events: mirrors start from an export.
"""

import base64

from django.db import connections, models, router, transaction
from django.utils import timezone

from core.models import ChangeEvent, ChangeKind, ChangeSubject, Correction, EditorialStatus
from core.permissions import anchor_of, has_status

OUTBOX_LOCK = 7_311_913  # pg_advisory_xact_lock key of the outbox
_after_commit_hooks: list = []


def encode_cursor(seq: int) -> str:
    """The opaque feed cursor of an event (the feed and webhook payloads share it)."""
    return base64.urlsafe_b64encode(f"c1:{seq}".encode()).decode().rstrip("=")


def on_change_committed(hook) -> None:
    """Register `hook(event_ids)` to run after a transaction with events commits (webhooks)."""
    _after_commit_hooks.append(hook)


def _live(record: models.Model | None) -> bool:
    return record is not None and record.editorial_status == EditorialStatus.PUBLISHED


def _target(record: models.Model) -> tuple[models.Model | None, bool]:
    """The record whose change this is (itself, or its anchor), and whether it is public."""
    if has_status(record):
        return record, _live(record)
    if getattr(record, "editorial_anchor", None) is None:
        return record, True  # a vocabulary: always public
    anchor = anchor_of(record)
    return anchor, _live(anchor)


def _key(record: models.Model) -> str:
    for name in ("slug", "code"):
        value = getattr(record, name, None)
        if value:
            return value
    return str(record.pk)


def _subjects(record: models.Model) -> set[tuple[str, str]]:
    declared = getattr(record, "change_subjects", None)
    return set(declared()) if callable(declared) else set()


def _copy(correction: Correction | None) -> dict | None:
    if correction is None:
        return None
    return {
        "id": str(correction.pk),
        "made_at": correction.made_at.isoformat(),
        "version": correction.version,
        "reason": correction.reason,
        "changes": correction.changes,
    }


def _emit(*, record: models.Model, kind: str, correction: Correction | None = None) -> ChangeEvent:
    using = router.db_for_write(ChangeEvent)
    if connections[using].vendor == "postgresql":
        with connections[using].cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [OUTBOX_LOCK])
    event = ChangeEvent.objects.create(
        occurred_at=timezone.now(),
        kind=kind,
        resource=record._meta.model_name,
        record_id=record.pk,
        record_key=_key(record)[:200],
        record_label=str(record)[:300],
        version=getattr(record, "version", 0) or 0,
        correction=_copy(correction),
    )
    ChangeSubject.objects.bulk_create(ChangeSubject(event=event, kind=k, key=v[:200]) for k, v in _subjects(record))
    if _after_commit_hooks:
        transaction.on_commit(lambda: [hook([event.seq]) for hook in _after_commit_hooks], using=using)
    return event


def change_created(*, record: models.Model) -> ChangeEvent | None:
    target, live = _target(record)
    if not live:
        return None
    return _emit(record=target, kind=ChangeKind.CREATED if target is record else ChangeKind.UPDATED)


def change_updated(*, before: models.Model, after: models.Model, correction: Correction | None) -> ChangeEvent | None:
    target, live_after = _target(after)
    if target is not after:  # a part of its anchor: the anchor changed, if public
        before_anchor, live_before = _target(before)
        if live_after:
            return _emit(record=target, kind=ChangeKind.UPDATED)
        return _emit(record=before_anchor, kind=ChangeKind.UPDATED) if live_before else None
    live_before = _target(before)[1]
    if live_before and live_after:
        kind = ChangeKind.CORRECTED if correction is not None else ChangeKind.UPDATED
    elif live_after:
        kind = ChangeKind.PUBLISHED
    elif live_before:
        kind = ChangeKind.UNPUBLISHED
    else:
        return None
    return _emit(record=after, kind=kind, correction=correction)


def change_deleted(*, record: models.Model) -> ChangeEvent | None:
    target, live = _target(record)
    if not live:
        return None
    return _emit(record=target, kind=ChangeKind.DELETED if target is record else ChangeKind.UPDATED)
