"""The base of every v1 resource: read-only list/retrieve/export, declared per resource.

Writes are added elsewhere by mixing DRF's Create/Update/Destroy mixins into the
resource viewsets; nothing here assumes reads only except `export`.
"""

import gc
import hashlib
from collections.abc import Callable, Iterator

import orjson
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import router, transaction
from django.db.models import QuerySet
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response, patch_vary_headers
from django_filters import MultipleChoiceFilter
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, mixins, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from api import deprecation
from api.as_of import AS_OF, IMMUTABLE, VERSION, AsOfReadMixin
from api.browsable import ReadOnlyBrowsableAPIRenderer
from api.citations import CITATION_FORMATS, CITATION_RENDERERS, STREAMS
from api.conditional import last_modified_header, list_etag, object_validators, record_validators, rows_last_modified
from api.deprecation import retire_fields
from api.detail_rows import DetailPlan, detail_plan
from api.filters import ResourceFilterBackend, ResourceOrderingFilter
from api.grouping import DEFAULT_GROUP_LIMIT, MAX_GROUP_LIMIT, GroupField, grouped, parse_group_by
from api.pagination import ResourcePagination
from api.plain import refuse_unrouted_method
from api.problems import UnknownParameters
from api.renderers import CSVRenderer, NDJSONRenderer, ORJSONRenderer, csv_lines, dumps, serializer_columns
from api.rows import NotCompilable, compile_rows
from api.visibility import published_only_for
from core import changes

SHAPING_PARAMS = ("fields", "omit", "format")
PAGING_PARAMS = ("page", "page_size", "cursor")
GROUP_PARAMS = ("group_by", "group_limit")
EXPORT_CHUNK_SIZE = 500  # model rows per database round trip (and per prefetch batch) in exports
EXPORT_VALUES_CHUNK_SIZE = 2_000  # compiled rows (api/rows.py) per FETCH
EXPORT_GC_EVERY = 40  # chunks between full collections on the model-instance path
EXPORT_WRITE_BYTES = 64 * 1024
ANONYMOUS_MAX_AGE = 60
_LAST_MODIFIED = "pactum:list-lm:"
LAST_MODIFIED_TTL = 24 * 3600
EXPORT_EXTENSIONS = {"bibtex": "bib", "csl": "json"}


def _instances(queryset: QuerySet) -> Iterator:
    """Model instances in database chunks (each chunk with its own prefetch queries), for
    summaries that api/rows.py cannot compile. Prefetched reverse relations point back at
    their parent, so finished chunks are reference cycles; a full collection every
    `EXPORT_GC_EVERY` chunks keeps memory flat (one per chunk cost a third of the export's
    time: docs/performance.md section 5)."""
    for position, obj in enumerate(queryset.iterator(chunk_size=EXPORT_CHUNK_SIZE), start=1):
        yield obj
        if position % (EXPORT_CHUNK_SIZE * EXPORT_GC_EVERY) == 0:
            gc.collect()


def _in_transaction(queryset: QuerySet, rows: Iterator) -> Iterator:
    """Run the export's server-side cursor inside a transaction. In autocommit Django declares
    it WITH HOLD, and PostgreSQL materialises a holdable cursor's whole result before the
    first FETCH (14.7 s at 200k); inside a transaction the cursor streams from a fast-start
    plan. The transaction only reads; a client that disconnects closes the generator and
    rolls it back."""
    with transaction.atomic(using=queryset.db):
        yield from rows


def trailer(rows: int) -> bytes:
    """The last NDJSON line: a complete export ends with it, so a cut one is recognisable."""
    return dumps({"_trailer": {"rows": rows, "complete": True}}) + b"\n"


def ndjson_lines(rows: Iterator[dict]) -> Iterator[bytes]:
    """One line per row, batched into ~64 kB writes, then the trailer."""
    count, batch, size = 0, [], 0
    for row in rows:
        line = dumps(row) + b"\n"
        batch.append(line)
        size += len(line)
        count += 1
        if size >= EXPORT_WRITE_BYTES:
            yield b"".join(batch)
            batch, size = [], 0
    batch.append(trailer(count))
    yield b"".join(batch)


