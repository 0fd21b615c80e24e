"""OpenAPI generation: problem+json error responses and the shaping parameters on every
resource operation, so that clients generated from the schema know all of them; security
requirements only where a token is needed."""

from drf_spectacular.contrib.django_filters import DjangoFilterExtension
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter
from rest_framework import permissions, serializers

from api import deprecation
from api.citations import BIBTEX_MEDIA_TYPE, CSL_MEDIA_TYPE, RIS_MEDIA_TYPE
from api.grouping import DEFAULT_GROUP_LIMIT, MAX_GROUP_LIMIT
from api.problems import PROBLEM_MEDIA_TYPE

# Counts and versions start at 1: the schema says so, and the views refuse 0 (and any
# non-ASCII digit) with a 400.
POSITIVE_INT = {"type": "integer", "minimum": 1}

# Citation exports are not the JSON shape: CSL-JSON items (an array) or BibTeX/RIS text.
CITATION_SCHEMAS = {
    CSL_MEDIA_TYPE: {
        "schema": {
            "type": "array",
            "items": {"type": "object", "additionalProperties": True},
            "description": "CSL-JSON items, each with its versioned permalink in `custom.permalink`.",
        }
    },
    BIBTEX_MEDIA_TYPE: {"schema": {"type": "string", "description": "BibTeX entries."}},
    RIS_MEDIA_TYPE: {"schema": {"type": "string", "description": "RIS records."}},
}


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
    "429": "Over a rate limit: wait for Retry-After seconds; see the RateLimit fields (problem+json).",
}

# Response headers, declared once under components/headers and referenced from every
# response (api/ratelimit.py, api/deprecation.py say how they are computed).
HEADER_COMPONENTS = {
    "RateLimit-Policy": {
        "description": "The rate-limit policies that apply (draft-ietf-httpapi-ratelimit-headers), e.g. "
        '`"anon";q=120;w=60`: `q` requests per `w` seconds. `anon` counts per client address, `token` per '
        "API token; some endpoints add their own (`resolve`). See /api/v1/usage/.",
        "schema": {"type": "string"},
    },
    "RateLimit": {
        "description": 'The client\'s state in each policy, e.g. `"anon";r=117;t=42`: `r` requests remaining, '
        "`t` seconds until the window restarts.",
        "schema": {"type": "string"},
    },
    "Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "integer"}},
    "Deprecation": {
        "description": "RFC 9745: when this endpoint, or a field in the response, was or will be deprecated "
        "(`@` and a Unix time). See docs/api-versioning-and-deprecation.md.",
        "schema": {"type": "string"},
    },
    "Sunset": {
        "description": "RFC 8594: the HTTP-date from which the deprecated part is no longer served.",
        "schema": {"type": "string"},
    },
    "Link": {
        "description": 'With Deprecation: `<notice-url>; rel="deprecation"`, the notice saying what replaces it.',
        "schema": {"type": "string"},
    },
}
RATE_LIMIT_HEADERS = ("RateLimit-Policy", "RateLimit")
DEPRECATION_HEADERS = ("Deprecation", "Sunset", "Link")


def _header_refs(names) -> dict:
    return {name: {"$ref": f"#/components/headers/{name}"} for name in names}


def add_header_components(result, generator, request, public):
    """POSTPROCESSING_HOOKS: the header components the responses refer to."""
    result.setdefault("components", {})["headers"] = HEADER_COMPONENTS
    return result


# Writes (api/writes.py) add these.
WRITE_ERROR_CODES = {
    "401": "Not authenticated: send `Authorization: Token <key>` (problem+json).",
    "403": "Your role, or a read-only token, does not allow this change (problem+json).",
    "409": "The change conflicts with existing data (problem+json).",
    "412": "If-Match names an older version; nothing was written (problem+json).",
    "428": "If-Match is required (problem+json).",
}


# A single strong entity tag (RFC 9110), as every detail response's ETag is.
IF_MATCH_PATTERN = r'^"[!#-~]{1,128}"$'
TOKEN_REQUIRED = [{"tokenAuth": []}]  # accounts/schema.py names the scheme
# GET endpoints that need a token even so (editors only).
TOKEN_READ_ACTIONS = {"history"}


def _token_only(view) -> bool:
    """Views whose every method needs a token (IsAuthenticated), reads included."""
    return any(type(p) is permissions.IsAuthenticated for p in view.get_permissions())


