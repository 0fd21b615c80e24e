"""OpenAPI generation: problem+json error responses and the shaping parameters on every
resource operation, so that clients generated from the schema know all of them."""

from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import serializers

from api.grouping import DEFAULT_GROUP_LIMIT, MAX_GROUP_LIMIT
from api.problems import PROBLEM_MEDIA_TYPE


class ProblemSerializer(serializers.Serializer):
    """RFC 9457 problem details."""

    type = serializers.CharField(help_text="URI identifying the problem type; `about:blank` for plain HTTP errors.")
    title = serializers.CharField(help_text="Short summary of the problem type (the HTTP reason phrase).")
    status = serializers.IntegerField(help_text="HTTP status code.")
    detail = serializers.CharField(help_text="What went wrong with this request.")
    instance = serializers.CharField(required=False, help_text="The request path and query string.")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text="Per-parameter messages (invalid-parameter problems).",
    )
    unknown = serializers.ListField(
        child=serializers.CharField(), required=False, help_text="Unknown query parameters (unknown-parameter)."
    )
    allowed = serializers.ListField(
        child=serializers.CharField(), required=False, help_text="Parameters this endpoint accepts."
    )
    suggestions = serializers.DictField(
        child=serializers.CharField(), required=False, help_text='"Did you mean": unknown name -> closest allowed one.'
    )


# UUID-addressed details (articles, citations, mentions): documented as UUIDs.
UUID_PATH = OpenApiParameter("id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="The record's UUID.")

ERROR_CODES = {
    "400": "Unknown query parameter or invalid value (problem+json).",
    "404": "No such record or resource (problem+json).",
    "405": "Method not allowed (problem+json).",
}


# Writes (api/writes.py) add these.
WRITE_ERROR_CODES = {
    "401": "Not authenticated: send `Authorization: Token <key>` (problem+json).",
    "403": "Your role, or a read-only token, does not allow this change (problem+json).",
    "409": "The change conflicts with existing data (problem+json).",
    "412": "If-Match names an older version; nothing was written (problem+json).",
    "428": "If-Match is required (problem+json).",
}


class ResourceAutoSchema(AutoSchema):
    def get_response_serializers(self):
        # Writes take the strict input shape but answer with the resource's detail shape.
        view = self.view
        if getattr(view, "write_serializer_class", None) and getattr(view, "action", None) in (
            "create",
            "update",
            "partial_update",
        ):
            return view.serializer_class
        return super().get_response_serializers()

    def _map_basic_serializer(self, serializer, direction):
        # `embed` fields appear only on request: documented, but not required.
        result = super()._map_basic_serializer(serializer, direction)
        optional = set(getattr(serializer, "embed_fields", ()))
        if optional and "required" in result:
            result["required"] = [name for name in result["required"] if name not in optional]
            if not result["required"]:
                del result["required"]
        return result

    def _get_response_bodies(self, direction="response"):
        bodies = super()._get_response_bodies(direction)
        if direction != "response":
            return bodies
        codes = dict(ERROR_CODES)
        if self.method in ("POST", "PUT", "PATCH", "DELETE"):
            codes.update(
                {c: d for c, d in WRITE_ERROR_CODES.items() if self.method != "POST" or c not in ("412", "428")}
            )
        for code, description in codes.items():
            if code == "404" and self._is_list_view() and self.view.action == "list":
                description = "Page out of range (problem+json)."
            if code not in bodies:
                body = self._get_response_for_code(ProblemSerializer, code, media_types=[PROBLEM_MEDIA_TYPE])
                body["description"] = description
                bodies[code] = body
        return bodies

    def get_override_parameters(self):
        params = list(super().get_override_parameters())
        view = self.view
        if not getattr(view, "is_resource_view", False) or self.method != "GET":
            return params
        serializer_class = view.get_serializer_class()
        names = ", ".join(f"`{n}`" for n in serializer_class().fields) if serializer_class else ""
        formats = [renderer.format for renderer in (view.renderer_classes or [])]
        params += [
            OpenApiParameter(
                "fields", OpenApiTypes.STR, description=f"Comma-separated top-level fields to return. One of {names}."
            ),
            OpenApiParameter("omit", OpenApiTypes.STR, description="Comma-separated top-level fields to leave out."),
            OpenApiParameter("format", OpenApiTypes.STR, enum=formats, description="Response format."),
        ]
        if view.embeds:
            params.append(
                OpenApiParameter(
                    "embed",
                    OpenApiTypes.STR,
                    enum=list(view.embeds),
                    many=True,
                    explode=True,
                    description="Add these related records to each item (repeat for several); "
                    "the embedded field is absent otherwise.",
                )
            )
        if view.action == "list" and view.group_by_fields:
            params += group_parameters(view.group_by_fields)
        return params


def group_parameters(fields: dict) -> list[OpenApiParameter]:
    allowed = "; ".join(f"`{name}`" + (f" ({spec.help})" if spec.help else "") for name, spec in fields.items())
    return [
        OpenApiParameter(
            "group_by",
            OpenApiTypes.STR,
            description="Count the filtered collection per value of one field, or of two comma-separated "
            "fields for a cross-tab (`group_by=expert,actor`); the answer carries `groups` (key, display name, "
            f"count) and no `results`. Not combinable with paging or `ordering`. Allowed: {allowed}.",
        ),
        OpenApiParameter(
            "group_limit",
            OpenApiTypes.INT,
            description=f"With `group_by`: the largest groups to return, 1–{MAX_GROUP_LIMIT} "
            f"(default {DEFAULT_GROUP_LIMIT}).",
        ),
    ]


class ResourceFilterExtension(DjangoFilterExtension):
    """drf-spectacular's django-filter support, keeping `help_text` on filters whose type is
    declared with @extend_schema_field (it drops their descriptions otherwise)."""

    priority = 1

    def resolve_filter_field(self, auto_schema, model, filterset_class, field_name, filter_field):
        params = super().resolve_filter_field(auto_schema, model, filterset_class, field_name, filter_field)
        help_text = filter_field.extra.get("help_text")
        for param in params:
            if help_text and not param.get("description"):
                param["description"] = help_text
        return params
