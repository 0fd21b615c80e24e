"""Public corrections: when the substance of a published record changes.

core.services calls `correction_record` after every update, in the same transaction. A
change is a correction when the record was published before and after it, the writer did
not mark it minor (`Audit.minor`: the API's `X-Change-Minor: true` or `minor` field, the
admin's checkbox) and a field of substance changed. Workflow and bookkeeping columns are
not substance; many-to-many changes (topics, provision types) are not recorded here.
"""

import datetime
import uuid
from decimal import Decimal
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models

from core.audit import Audit
from core.models import Correction, EditorialStatus
from core.permissions import has_status

NOT_SUBSTANCE = frozenset(
    {"id", "created", "updated", "version", "published_at", "editorial_status", "ingest_fingerprint"}
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime.date | datetime.datetime | uuid.UUID | Decimal):
        return str(value)
    return value


def field_changes(*, before: models.Model, after: models.Model) -> list[dict[str, Any]]:
    """[{field, old, new}] for every column of substance that differs (FKs by id)."""
    out = []
    for field in after._meta.concrete_fields:
        if field.name in NOT_SUBSTANCE:
            continue
        old, new = getattr(before, field.attname), getattr(after, field.attname)
        if old != new:
            out.append({"field": field.name, "old": _plain(old), "new": _plain(new)})
    return out


def is_correction(*, before: models.Model, after: models.Model, audit: Audit) -> bool:
    published = EditorialStatus.PUBLISHED
    return (
        not audit.minor
        and has_status(after)
        and before.editorial_status == published
        and after.editorial_status == published
    )


def correction_record(*, before: models.Model, after: models.Model, audit: Audit) -> Correction | None:
    """Write the public correction of this update, if it is one."""
    if not is_correction(before=before, after=after, audit=audit):
        return None
    changes = field_changes(before=before, after=after)
    if not changes:
        return None
    return Correction.objects.create(
        content_type=ContentType.objects.get_for_model(after),
        object_id=after.pk,
        record_label=str(after)[:300],
        version=after.version,
        made_at=after.updated,
        reason=audit.reason,
        changes=changes,
    )
