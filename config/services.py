"""The one write path for content records: conditional UPDATE, workflow rules, history.

`record_update` checks the expected version and writes in a single
`UPDATE ... WHERE pk = %s AND version = %s`, so two writers holding the same version can
never both succeed (the second matches no row). The history row is written in the same
transaction by replaying `post_save`, which also keeps every other post_save listener
(history, search indexing, cache invalidation) working exactly as after `Model.save()`.
"""

import copy
from collections.abc import Callable, Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, router, transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone

from config.models import EditorialStatus
from config.permissions import can_change, can_set_status, has_status

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