class ResourceViewSet(AsOfReadMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Declarative base: set the selectors, serializers, filterset and ordering whitelist."""

    list_selector: Callable[..., QuerySet]
    detail_selector: Callable[..., QuerySet]
    summary_serializer_class = None
    lookup_field = "slug"
    filter_backends = [ResourceFilterBackend, ResourceOrderingFilter]
    pagination_class = ResourcePagination
    # JSON first (the default for clients that send no Accept), then CSV, then the HTML view.
    renderer_classes = [ORJSONRenderer, CSVRenderer, ReadOnlyBrowsableAPIRenderer]
    ordering_fields: tuple[str, ...] = ()
    group_by_fields: dict[str, GroupField] = {}
    # `?embed=<name>`: name -> selector adding the prefetch the serializer's embed field reads
    embeds: dict[str, Callable[..., QuerySet]] = {}
    is_resource_view = True
    # Citable resources declare a CSL item shape and the selector that joins what it reads
    # (api/citations.py); they then answer ?format=csl|bibtex|ris and the matching Accept.
    citation_serializer_class = None
    citation_selector: Callable[..., QuerySet] | None = None
    # Render plain JSON details from compiled rows (api/detail_rows.py). Opt in per resource,
    # with a test that compares its bytes and validators with the serializer's.
    compiled_detail = False

    # --- reads, visibility and shapes -------------------------------------------------
    @property
    def published_only(self) -> bool:
        return published_only_for(request=self.request)

    @property
    def citing(self) -> bool:
        renderer = getattr(self.request, "accepted_renderer", None)
        return self.citation_serializer_class is not None and getattr(renderer, "format", None) in CITATION_FORMATS

    def get_renderers(self):
        renderers = super().get_renderers()
        if self.citation_serializer_class is not None and self.action in ("list", "retrieve", "export"):
            renderers += [renderer() for renderer in CITATION_RENDERERS]
        return renderers

    def get_queryset(self):
        selector = type(self).list_selector if self.action in ("list", "export") else type(self).detail_selector
        if self.citing and type(self).citation_selector is not None:
            selector = type(self).citation_selector
        queryset = selector(published_only=self.published_only)
        for name in self.requested_embeds():
            queryset = self.embeds[name](queryset, published_only=self.published_only)
        return queryset

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if not getattr(self, "swagger_fake_view", False):  # the schema documents every field
            context["embed"] = self.requested_embeds()
        return context

    def requested_embeds(self) -> list[str]:
        if self.request is None or self.request.method not in ("GET", "HEAD"):
            return []
        names = [n.strip() for value in self.request.query_params.getlist("embed") for n in value.split(",")]
        if "" in names:  # the schema's enum has no empty name; silently ignoring it hid typos
            allowed = ", ".join(self.embeds) or "none"
            raise exceptions.ValidationError({"embed": [f"An embed name may not be empty. Allowed: {allowed}."]})
        # Each embed once, however often it is named: a second identical prefetch is a
        # ValueError in Django (found by the nightly fuzzer: embed=claims&embed=claims).
        names = list(dict.fromkeys(names))
        unknown = [n for n in names if n not in self.embeds]
        if unknown:
            allowed = ", ".join(self.embeds) or "none"
            raise exceptions.ValidationError({"embed": [f"Unknown embed {', '.join(unknown)}. Allowed: {allowed}."]})
        return names

    def get_serializer_class(self):
        if self.citing:
            return self.citation_serializer_class
        if self.action in ("list", "export"):
            return self.summary_serializer_class
        return self.serializer_class

    def get_object(self):
        # Detail lookups skip the list filters; a malformed identifier is a 404, not a 500.
        lookup = self.lookup_url_kwarg or self.lookup_field
        try:
            obj = get_object_or_404(self.get_queryset(), **{self.lookup_field: self.kwargs[lookup]})
        except (ValueError, DjangoValidationError) as exc:
            raise Http404 from exc
        self.check_object_permissions(self.request, obj)
        return obj

    # --- strict query parameters --------------------------------------------------------
    def allowed_query_params(self) -> dict[str, bool]:
        """Parameter name -> whether it may repeat."""
        if self.request.method not in ("GET", "HEAD"):
            # A write takes its input from the body; the schema declares only `format` (of
            # the response) in its query string.
            return {"format": False}
        allowed = dict.fromkeys(SHAPING_PARAMS, False)
        if self.embeds:
            allowed["embed"] = True
        if self.action in ("list", "export") and self.filterset_class is not None:
            for name, filter_ in self.filterset_class.base_filters.items():
                allowed[name] = isinstance(filter_, MultipleChoiceFilter)
            allowed["ordering"] = False
        if self.action == "list":
            allowed.update(dict.fromkeys(PAGING_PARAMS, False))
            if self.group_by_fields:
                allowed.update(dict.fromkeys(GROUP_PARAMS, False))
        if self.as_of is not None and self.action in ("list", "retrieve"):
            allowed[AS_OF] = False
        if self.as_of is not None and self.action == "retrieve":
            allowed[VERSION] = False
        return allowed

    def check_query_params(self, request) -> None:
        allowed = self.allowed_query_params()
        params = request.query_params
        self.check_as_of_params(params)
        unknown = [name for name in params if name not in allowed]
        if unknown:
            raise UnknownParameters(unknown=unknown, allowed=list(allowed))
        repeated = {
            name: ["This parameter does not repeat."]
            for name in params
            if not allowed[name] and len(params.getlist(name)) > 1
        }
        if repeated:
            raise exceptions.ValidationError(repeated)
        formats = [renderer.format for renderer in self.get_renderers()]
        if "format" in params and params["format"] not in formats:
            raise exceptions.ValidationError({"format": [f"Unsupported format. Allowed: {', '.join(formats)}."]})
        if params.get("format") in CITATION_FORMATS and (params.get("fields") or params.get("omit")):
            raise exceptions.ValidationError({"format": ["Citation formats have a fixed shape: drop fields/omit."]})
        self.shaping_fields()  # validates fields/omit before any query runs
        self.requested_embeds()

    def initial(self, request, *args, **kwargs):
        # NUL and other control characters never get here: api.edge refuses them in the
        # path, query and headers, api.parsers in bodies.
        refuse_unrouted_method(self, request)
        if request.method != "OPTIONS":
            # Writes too: an unknown parameter or an empty `format` on a POST was accepted
            # (found by the nightly fuzzer: POST /provision-types/?format= was a 201).
            self.check_query_params(request)
        super().initial(request, *args, **kwargs)

    # --- ?fields= and ?omit= ------------------------------------------------------------
    def shaping_fields(self) -> list[str] | None:
        """The top-level fields to render, or None for all of them."""
        params = self.request.query_params
        if not params.get("fields") and not params.get("omit"):
            return None
        serializer_class = self.get_serializer_class()
        available = list(serializer_class().fields) if serializer_class else []
        chosen = available
        errors = {}
        for param in ("fields", "omit"):
            names = [n.strip() for n in params.get(param, "").split(",") if n.strip()]
            bad = [n for n in names if n not in available]
            if bad:
                errors[param] = [f"Unknown field {', '.join(bad)}. Allowed: {', '.join(available)}."]
            elif names and param == "fields":
                chosen = [n for n in available if n in names]
            elif names:
                chosen = [n for n in chosen if n not in names]
        if errors:
            raise exceptions.ValidationError(errors)
        return chosen

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        reading = self.request.method in ("GET", "HEAD")
        keep = self.shaping_fields() if reading else None
        target = getattr(serializer, "child", serializer)
        # embed fields render only when asked for: their prefetch runs only then (the schema,
        # generated from a fake view, documents them all)
        dropped = set()
        if not getattr(self, "swagger_fake_view", False):
            dropped = set(getattr(target, "embed_fields", ())) - set(self.requested_embeds() if reading else ())
        for name in list(target.fields):
            if name in dropped or (keep is not None and name not in keep):
                target.fields.pop(name)
        retire_fields(serializer, self.request)
        return serializer

    # --- conditional GET and cache headers ------------------------------------------
    def validator_scope(self) -> str:
        params = sorted((k, tuple(v)) for k, v in self.request.query_params.lists())
        renderer = getattr(self.request, "accepted_renderer", None)
        fmt = renderer.format if renderer else ""
        return f"{self.request.path}|{params}|{self.published_only}|{fmt}"

    def conditional(self, etag: str, last_modified) -> Response | None:
        stamp = int(last_modified.timestamp()) if last_modified else None
        response = get_conditional_response(self.request, etag=etag, last_modified=stamp)
        if response is not None:
            self.set_validators(response, etag, last_modified)
        return response

    @staticmethod
    def set_validators(response, etag: str, last_modified) -> None:
        response["ETag"] = etag
        if last_modified is not None:
            response["Last-Modified"] = last_modified_header(last_modified)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code in (200, 304):
            if self.as_of_requested() and self.action in ("list", "retrieve"):
                response["Cache-Control"] = IMMUTABLE  # the published state of a past instant
            elif not request.user.is_authenticated:
                response["Cache-Control"] = f"public, max-age={ANONYMOUS_MAX_AGE}"
            else:
                response["Cache-Control"] = "private, no-cache"
            patch_vary_headers(response, ("Accept", "Authorization", "Cookie"))
        return response

    # --- group_by -------------------------------------------------------------------
    def group_request(self) -> tuple[list[str], int] | None:
        params = self.request.query_params
        if "group_by" not in params:
            if "group_limit" in params:
                raise exceptions.ValidationError({"group_limit": ["Only with `group_by`."]})
            return None
        errors = {}
        try:
            names = parse_group_by(params["group_by"], self.group_by_fields)
        except ValueError as exc:
            errors["group_by"] = [str(exc)]
        raw = params.get("group_limit", str(DEFAULT_GROUP_LIMIT))
        limit = int(raw) if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= MAX_GROUP_LIMIT else None
        if limit is None:
            errors["group_limit"] = [f"Must be an integer from 1 to {MAX_GROUP_LIMIT}."]
        for param in PAGING_PARAMS + ("ordering",):
            if param in params:
                errors[param] = ["Not combinable with `group_by` (groups are ordered by count)."]
        if errors:
            raise exceptions.ValidationError(errors)
        return names, limit

    def group_list(self, names: list[str], limit: int) -> Response:
        # Counts change only when content does: the change counter validates them, as it
        # does pages (a matching If-None-Match runs no aggregate).
        validator = changes.current()
        etag = list_etag(scope=f"{self.validator_scope()}|group", validator=validator)
        if self.request.headers.get("If-None-Match") and (not_modified := self.conditional(etag, None)) is not None:
            return not_modified
        key = self.public_cache_key("group", validator)
        if key and (cached := cache.get(key)) is not None:
            return self.cached_response(*cached)
        queryset = self.filter_queryset(self.get_queryset())
        groups = grouped(
            queryset, names=names, allowed=self.group_by_fields, published_only=self.published_only, limit=limit
        )
        body = {"count": queryset.count(), "next": None, "previous": None, "results": [], "group_by": names}
        body["groups"] = groups
        if key:
            self.cache_public(key, etag, None, body)
        response = Response(body)
        self.set_validators(response, etag, None)
        return response

    # --- actions --------------------------------------------------------------------
    def list(self, request, *args, **kwargs):
        if self.as_of_requested():
            return self.as_of_list(request)
        if (group := self.group_request()) is not None:
            return self.group_list(*group)
        # The ETag is the request's scope and the corpus change counter (core.changes): a
        # matching If-None-Match costs that one lookup and no page query. Last-Modified
        # comes from the rows of the 200 and is remembered for the 304s of the same tag.
        validator = changes.current()
        etag = list_etag(scope=self.validator_scope(), validator=validator)
        key = self.public_cache_key("list", validator)
        if key and (cached := cache.get(key)) is not None:
            return self.cached_response(*cached)
        asks = request.headers.get("If-None-Match") or request.headers.get("If-Modified-Since")
        if asks and (not_modified := self.conditional(etag, cache.get(_LAST_MODIFIED + etag))) is not None:
            return not_modified
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        last_modified = rows_last_modified(rows=page)
        cache.set(_LAST_MODIFIED + etag, last_modified, LAST_MODIFIED_TTL)
        response = self.get_paginated_response(self.get_serializer(page, many=True).data)
        if key:
            self.cache_public(key, etag, last_modified, response.data)
        self.set_validators(response, etag, last_modified)
        return response

    def retrieve(self, request, *args, **kwargs):
        if self.as_of_requested():
            return self.as_of_retrieve(request)
        key = self.public_cache_key("detail")
        if key and (cached := cache.get(key)) is not None:
            return self.cached_response(*cached)
        if (plan := detail_plan(self)) is not None:
            return self.compiled_retrieve(plan, key)
        instance = self.get_object()
        etag, last_modified = object_validators(obj=instance, scope=self.validator_scope())
        if (not_modified := self.conditional(etag, last_modified)) is not None:
            return not_modified
        data = self.get_serializer(instance).data
        if key:
            self.cache_public(key, etag, last_modified, data)
        response = Response(data)
        self.set_validators(response, etag, last_modified)
        return response

    def compiled_retrieve(self, plan: DetailPlan, key: str | None) -> Response:
        """The same detail, validators and 304 from compiled rows (api/detail_rows.py): the
        record's round trips without model instances or serializer calls."""
        using = router.db_for_read(plan.model)
        try:
            data, rows = plan.render(self.kwargs[self.lookup_url_kwarg or self.lookup_field], using=using)
        except (ValueError, DjangoValidationError) as exc:
            raise Http404 from exc
        if data is None:
            raise Http404
        version = rows[0][2] if rows[0][2] is not None else 0
        etag, last_modified = record_validators(rows=rows, scope=self.validator_scope(), version=version)
        if (not_modified := self.conditional(etag, last_modified)) is not None:
            return not_modified
        if key:
            self.cache_public(key, etag, last_modified, data)
        response = Response(data)
        self.set_validators(response, etag, last_modified)
        return response

    def public_cache_key(self, kind: str, validator: str | None = None) -> str | None:
        """The public response cache (decision 0025, docs/performance.md). What a reader without
        editorial rights gets (pages, group counts, details) is kept under the request's scope
        and the change counter (core.changes), so any content write retires every entry at
        once and a hit is never stale: it costs the counter read and one cache read instead
        of the page, count and prefetch queries and the serializers. Editors, who see drafts,
        are never served from it; nor is anyone while a retired field is still served (its
        notice is written while the serializer is built). Off when
        PUBLIC_RESPONSE_CACHE_SECONDS is 0."""
        if not self.published_only or deprecation.RETIRED_FIELDS or not settings.PUBLIC_RESPONSE_CACHE_SECONDS:
            return None
        origin = self.request.build_absolute_uri("/")
        # Hashed: the scope holds the path and query as sent (spaces, quotes, any length),
        # which no cache backend should get as a key.
        scope = hashlib.blake2b(f"{origin}|{self.validator_scope()}".encode(), digest_size=16).hexdigest()
        # The entry's layout is part of the key ("v2": JSON bytes): a deploy that changes it
        # never reads an entry written by the code before it.
        return f"pactum:public:v2:{kind}:{scope}:{validator or changes.current()}"

    @staticmethod
    def cache_public(key: str, etag: str, last_modified, data) -> None:
        # Stored as JSON bytes: serializer output carries model instances (every URL is a
        # Hyperlink holding its record, prefetches and all), and unpickling those cost more
        # than the page it saved (6 ms of a 7 ms hit on a 50-row page).
        cache.set(key, (etag, last_modified, dumps(data)), settings.PUBLIC_RESPONSE_CACHE_SECONDS)

    def cached_response(self, etag: str, last_modified, blob: bytes) -> HttpResponse:
        if (not_modified := self.conditional(etag, last_modified)) is not None:
            return not_modified
        if isinstance(self.request.accepted_renderer, ORJSONRenderer):
            # The stored bytes are what ORJSONRenderer would write: no parse, no render.
            response = HttpResponse(blob, content_type=ORJSONRenderer.media_type)
        else:
            response = Response(orjson.loads(blob))
        self.set_validators(response, etag, last_modified)
        return response

    @extend_schema(
        summary="Export the whole filtered collection",
        description="Streams every matching record (summary shape) as NDJSON, one JSON object per "
        "line, or as CSV with `format=csv`; citable resources also as `format=bibtex`, `ris` or `csl` "
        "(CSL-JSON). Takes the list's filters and `ordering`; no paging. "
        "A complete NDJSON export ends with one trailer line, "
        '`{"_trailer": {"rows": <records>, "complete": true}}`: a file without it was cut short '
        "(a dropped connection or a killed worker) and must not be taken as the whole collection.",
        filters=True,
        responses={
            (200, "application/x-ndjson"): OpenApiResponse(
                OpenApiTypes.STR, description="One record per line, then the `_trailer` line with the row count."
            ),
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="Flattened CSV with a header row."),
        },
    )
    @action(detail=False, methods=["get"], url_path="export", renderer_classes=[NDJSONRenderer, CSVRenderer])
    def export(self, request, *args, **kwargs):
        queryset = self.filter_queryset(self.get_queryset())
        serializer = self.get_serializer()
        try:
            if self.citing:  # CSL items are built from instances (api/citations.py)
                raise NotCompilable("citation shape")
            # Plain values and orjson: no model instance, no serializer call per row.
            plan = compile_rows(serializer, queryset, request)
            rows = plan.rows(queryset, chunk_size=EXPORT_VALUES_CHUNK_SIZE)
        except NotCompilable:
            rows = (serializer.to_representation(obj) for obj in _instances(queryset))
        rows = _in_transaction(queryset, rows)
        fmt = request.accepted_renderer.format
        if fmt in STREAMS:
            stream, content_type = STREAMS[fmt]
            body = stream(rows)
        elif fmt == "csv":
            lines = csv_lines(rows, columns=serializer_columns(serializer))
            body, content_type = (line.encode() for line in lines), "text/csv; charset=utf-8"
        else:
            body, content_type = ndjson_lines(rows), "application/x-ndjson"
        response = StreamingHttpResponse(body, content_type=content_type)
        extension = EXPORT_EXTENSIONS.get(fmt, fmt)
        response["Content-Disposition"] = f'attachment; filename="{self.basename}.{extension}"'
        return response
