"""Writes for v1 resources: strict input serializers, If-Match concurrency, history.

Mix `WritableResourceMixin` into a read viewset (before it in the bases) and declare
`write_serializer_class`. This module holds only HTTP: parsing the input, If-Match,
status codes and problem bodies. Every write goes through `core.services` (or a model's
own service that wraps it, e.g. takeaways), the same services the admin, commands, the
seed and ingest call, with an `Audit` built here from the request.

Concurrency: every detail response carries a strong ETag (`"v<version>-<digest>"`).
PUT/PATCH/DELETE must send it back in If-Match, compared whole and strongly (RFC 9110):
without it → 428; another record's tag, a weak tag or a tag of an older state → 412.
The service then re-reads the row `FOR UPDATE` at that version, so a writer who raced
past the check still cannot overwrite a newer version.
"""

import copy
import re
from collections.abc import Mapping

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import IntegrityError, models
from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from api.conditional import object_validators
from api.permissions import EditorialPermission
from core.audit import CHANNEL_API, Audit
from core.permissions import can_view_history
from core.services import StaleVersion, record_create, record_delete, record_update

READ_ONLY_INPUTS = ("id", "url", "created", "updated", "version", "published_at")
REASON_HEADER = "X-Change-Reason"
REASON_FIELD = "change_reason"
MINOR_HEADER = "X-Change-Minor"
MINOR_FIELD = "minor"
_TRUE, _FALSE = ("true", "1", "yes"), ("false", "0", "no", "")
# A version is at most 18 digits (a 5,000-digit one must be a 412, not an overflow).
_ETAG_VERSION = re.compile(r'^"v(\d{1,18})-[0-9a-f]{1,64}"$')


class PreconditionRequired(exceptions.APIException):
    status_code = 428
    default_detail = "This write needs an If-Match header carrying the ETag you last read (GET the record first)."
    default_code = "precondition_required"


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The record changed since you read it; nothing was written. GET it again and retry."
    default_code = "precondition_failed"


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The change conflicts with existing data (a uniqueness or integrity rule)."
    default_code = "conflict"


def if_match_tags(request) -> list[str]:
    """The entity tags named by If-Match; 428 without any."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        raise PreconditionRequired()
    return [tag.strip() for tag in header.split(",") if tag.strip()]


def expected_version(*, request, current_etag: str, current_version: int) -> int:
    """The version a writer saw, if one of its If-Match tags is the record's current strong
    ETag, compared whole: weak tags, other records' tags and old tags are a 412."""
    for tag in if_match_tags(request):
        match = _ETAG_VERSION.fullmatch(tag)
        if match and tag == current_etag:
            return int(match.group(1))
    raise PreconditionFailed(
        f"The record is now at version {current_version} and If-Match does not name its current ETag: "
        "GET it again and retry. Nothing was written."
    )


def change_reason(request) -> str:
    reason = request.headers.get(REASON_HEADER, "")
    if not reason and isinstance(request.data, Mapping):
        reason = request.data.get(REASON_FIELD) or ""
    return str(reason).strip()[:100]


def change_minor(request) -> bool:
    """Whether the writer marks this change minor (a typo fix: no public correction)."""
    header = request.headers.get(MINOR_HEADER)
    if header is not None:
        if header.strip().lower() not in _TRUE + _FALSE:
            raise exceptions.ValidationError({MINOR_HEADER: ["Expected true or false."]})
        return header.strip().lower() in _TRUE
    value = request.data.get(MINOR_FIELD, False) if isinstance(request.data, Mapping) else False
    if not isinstance(value, bool):
        raise exceptions.ValidationError({MINOR_FIELD: ["Must be a boolean."]})
    return value


def _drf_errors(exc: DjangoValidationError) -> dict:
    if hasattr(exc, "error_dict"):
        return {("non_field_errors" if k == NON_FIELD_ERRORS else k): v for k, v in exc.message_dict.items()}
    return {"non_field_errors": exc.messages}


def optional_slug_field(queryset) -> serializers.SlugRelatedField:
    """An optional relation written by slug (parent, country, publisher...); null clears it."""
    return serializers.SlugRelatedField(slug_field="slug", queryset=queryset, required=False, allow_null=True)


