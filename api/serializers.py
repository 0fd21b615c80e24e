"""Serializer pieces shared by every app: sources and the record metadata fields."""

import copy
from operator import attrgetter
from urllib.parse import quote

from rest_framework import serializers
from rest_framework.settings import api_settings
from rest_framework.utils.urls import remove_query_param

from core.models import Correction, Source

# Characters Django's reverse() leaves unescaped in a path.
PATH_SAFE = "!$&'()*+,;=/~:@"

# Appended to detail shapes of editorial records (UUID, timestamps, version, status).
RECORD_FIELDS = ("confidence", "editorial_status", "published_at", "created", "updated", "version")
PLAIN_RECORD_FIELDS = ("created", "updated", "version")


class ModelSerializer(serializers.ModelSerializer):
    """DRF's ModelSerializer with its field construction done once per class.

    DRF rebuilds every field from the model's metadata each time a serializer's `fields` is
    first read (the declared fields deep-copied, the others built by `build_field`): six
    times per treaty detail, an eighth of its Python time. What `ModelSerializer.get_fields`
    returns depends on the class alone (`Meta`, the declared fields, the model), never on
    the instance or the context, so it is built once per class and each serializer gets a
    deep copy: fresh, unbound fields (DRF binds them to the new parent), exactly what
    DRF itself does with declared fields. Overrides that depend on the context
    (`EmbedFieldsMixin`) sit above it in the MRO and still run per instance."""

    def get_fields(self):
        cls = type(self)
        built = cls.__dict__.get("_class_fields")
        if built is None:
            built = super().get_fields()
            cls._class_fields = built
        return copy.deepcopy(built)


class AbsoluteURLField(serializers.HyperlinkedIdentityField):
    """A HyperlinkedIdentityField that resolves its route once per request and then fills in
    each row's identifier. reverse() per row dominated list and export time (about 0.4 ms a
    row); identifiers are slugs, codes and UUIDs, so filling a template is exact."""

    SENTINEL = "0123456789abcdef0123456789abcdef"  # matches every lookup regex in v1

    def get_url(self, obj, view_name, request, format):
        value = getattr(obj, self.lookup_field)
        if value in (None, ""):
            return None
        cached = getattr(self, "_template", None)
        if cached is None or cached[0] is not request:
            cached = (request, canonical_url_template(self, request))
            self._template = cached
        return cached[1].replace(self.SENTINEL, quote(str(value), safe=PATH_SAFE))


def canonical_url_template(field: AbsoluteURLField, request) -> str:
    """The record's canonical (JSON) URL with SENTINEL for its key: never the format of the
    response it appears in (DRF's reverse() copies `?format=` from the request, so an NDJSON
    export's URLs pointed at NDJSON renderings of single records)."""
    url = field.reverse(field.view_name, kwargs={field.lookup_url_kwarg: field.SENTINEL}, request=request)
    return remove_query_param(url, api_settings.URL_FORMAT_OVERRIDE)


def api_url(view_name: str, lookup_field: str = "slug") -> serializers.HyperlinkedIdentityField:
    """The record's absolute API URL (the request's scheme and host). UUID-addressed routes
    name their URL kwarg `pk` (`reverse("v1:article-detail", kwargs={"pk": ...})`)."""
    kwarg = "pk" if lookup_field == "id" else lookup_field
    return AbsoluteURLField(view_name=view_name, lookup_field=lookup_field, lookup_url_kwarg=kwarg)


class DerivedField(serializers.Field):
    """A read-only value a plain function computes from attributes of the record, declared as
    data: the function, the dotted paths of its arguments and the field it renders like (for
    the schema), e.g. `DerivedField(sentence_around, "takeaway.body", "start", "end",
    output=serializers.CharField())`.

    The serializer calls the function with those attributes of the instance; an export
    (api/rows.py) calls the same function with the same values read as columns, side-loaded
    per chunk where a path crosses a relation. One declaration, one function, the same bytes
    on both paths, and no query in the serializer (a SerializerMethodField hides what it
    reads, so exports had to fall back to model instances)."""

    def __init__(self, function, *paths: str, output: serializers.Field, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)
        self.function, self.paths, self.output = function, paths, output
        self.getters = [attrgetter(path) for path in paths]

    def to_representation(self, value):
        return self.function(*(get(value) for get in self.getters))


