"""As-of reads: the published state of the database at an instant, from the history tables.

django-simple-history writes a row to `Historical<Model>` on every save and delete (through
core.services), so a record's state at instant `at` is its latest history row with
`history_date <= at`, unless that row is a deletion. These helpers answer that in one query
per model, whatever the number of records, and turn history rows back into model
instances whose relations the apps' `as_of.py` modules attach from other history tables
(never from the live tables, which hold today's values).

Relations without a history table (many-to-many fields, generic `sources`) are not
versioned: `unversioned()` renders them empty rather than with today's values, so an
as-of response never changes once written. docs/as-of.md lists what is versioned.
"""

import datetime
from collections import defaultdict
from collections.abc import Iterable

from django.db import models
from django.db.models import Max, Subquery

from core.models import Correction, EditorialStatus


def history_model(model: type[models.Model]) -> type[models.Model]:
    return model.history.model


def latest_rows(model: type[models.Model], *, at: datetime.datetime, **filters) -> models.QuerySet:
    """Each record's history row in force at `at` (records deleted by then left out).

    `filters` narrow the records before the latest row is picked (by id, by parent id)."""
    rows = history_model(model).objects.filter(history_date__lte=at, **filters)
    latest = rows.values("id").annotate(last=Max("history_id")).values("last")
    return history_model(model).objects.filter(history_id__in=Subquery(latest)).exclude(history_type="-")


def published_rows(model: type[models.Model], *, at: datetime.datetime, **filters) -> models.QuerySet:
    """`latest_rows` of records that were published at `at` (all of them for vocabularies)."""
    rows = latest_rows(model, at=at, **filters)
    if any(field.name == "editorial_status" for field in model._meta.fields):
        rows = rows.filter(editorial_status=EditorialStatus.PUBLISHED)
    return rows


def ids_of(rows: models.QuerySet) -> Subquery:
    """The record ids of history rows, as a subquery (no round trip)."""
    return Subquery(rows.values("id"))


def as_instances(rows: Iterable) -> list[models.Model]:
    """Model instances carrying the historical field values; `_as_of_row` keeps the row
    (its `history_id` feeds the immutable ETag)."""
    out = []
    for row in rows:
        instance = row.instance
        instance._as_of_row = row
        out.append(instance)
    return out


def by_id(rows: models.QuerySet) -> dict:
    return {instance.pk: instance for instance in as_instances(rows)}


def grouped(rows: models.QuerySet, *, key: str) -> dict:
    """Instances grouped by the value of `key` (a parent's id), in the rows' order."""
    out: dict = defaultdict(list)
    for instance in as_instances(rows):
        out[getattr(instance, key)].append(instance)
    return out


def attach_fk(instances: Iterable[models.Model], *, field: str, targets: dict) -> None:
    """Point forward foreign key `field` at the as-of instance (None when it was not
    visible then), without touching the live table."""
    for instance in instances:
        target_id = getattr(instance, instance._meta.get_field(field).attname)
        instance._state.fields_cache[field] = targets.get(target_id)


def attach_list(instances: Iterable[models.Model], *, attr: str, groups: dict, key: str = "pk") -> None:
    for instance in instances:
        setattr(instance, attr, groups.get(getattr(instance, key), []))


def prefetched(instance: models.Model, name: str, items: list) -> None:
    """Fill the prefetch cache of relation `name` (a reverse FK, a many-to-many, a generic
    relation) with `items`, so `instance.<name>.all()` returns them without a query."""
    related = instance._meta.get_field(name).related_model
    queryset = related._default_manager.none()
    queryset._result_cache = list(items)
    queryset._prefetch_done = True
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset


def unversioned(instances: Iterable[models.Model], *names: str) -> None:
    """Relations with no history table render empty in as-of reads (see the module doc)."""
    for instance in instances:
        for name in names:
            prefetched(instance, name, [])


def version_row(model: type[models.Model], *, record_id, version: int):
    """The history row that wrote `version` of a record (None if there is none)."""
    rows = history_model(model).objects.filter(id=record_id, version=version).exclude(history_type="-")
    return rows.order_by("history_id").first()


def attach_corrections(instances: list[models.Model], *, at: datetime.datetime) -> None:
    """The public corrections made by `at` (corrections are never rewritten: versioned).
    Records without a `corrections` relation (vocabularies, citations, mentions) have none."""
    if not instances or not hasattr(type(instances[0]), "corrections"):
        return
    rows = Correction.objects.chronological().filter(object_id__in=[i.pk for i in instances], made_at__lte=at)
    groups = defaultdict(list)
    for correction in rows:
        groups[correction.object_id].append(correction)
    for instance in instances:
        prefetched(instance, "corrections", groups.get(instance.pk, []))