class StrictWriteSerializer(serializers.ModelSerializer):
    """Input serializer: unknown or read-only fields are errors, and the model's own
    validation (check and unique constraints) runs before anything reaches the database."""

    def to_internal_value(self, data):
        if not isinstance(data, Mapping):
            raise serializers.ValidationError({"non_field_errors": ["Expected a JSON object."]})
        errors = {}
        for name in data:
            if name in (REASON_FIELD, MINOR_FIELD):
                continue
            field = self.fields.get(name)
            if field is None:
                errors[name] = ["This field is read-only."] if name in READ_ONLY_INPUTS else ["Unknown field."]
            elif field.read_only:
                errors[name] = ["This field is read-only."]
        if errors:
            raise serializers.ValidationError(errors)
        return super().to_internal_value(data)

    def m2m_names(self) -> set[str]:
        return {f.name for f in self.Meta.model._meta.many_to_many}

    def validate(self, attrs):
        attrs = super().validate(attrs)
        model = self.Meta.model
        candidate = copy.copy(self.instance) if self.instance is not None else model()
        for name, value in attrs.items():
            if name not in self.m2m_names():
                setattr(candidate, name, value)
        exclude = [f.name for f in model._meta.fields if f.name not in self.fields and f.name != "id"]
        try:
            candidate.full_clean(exclude=exclude, validate_unique=True, validate_constraints=True)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(_drf_errors(exc)) from exc
        return attrs

    def split(self) -> tuple[dict, dict]:
        """(column changes, many-to-many changes) from the validated data."""
        m2m_names = self.m2m_names()
        data = self.validated_data
        return (
            {k: v for k, v in data.items() if k not in m2m_names},
            {k: v for k, v in data.items() if k in m2m_names},
        )


class HistoryChangeSerializer(serializers.Serializer):
    field = serializers.CharField()
    old = serializers.JSONField(allow_null=True)
    new = serializers.JSONField(allow_null=True)


class HistoryVersionSerializer(serializers.Serializer):
    """One version of a record (documentation of the history endpoint's items)."""

    version = serializers.IntegerField()
    type = serializers.ChoiceField(choices=["created", "changed", "deleted"])
    at = serializers.DateTimeField()
    user = serializers.CharField(allow_null=True)
    channel = serializers.CharField(help_text="admin, api, command or seed.")
    reason = serializers.CharField()
    request_id = serializers.CharField()
    changes = HistoryChangeSerializer(many=True)


IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    required=True,
    description="The ETag of your last read. Missing: 428. Stale: 412, nothing written.",
)
CHANGE_REASON = OpenApiParameter(
    REASON_HEADER,
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="Why (recorded in the history, and in the public correction when there is one).",
)
CHANGE_MINOR = OpenApiParameter(
    MINOR_HEADER,
    OpenApiTypes.BOOL,
    OpenApiParameter.HEADER,
    description="`true` marks a minor fix (a typo): it stays in the private history and leaves no public "
    "correction. Also accepted as a boolean `minor` field in the body.",
)


def request_audit(request) -> Audit:
    """Who, why, through which channel and under which request id: from the request."""
    return Audit(
        user=request.user,
        channel=CHANNEL_API,
        reason=change_reason(request),
        request_id=getattr(request, "request_id", ""),
        minor=change_minor(request),
    )


