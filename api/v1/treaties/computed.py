"""Computed treaty endpoints: an article's lineage and the reference resolver.

They are not collections, so they sit beside the resource viewsets rather than inside them;
visibility and errors follow the same rules (api.visibility, problem+json)."""

import datetime
import uuid

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import exceptions, permissions
from rest_framework.response import Response

from actors.selectors import actor_queryset
from api.params import bounded_int_param
from api.parsers import StrictJSONParser
from api.plain import ComputedView
from api.problems import PROBLEM_MEDIA_TYPE, problem_response
from api.schema import ProblemSerializer
from api.throttling import ScopedWindowRateThrottle
from api.v1.treaties import serializers
from treaties import selectors
from treaties.resolver import SUGGESTION_THRESHOLD, ResolveContext, Resolver, catalogue_cached

RESOLVE_MAX_CHARS = 100_000


class ArticleLineageView(ComputedView):
    """Articles linked to this one (echoes, cites, supersedes), transitively and in both directions."""

    permission_classes = [permissions.AllowAny]
    allowed_params = ("depth",)

    @extend_schema(
        operation_id="articles_lineage_retrieve",
        parameters=[
            OpenApiParameter("id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="Article id."),
            OpenApiParameter(
                "depth",
                {"type": "integer", "minimum": 1, "maximum": selectors.LINEAGE_MAX_DEPTH},
                description=f"Levels of links to follow, 1 to {selectors.LINEAGE_MAX_DEPTH} (the default).",
            ),
        ],
        responses={200: serializers.ArticleLineageSerializer},
    )
    def get(self, request, id, **kwargs):  # noqa: A002 (the URL kwarg is the article id)
        article = self.get_or_404(selectors.article_queryset(published_only=self.published_only), pk=id)
        depth = bounded_int_param(
            request, "depth", default=selectors.LINEAGE_MAX_DEPTH, minimum=1, maximum=selectors.LINEAGE_MAX_DEPTH
        )
        nodes, edges = selectors.article_lineage(article=article, published_only=self.published_only, max_depth=depth)
        data = {"root": article.pk, "nodes": nodes, "edges": edges}
        return Response(serializers.ArticleLineageSerializer(data, context={"request": request}).data)


_RESOLVE_EXAMPLE = {
    "text": "Article 4 of the new treaty closely resembles Article 1 of the 1961 treaty between North Korea "
    "and the Soviet Union, and the US noticed.",
    "context": {"treaty": "russia-dprk-2024", "date": "2024-06-21"},
}


class ResolveView(ComputedView):
    """Find references to treaties, their articles and actors in a text, with character offsets."""

    permission_classes = [permissions.AllowAny]
    parser_classes = [StrictJSONParser]
    throttle_classes = [ScopedWindowRateThrottle]
    throttle_scope = "resolve"

    @extend_schema(
        operation_id="resolve_create",
        request=serializers.ResolveRequestSerializer,
        responses={
            (200, "application/json"): serializers.ResolveResponseSerializer,
            (400, PROBLEM_MEDIA_TYPE): OpenApiResponse(
                ProblemSerializer, description="Invalid body or unknown context treaty (problem+json)."
            ),
            (413, PROBLEM_MEDIA_TYPE): OpenApiResponse(
                ProblemSerializer, description="Text longer than 100,000 characters (problem+json)."
            ),
            (429, PROBLEM_MEDIA_TYPE): OpenApiResponse(ProblemSerializer, description="Throttled (problem+json)."),
        },
        examples=[OpenApiExample("Resolve against a subject treaty", value=_RESOLVE_EXAMPLE, request_only=True)],
    )
    def post(self, request, **kwargs):
        text = request.data.get("text") if hasattr(request.data, "get") else None
        if isinstance(text, str) and len(text) > RESOLVE_MAX_CHARS:
            return problem_response(
                status_code=413,
                detail=f"The text has {len(text)} characters; at most {RESOLVE_MAX_CHARS} are accepted.",
                request=request,
            )
        body = serializers.ResolveRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        options = body.validated_data.get("context") or {}
        catalogue = catalogue_cached(published_only=self.published_only)
        context = ResolveContext(date=options.get("date") or datetime.date.today())
        if slug := options.get("treaty"):
            treaty = catalogue.treaty_by_slug.get(slug)
            if treaty is None:
                raise exceptions.ValidationError({"context.treaty": [f"Unknown treaty {slug!r}."]})
            context.treaty_id = treaty.id
        refs = Resolver.for_catalogue(catalogue).resolve(body.validated_data["text"], context)
        data = {"count": len(refs), "references": self.with_records(refs)}
        return Response(serializers.ResolveResponseSerializer(data, context={"request": request}).data)

    def with_records(self, refs) -> list[dict]:
        """Each reference with its records: one query per kind, whatever the number of references."""
        published_only = self.published_only
        article_ids = {r.target_id for r in refs if r.kind == "article"}
        treaty_ids = {r.treaty_id or r.target_id for r in refs if r.kind in ("article", "treaty")}
        treaty_ids |= {c for r in refs for c in r.candidates}
        actor_ids = {r.target_id for r in refs if r.kind == "actor"}
        articles = selectors.article_summaries(published_only=published_only).in_bulk(article_ids)
        treaties = selectors.treaty_queryset(published_only=published_only).in_bulk(treaty_ids)
        actors = actor_queryset(published_only=published_only).in_bulk(actor_ids)
        rows = []
        for ref in refs:
            target = uuid.UUID(ref.target_id) if ref.target_id else None
            linked_treaty = ref.treaty_id or ref.target_id if ref.kind in ("article", "treaty") else None
            rows.append(
                {
                    "kind": ref.kind,
                    "start": ref.start,
                    "end": ref.end,
                    "text": ref.text,
                    "confidence": ref.confidence,
                    "suggestion": ref.is_link and ref.confidence < SUGGESTION_THRESHOLD,
                    "rule": ref.rule,
                    "treaty": treaties.get(uuid.UUID(linked_treaty)) if linked_treaty else None,
                    "article": articles.get(target) if ref.kind == "article" else None,
                    "actor": actors.get(target) if ref.kind == "actor" else None,
                    # A draft candidate is left out for anonymous callers, like every record.
                    "candidates": [treaties[c] for c in map(uuid.UUID, ref.candidates) if c in treaties],
                }
            )
        return rows
