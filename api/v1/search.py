"""GET /api/v1/search/: typed, ranked, highlighted hits across the main record types.

Anonymous readers see published records only (drafts never reach hits, snippets or
counts); staff and editors also see drafts, decided by api.visibility like every
other endpoint. Bad input is a 400 problem document (RFC 9457), never a 500.
"""

from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_vary_headers
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    PolymorphicProxySerializer,
    extend_schema,
    extend_schema_field,
)
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from api.params import AsciiIntegerField
from api.plain import refuse_unrouted_method
from api.problems import PROBLEM_MEDIA_TYPE, UnknownParameters
from api.schema import ProblemSerializer
from api.v1 import summaries
from api.visibility import published_only_for
from commentary.selectors import prefetch_takeaway_summaries
from search import search_all
from search.query import MAX_QUERY_CHARS, parse_query
from search.types import SEARCH_TYPES, SearchHit
from treaties.selectors import prefetch_article_summaries

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_OFFSET = 10_000
ALLOWED_PARAMS = ("q", "type", "limit", "offset", "format")
ANONYMOUS_MAX_AGE = 60  # as the resource endpoints (api/viewsets.py)

# type -> (URL name of the detail route, URL kwarg, attribute that fills it).
DETAIL_ROUTES: dict[str, tuple[str, str, str]] = {
    "treaty": ("v1:treaty-detail", "slug", "slug"),
    "article": ("v1:article-detail", "pk", "pk"),
    "takeaway": ("v1:takeaway-detail", "slug", "slug"),
    "expert": ("v1:expert-detail", "slug", "slug"),
    "actor": ("v1:actor-detail", "slug", "slug"),
}


class SearchParamsSerializer(serializers.Serializer):
    """Validates the query string; repeated `type` values mean OR."""

    q = serializers.CharField(max_length=MAX_QUERY_CHARS, trim_whitespace=True, allow_blank=True)
    type = serializers.MultipleChoiceField(
        choices=SEARCH_TYPES,
        required=False,
        error_messages={"invalid_choice": f'"{{input}}" is not a search type; allowed: {", ".join(SEARCH_TYPES)}.'},
    )
    limit = AsciiIntegerField(min_value=1, max_value=MAX_LIMIT, default=DEFAULT_LIMIT)
    offset = AsciiIntegerField(min_value=0, max_value=MAX_OFFSET, default=0)

    def validate_q(self, value: str) -> str:
        if parse_query(value) is None:
            raise serializers.ValidationError(
                "q must contain a word (letters or digits; stop words such as 'the' are ignored)."
            )
        return value


# type -> the summary shape the resource's own list uses (authors, publication, dates...).
SUMMARIES = {
    "treaty": summaries.TreatySummarySerializer,
    "article": summaries.ArticleSummarySerializer,
    "takeaway": summaries.TakeawaySummarySerializer,
    "expert": summaries.ExpertSummarySerializer,
    "actor": summaries.ActorSummarySerializer,
}


def prefetch_hit_summaries(hits: list[SearchHit], *, published_only: bool) -> None:
    """What the summaries render, for the whole page: at most three queries."""
    by_type: dict[str, list] = {}
    for hit in hits:
        by_type.setdefault(hit.type, []).append(hit.obj)
    if "takeaway" in by_type:
        prefetch_takeaway_summaries(by_type["takeaway"], published_only=published_only)
    if "article" in by_type:
        prefetch_article_summaries(by_type["article"])


class SearchHitSerializer(serializers.Serializer):
    """One hit. Reads only the SearchHit and its already-fetched object (no queries)."""

    type = serializers.ChoiceField(choices=SEARCH_TYPES, help_text="Record type.")
    id = serializers.UUIDField(source="obj.pk", help_text="UUID of the record.")
    slug = serializers.SerializerMethodField(help_text="Slug of the record, where it has one.")
    title = serializers.SerializerMethodField(help_text="Display title: title, heading or name.")
    url = serializers.SerializerMethodField(help_text="Absolute URL of the record's detail endpoint.")
    snippet = serializers.CharField(help_text="HTML-escaped excerpt; matched words are wrapped in <mark>.")
    rank = serializers.FloatField(help_text="Relevance, higher is better; comparable within one response.")
    record = serializers.SerializerMethodField(
        help_text="The record in its list's summary shape (a takeaway with its authors and publication)."
    )

    @extend_schema_field(
        PolymorphicProxySerializer(
            component_name="SearchHitRecord",
            serializers=list(SUMMARIES.values()),
            resource_type_field_name=None,
        )
    )
    def get_record(self, hit: SearchHit) -> dict:
        rendered = self.context.get("records", {}).get((hit.type, hit.obj.pk))
        if rendered is not None:
            return rendered
        return SUMMARIES[hit.type](hit.obj, context=self.context).data

    def get_slug(self, hit: SearchHit) -> str | None:
        return getattr(hit.obj, "slug", None)

    def get_title(self, hit: SearchHit) -> str:
        obj = hit.obj
        if hit.type == "article":
            # article.treaty is fetched with the hit (search_all select_related).
            label = f"{obj.treaty} Art. {obj.number}"
            return f"{label}: {obj.heading}" if obj.heading else label
        return getattr(obj, "title", None) or getattr(obj, "heading", None) or getattr(obj, "name", "")

    def get_url(self, hit: SearchHit) -> str | None:
        name, kwarg, attr = DETAIL_ROUTES[hit.type]
        try:
            path = reverse(name, kwargs={kwarg: getattr(hit.obj, attr)})
        except NoReverseMatch:
            return None
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class SearchResponseSerializer(serializers.Serializer):
    """A page of hits with per-type counts (visible records only) and offset paging links."""

    q = serializers.CharField(help_text="The query as received.")
    count = serializers.IntegerField(help_text="Total matches over the requested types.")
    count_exact = serializers.BooleanField(
        help_text="False when a type matched more records than the ranked candidates (2,000 per type, "
        "PostgreSQL): its count, and so `count`, is then the database's estimate."
    )
    counts = serializers.DictField(
        child=serializers.IntegerField(), help_text="Matches per requested type, e.g. {'treaty': 2, 'article': 5}."
    )
    limit = serializers.IntegerField()
    offset = serializers.IntegerField()
    next = serializers.URLField(allow_null=True, help_text="Next page, or null.")
    previous = serializers.URLField(allow_null=True, help_text="Previous page, or null.")
    results = SearchHitSerializer(many=True)