class SourceSerializer(ModelSerializer):
    """Where a fact of the record can be checked."""

    link = serializers.URLField(source="url", read_only=True, help_text="Where the fact can be checked.")

    class Meta:
        model = Source
        fields = ("link", "title", "supports")
        read_only_fields = fields


def _json_type_error(field: serializers.Field, value) -> str | None:
    """Why `value` (parsed JSON) does not have the JSON type the schema states for `field`."""
    if value is None:
        return None  # null: the field's own allow_null decides
    if value == "" and isinstance(field, serializers.RelatedField):
        # DRF reads "" as null for relations; the schema says a non-empty identifier.
        return "May not be blank (send null to clear the relation)."
    if isinstance(field, serializers.BooleanField):
        ok, label = isinstance(value, bool), "a boolean"
    elif isinstance(field, serializers.IntegerField):
        ok, label = isinstance(value, int) and not isinstance(value, bool), "an integer"
    elif isinstance(field, serializers.FloatField):
        ok, label = isinstance(value, int | float) and not isinstance(value, bool), "a number"
    elif isinstance(field, serializers.DecimalField):
        expected = str if field.coerce_to_string is not False else (int, float)
        ok, label = isinstance(value, expected) and not isinstance(value, bool), "a decimal"
    elif isinstance(field, serializers.ListField | serializers.ManyRelatedField | serializers.ListSerializer):
        if not isinstance(value, list):
            return "Expected a list."
        child = getattr(field, "child", None) or getattr(field, "child_relation", None)
        for item in value:
            if child is not None and (problem := _json_type_error(child, item)):
                return problem
        return None
    elif isinstance(field, serializers.Serializer | serializers.DictField | serializers.HStoreField):
        ok, label = isinstance(value, dict), "an object"
    elif isinstance(field, serializers.JSONField):
        return None
    elif isinstance(
        field,
        serializers.CharField
        | serializers.ChoiceField
        | serializers.DateField
        | serializers.DateTimeField
        | serializers.TimeField
        | serializers.DurationField
        | serializers.UUIDField
        | serializers.RelatedField,
    ):
        ok, label = isinstance(value, str), "a string"
    else:
        return None
    return None if ok else f"Expected {label}."


class StrictJSONTypes:
    """Serializer mixin: a JSON body must carry the JSON types the OpenAPI schema states.

    DRF coerces by default (5 is accepted as the string "5", "true" and 1 as true); the
    schema promises clients, and the fuzzer checks, that a wrong type is a 400. Form bodies
    (QueryDicts, all strings) keep DRF's coercion."""

    def to_internal_value(self, data):
        from collections.abc import Mapping

        from django.http import QueryDict

        if isinstance(data, Mapping) and not isinstance(data, QueryDict):
            errors = {
                name: [problem]
                for name, field in self.fields.items()
                if not field.read_only
                and field.source != "*"
                and name in data
                and (problem := _json_type_error(field, data[name]))
            }
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)


class OptionalURLField(serializers.URLField):
    """A read-only URL that may be absent: null, never "" (the schema says format uri)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("read_only", True)
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def to_representation(self, value):
        return value or None


class CorrectionChangeSerializer(serializers.Serializer):
    field = serializers.CharField(help_text="The field that changed.")
    old = serializers.JSONField(allow_null=True, help_text="Its value before.")
    new = serializers.JSONField(allow_null=True, help_text="Its value after.")


class CorrectionSerializer(ModelSerializer):
    """A public correction nested in its record: when, at which version, why, what."""

    changes = CorrectionChangeSerializer(many=True, read_only=True)

    class Meta:
        model = Correction
        fields = ("id", "made_at", "version", "reason", "changes")
        read_only_fields = fields


class EmbedFieldsMixin:
    """Fields listed in `embed_fields` render only when the request asked for them
    (`?embed=`): the view puts the requested names in the context under "embed", and only
    then was their prefetch added. Without that key (schema generation) every field stays."""

    embed_fields: tuple[str, ...] = ()

    def get_fields(self):
        fields = super().get_fields()
        if "embed" in self.context:
            for name in set(self.embed_fields) - set(self.context["embed"]):
                fields.pop(name, None)
        return fields
