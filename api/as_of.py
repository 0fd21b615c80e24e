"""As-of reads over HTTP: `?as_of=<ISO timestamp>` on lists and details, and `?version=N`
(the versioned permalink of citation exports) on details.

A versioned resource declares `as_of = AsOfSpec(rows=..., hydrate=..., ordering=...)`
from its app's `as_of.py` (core.history underneath). The answer is the *published* state
at that instant whoever asks (drafts then are invisible to editors too), so it is public
and immutable: `Cache-Control: public, max-age=31536000, immutable`, and validators
computed from the history rows rendered, which never change once written.
Guarantees and limits: docs/as-of.md.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from rest_framework import exceptions
from rest_framework.response import Response

from api.conditional import object_validators, rows_validators
from core.history import as_instances, attach_corrections

AS_OF = "as_of"
VERSION = "version"
# What an as-of read accepts besides as_of/version: paging and the JSON/CSV format.
AS_OF_COMPANIONS = {AS_OF, VERSION, "format", "page", "page_size", "cursor"}
AS_OF_FORMATS = ("json", "csv")
IMMUTABLE = "public, max-age=31536000, immutable"
VERSIONED = (
    "actors, events, treaties, articles, provision types, experts, publications, takeaways, topics, "
    "citations, mentions and claims"
)


@dataclass(frozen=True)
class AsOfSpec:
    """How a resource is read at an instant: its visible history rows, the function that
    attaches their relations as they were, and a list order over the rows' own columns."""

    rows: Callable[..., QuerySet]
    hydrate: Callable[..., None]
    ordering: tuple[str, ...]


def parse_instant(raw: str) -> datetime.datetime:
    """An ISO 8601 timestamp, not in the future (naive ones are UTC); 400 otherwise."""
    try:
        value = parse_datetime(raw.strip())
    except ValueError:
        value = None
    if value is None:
        raise exceptions.ValidationError({AS_OF: ["Expected an ISO 8601 timestamp, e.g. 2024-06-20T12:00:00Z."]})
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    if value > timezone.now():
        raise exceptions.ValidationError(
            {AS_OF: ["as_of is in the future: the record of that instant is not written yet."]}
        )
    return value


def parse_version(raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()) or not 0 < int(raw) < 10**9:  # ASCII: "²" and "٣" are digits too
        raise exceptions.ValidationError({VERSION: ["Expected a positive integer version."]})
    return int(raw)


class AsOfReadMixin:
    """The as-of half of ResourceViewSet (kept here so the base stays readable)."""

    as_of: AsOfSpec | None = None

    def as_of_requested(self) -> bool:
        return AS_OF in self.request.query_params or VERSION in self.request.query_params

    def check_as_of_params(self, params) -> None:
        if not (AS_OF in params or VERSION in params):
            return
        if self.as_of is None:
            raise exceptions.ValidationError(
                {AS_OF: [f"This resource is not versioned: as-of reads cover {VERSIONED} (docs/as-of.md)."]}
            )
        if self.action not in ("list", "retrieve"):
            raise exceptions.ValidationError(
                {AS_OF: ["As-of reads cover lists and details; /export/ streams the current state only."]}
            )
        if VERSION in params and (self.action != "retrieve" or AS_OF in params):
            raise exceptions.ValidationError({VERSION: ["version addresses one record: use it alone, on a detail."]})
        extra = sorted(set(params) - AS_OF_COMPANIONS)
        if extra:
            raise exceptions.ValidationError(
                {AS_OF: [f"As-of reads take only paging and format; drop {', '.join(extra)}."]}
            )
        if params.get("format", "json") not in AS_OF_FORMATS:
            raise exceptions.ValidationError({"format": ["As-of reads render as json or csv."]})

    def as_of_filter(self, rows: QuerySet, at: datetime.datetime) -> QuerySet:
        """Narrow the detail lookup (TreatyArticleViewSet adds the treaty)."""
        return rows

    def _lookup(self) -> dict:
        lookup = self.lookup_url_kwarg or self.lookup_field
        return {self.lookup_field: self.kwargs[lookup]}

    def version_instant(self, version: int) -> datetime.datetime:
        """When `version` of the addressed record was written: the newest record that
        ever answered to this address, then its history row of that version."""
        history = self.as_of.rows(at=timezone.now()).model
        try:
            rows = self.as_of_filter(history.objects.filter(**self._lookup()), timezone.now())
            record_id = rows.order_by("-history_id").values_list("id", flat=True).first()
        except (ValueError, DjangoValidationError) as exc:
            raise Http404 from exc
        row = (
            history.objects.filter(id=record_id, version=version)
            .exclude(history_type="-")
            .order_by("history_id")
            .first()
        )
        if row is None:
            raise Http404
        return row.history_date

    def as_of_instant(self) -> datetime.datetime:
        params = self.request.query_params
        if VERSION in params:
            return self.version_instant(parse_version(params[VERSION]))
        return parse_instant(params[AS_OF])

    def as_of_list(self, request) -> Response:
        at = self.as_of_instant()
        page = self.paginate_queryset(self.as_of.rows(at=at).order_by(*self.as_of.ordering))
        instances = as_instances(page)
        self.as_of.hydrate(instances, at=at, detail=False)
        etag, last_modified = rows_validators(
            rows=instances, scope=f"{self.validator_scope()}|{self.paginator.total()}"
        )
        if (not_modified := self.conditional(etag, last_modified)) is not None:
            return not_modified
        response = self.get_paginated_response(self.get_serializer(instances, many=True).data)
        self.set_validators(response, etag, last_modified)
        return response

    def as_of_retrieve(self, request) -> Response:
        at = self.as_of_instant()
        try:
            row = self.as_of_filter(self.as_of.rows(at=at).filter(**self._lookup()), at).first()
        except (ValueError, DjangoValidationError) as exc:
            raise Http404 from exc
        if row is None:
            raise Http404
        (instance,) = as_instances([row])
        self.as_of.hydrate([instance], at=at, detail=True)
        attach_corrections([instance], at=at)
        etag, last_modified = object_validators(obj=instance, scope=self.validator_scope())
        if (not_modified := self.conditional(etag, last_modified)) is not None:
            return not_modified
        response = Response(self.get_serializer(instance).data)
        self.set_validators(response, etag, last_modified)
        return response