class ResourceAutoSchema(AutoSchema):
    def get_auth(self):
        """Public reads carry no security requirement (no padlock in Swagger or Redoc);
        writes, and the editors-only history, carry the token scheme. drf-spectacular's
        default lists every authenticator on every operation, as if reads needed a login."""
        super().get_auth()  # registers the security scheme components
        view = self.view
        if getattr(view, "action", None) in TOKEN_READ_ACTIONS or _token_only(view):
            return TOKEN_REQUIRED
        public = any(isinstance(p, permissions.AllowAny) for p in view.get_permissions())
        if self.method in permissions.SAFE_METHODS or public:
            return []
        return TOKEN_REQUIRED

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

    def is_deprecated(self) -> bool:
        action = getattr(self.view, "action", None) or self.method.lower()
        return f"{type(self.view).__name__}.{action}" in deprecation.RETIRED_ENDPOINTS

    def _get_response_headers_for_code(self, status_code, direction="response"):
        headers = super()._get_response_headers_for_code(status_code, direction)
        names = [*RATE_LIMIT_HEADERS]
        if str(status_code) in ("429", "503"):
            names.append("Retry-After")
        if self.is_deprecated():  # retired fields are marked in their components
            names += DEPRECATION_HEADERS
        return {**_header_refs(names), **headers}

    def _map_basic_serializer(self, serializer, direction):
        # `embed` fields appear only on request: documented, but not required.
        result = super()._map_basic_serializer(serializer, direction)
        for name, schema in result.get("properties", {}).items():
            if f"{type(serializer).__name__}.{name}" in deprecation.RETIRED_FIELDS:
                schema["deprecated"] = True
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
        content = bodies.get("200", {}).get("content", {})
        for media_type in CITATION_SCHEMAS.keys() & content.keys():
            content[media_type] = CITATION_SCHEMAS[media_type]
        if getattr(self.view, "action", None) == "export" and getattr(self.view, "citation_serializer_class", None):
            # Citable collections also export as CSL-JSON, BibTeX and RIS (`format=` or Accept).
            content.update(CITATION_SCHEMAS)
        codes = dict(ERROR_CODES)
        if self.method in ("POST", "PUT", "PATCH", "DELETE"):
            codes.update(
                {c: d for c, d in WRITE_ERROR_CODES.items() if self.method != "POST" or c not in ("412", "428")}
            )
        if _token_only(self.view):  # webhooks: a token holder's own records
            codes["401"] = WRITE_ERROR_CODES["401"]
        if getattr(self.view, "action", None) == "history":
            codes.update({c: WRITE_ERROR_CODES[c] for c in ("401", "403")})
            codes["403"] = "Only editors may read the history (problem+json)."
        for code, description in codes.items():
            if code == "404" and self._is_list_view() and self.view.action == "list":
                description = "Page out of range (problem+json)."
            if code not in bodies:
                body = self._get_response_for_code(ProblemSerializer, code, media_types=[PROBLEM_MEDIA_TYPE])
                body["description"] = description
                bodies[code] = body
        return bodies

    def _process_override_parameters(self, direction="request"):
        # If-Match is declared with the write actions (api/writes.py); its format is stated here.
        result = super()._process_override_parameters(direction)
        param = result.get(("If-Match", OpenApiParameter.HEADER))
        if param:
            param["schema"] = {**param["schema"], "pattern": IF_MATCH_PATTERN}
        return result

    def get_override_parameters(self):
        params = list(super().get_override_parameters())
        view = self.view
        if not getattr(view, "is_resource_view", False) or self.method != "GET":
            return params
        serializer_class = view.get_serializer_class()
        names = ", ".join(f"`{n}`" for n in serializer_class().fields) if serializer_class else ""
        # The HTML view (`api`) is for browsers, not a data format clients ask for.
        formats = [renderer.format for renderer in view.get_renderers() if renderer.format != "api"]
        params += [
            OpenApiParameter(
                "fields", OpenApiTypes.STR, description=f"Comma-separated top-level fields to return. One of {names}."
            ),
            OpenApiParameter("omit", OpenApiTypes.STR, description="Comma-separated top-level fields to leave out."),
            OpenApiParameter("format", OpenApiTypes.STR, enum=formats, description="Response format."),
        ]
        if getattr(view, "as_of", None) is not None and getattr(view, "action", None) in ("list", "retrieve"):
            params.append(
                OpenApiParameter(
                    "as_of",
                    OpenApiTypes.DATETIME,
                    description="Read the published state at this past instant (ISO 8601), from the history "
                    "tables; immutable. Takes only paging and format (json, csv). See docs/as-of.md.",
                )
            )
        if getattr(view, "as_of", None) is not None and getattr(view, "action", None) == "retrieve":
            params.append(
                OpenApiParameter(
                    "version",
                    POSITIVE_INT,
                    description="The record as published at this version (the permalink of citation exports).",
                )
            )
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
            POSITIVE_INT,
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


class DerivedFieldExtension(OpenApiSerializerFieldExtension):
    """A DerivedField (api.serializers) is typed as the field it declares as its output;
    read-only and help_text are added by drf-spectacular as for any field."""

    target_class = "api.serializers.DerivedField"

    def map_serializer_field(self, auto_schema, direction):
        return auto_schema._map_serializer_field(self.target.output, direction)