class WritableResourceMixin:
    """Create / update / partial update / delete / history for a v1 resource viewset."""

    write_serializer_class: type[StrictWriteSerializer] | None = None
    permission_classes = [EditorialPermission]
    # The services that apply a write; models with side effects declare their own
    # (commentary.services.takeaway_create / takeaway_update), which wrap these.
    create_service = staticmethod(record_create)
    update_service = staticmethod(record_update)

    @property
    def model(self):
        return self.write_serializer_class.Meta.model

    def get_serializer_class(self):
        if self.action in ("create", "update", "partial_update"):
            return self.write_serializer_class
        return super().get_serializer_class()

    def get_write_object(self):
        lookup = self.lookup_url_kwarg or self.lookup_field
        try:
            obj = get_object_or_404(self.detail_queryset(), **{self.lookup_field: self.kwargs[lookup]})
        except (ValueError, DjangoValidationError) as exc:
            raise Http404 from exc
        self.check_object_permissions(self.request, obj)
        return obj

    def current_etag(self, instance) -> str:
        return object_validators(obj=instance, scope=self.validator_scope())[0]

    def detail_response(self, instance, status_code=status.HTTP_200_OK) -> Response:
        fresh = self.detail_queryset().get(pk=instance.pk)
        serializer_class = getattr(self, "serializer_class", None) or self.write_serializer_class
        response = Response(serializer_class(fresh, context=self.get_serializer_context()).data, status=status_code)
        response["ETag"] = self.current_etag(fresh)
        return response

    def detail_queryset(self):
        selector = getattr(type(self), "detail_selector", None)
        return selector(published_only=False) if selector else self.model._default_manager.all()

    def _guarded(self, write):
        try:
            return write()
        except StaleVersion as exc:
            if exc.current_version is None:
                raise exceptions.NotFound() from exc
            raise PreconditionFailed(
                f"The record is now at version {exc.current_version}, not the one your If-Match named. "
                "Nothing was written."
            ) from exc
        except PermissionDenied as exc:
            raise exceptions.PermissionDenied(str(exc) or None) from exc
        except IntegrityError as exc:
            raise Conflict() from exc
        except DjangoValidationError as exc:
            raise serializers.ValidationError(_drf_errors(exc)) from exc

    @extend_schema(parameters=[CHANGE_REASON])
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        fields, m2m = serializer.split()
        audit = request_audit(request)
        instance = self._guarded(
            lambda: type(self).create_service(model=self.model, fields=fields, m2m=m2m, audit=audit)
        )
        return self.detail_response(instance, status.HTTP_201_CREATED)

    @extend_schema(parameters=[IF_MATCH, CHANGE_REASON, CHANGE_MINOR])
    def update(self, request, *args, **kwargs):
        partial = kwargs.pop("partial", False)
        if_match_tags(request)  # 428 before any work when the precondition is missing
        instance = self.get_write_object()
        version = expected_version(
            request=request, current_etag=self.current_etag(instance), current_version=instance.version
        )
        serializer = self.get_serializer(instance, data=request.data, partial=partial)
        serializer.is_valid(raise_exception=True)
        changes, m2m = serializer.split()
        audit = request_audit(request)
        updated = self._guarded(
            lambda: type(self).update_service(
                instance=instance, changes=changes, m2m=m2m, expected_version=version, audit=audit
            )
        )
        return self.detail_response(updated)

    @extend_schema(parameters=[IF_MATCH, CHANGE_REASON, CHANGE_MINOR])
    def partial_update(self, request, *args, **kwargs):
        kwargs["partial"] = True
        return self.update(request, *args, **kwargs)

    @extend_schema(parameters=[IF_MATCH, CHANGE_REASON])
    def destroy(self, request, *args, **kwargs):
        if_match_tags(request)
        instance = self.get_write_object()
        version = expected_version(
            request=request, current_etag=self.current_etag(instance), current_version=instance.version
        )
        audit = request_audit(request)
        self._guarded(lambda: record_delete(instance=instance, expected_version=version, audit=audit))
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(summary="Versions of this record (editors only)", responses=HistoryVersionSerializer(many=True))
    @action(detail=True, methods=["get"], url_path="history", pagination_class=None, filter_backends=[])
    def history(self, request, *args, **kwargs):
        """Versions of this record, newest first, with field changes (editors only)."""
        if not can_view_history(request.user, self.model):
            raise (
                exceptions.NotAuthenticated()
                if not request.user.is_authenticated
                else exceptions.PermissionDenied("Only editors may read the history.")
            )
        instance = self.get_write_object()
        return Response(record_history(instance=instance))


def _plain(value):
    if isinstance(value, models.Model):
        return getattr(value, "slug", None) or str(value.pk)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def record_history(*, instance: models.Model) -> list[dict]:
    """Every history row of `instance`, newest first, each with its diff to the previous."""
    rows = list(instance.history.select_related("history_user").order_by("-history_date", "-history_id"))
    out = []
    for index, row in enumerate(rows):
        previous = rows[index + 1] if index + 1 < len(rows) else None
        changes = []
        if previous is not None:
            delta = row.diff_against(previous, foreign_keys_are_objs=False)
            changes = [
                {"field": c.field, "old": _plain(c.old), "new": _plain(c.new)}
                for c in delta.changes
                if c.field not in {"updated", "version"}
            ]
        out.append(
            {
                "version": row.version,
                "type": {"+": "created", "~": "changed", "-": "deleted"}[row.history_type],
                "at": row.history_date.isoformat(),
                "user": row.history_user.get_username() if row.history_user else None,
                "channel": row.history_channel,
                "reason": row.history_change_reason or "",
                "request_id": row.history_request_id,
                "changes": changes,
            }
        )
    return out