def render_records(hits: list[SearchHit], context: dict) -> dict:
    """Each hit's record in its summary shape, rendered per type with one `many=True`
    serializer: built per hit, the summary serializers' fields were constructed twenty
    times a page (a third of the response time at 200k takeaways)."""
    by_type: dict[str, list] = {}
    for hit in hits:
        by_type.setdefault(hit.type, []).append(hit.obj)
    records = {}
    for kind, objects in by_type.items():
        for obj, data in zip(objects, SUMMARIES[kind](objects, many=True, context=context).data, strict=True):
            records[(kind, obj.pk)] = data
    return records


def _page_url(request, offset: int | None) -> str | None:
    if offset is None:
        return None
    params = request.query_params.copy()
    params["offset"] = str(offset)
    return request.build_absolute_uri(request.path) + "?" + params.urlencode()


class SearchView(APIView):
    """Full-text search across treaties, articles, takeaways, experts and actors."""

    def initial(self, request, *args, **kwargs):
        refuse_unrouted_method(self, request)
        super().initial(request, *args, **kwargs)

    @extend_schema(
        operation_id="search",
        summary="Search treaties, articles, takeaways, experts and actors",
        description=(
            "Websearch-style full text: bare words must all match (stemmed, so `treaties` finds "
            '"treaty"); `"double quotes"` match a phrase; `-word` excludes; `or` between two terms '
            "makes an alternative. Titles, headings and names weigh more than bodies. Anonymous "
            "readers search published records only (editors also see drafts). Unknown parameters are rejected."
        ),
        parameters=[
            OpenApiParameter("q", OpenApiTypes.STR, required=True, description="The query (at most 1000 characters)."),
            OpenApiParameter(
                "type",
                OpenApiTypes.STR,
                enum=list(SEARCH_TYPES),
                many=True,
                explode=True,
                description="Restrict to these record types; repeat the parameter for several (OR).",
            ),
            OpenApiParameter(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
                description=f"Hits per page, 1–{MAX_LIMIT} (default {DEFAULT_LIMIT}).",
            ),
            OpenApiParameter(
                "offset",
                {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
                description=f"Hits to skip, 0–{MAX_OFFSET} (default 0).",
            ),
        ],
        responses={
            200: SearchResponseSerializer,
            (400, PROBLEM_MEDIA_TYPE): OpenApiResponse(
                ProblemSerializer,
                description="Empty or wordless q, unknown type, bad limit/offset, or an unknown parameter.",
                examples=[
                    OpenApiExample(
                        "Unknown type",
                        value={
                            "type": "urn:pactum:problem:invalid-parameter",
                            "title": "Bad Request",
                            "status": 400,
                            "detail": 'Invalid value for "type".',
                            "errors": {
                                "type": [
                                    '"treatise" is not a search type; allowed: treaty, article, takeaway, '
                                    "expert, actor."
                                ]
                            },
                        },
                    )
                ],
            ),
        },
        tags=["search"],
    )
    def get(self, request, *args, **kwargs):
        unknown = sorted(set(request.query_params) - set(ALLOWED_PARAMS))
        if unknown:
            raise UnknownParameters(unknown=unknown, allowed=list(ALLOWED_PARAMS))
        data = {key: request.query_params.get(key) for key in ("q", "limit", "offset") if key in request.query_params}
        if "type" in request.query_params:
            data["type"] = request.query_params.getlist("type")
        params = SearchParamsSerializer(data=data)
        if not params.is_valid():
            raise ValidationError(params.errors)
        v = params.validated_data
        types = [t for t in SEARCH_TYPES if t in v.get("type", ())] or None
        offset, limit = v["offset"], v["limit"]
        published_only = published_only_for(request=request)
        results = search_all(q=v["q"], types=types, published_only=published_only, limit=limit, offset=offset)
        prefetch_hit_summaries(results.hits, published_only=published_only)
        has_next = offset + limit < results.total and offset + limit <= MAX_OFFSET
        body = {
            "q": v["q"],
            "count": results.total,
            "count_exact": results.counts_exact,
            "counts": results.counts,
            "limit": limit,
            "offset": offset,
            "next": _page_url(request, offset + limit if has_next else None),
            "previous": _page_url(request, max(0, offset - limit) if offset else None),
            "results": SearchHitSerializer(
                results.hits,
                many=True,
                context={"request": request, "records": render_records(results.hits, {"request": request})},
            ).data,
        }
        return Response(body)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            # Anonymous results are the same for everyone; editors' include drafts.
            if request.user.is_authenticated:
                response["Cache-Control"] = "private, no-cache"
            else:
                response["Cache-Control"] = f"public, max-age={ANONYMOUS_MAX_AGE}"
            patch_vary_headers(response, ("Accept", "Authorization", "Cookie"))
        return response
