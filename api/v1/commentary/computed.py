"""Computed commentary endpoints: the commentary on an article and an actor's co-mentions.

Not collections, so they sit beside the resource viewsets; visibility and errors follow the
same rules (api.visibility, problem+json)."""

from django.core.cache import cache
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions
from rest_framework.response import Response

from actors.selectors import actor_queryset
from api.params import bounded_int_param
from api.plain import ComputedView
from api.v1.commentary import serializers
from commentary import selectors
from core import changes
from treaties import selectors as treaty_selectors


class ArticleCommentaryView(ComputedView):
    """Takeaways that cite this article, each with the quoted span, oldest publication first."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="articles_commentary_list",
        parameters=[OpenApiParameter("id", OpenApiTypes.UUID, OpenApiParameter.PATH, description="Article id.")],
        responses={200: serializers.ArticleCommentarySerializer(many=True)},
    )
    def get(self, request, id, **kwargs):  # noqa: A002 (the URL kwarg is the article id)
        article = self.get_or_404(treaty_selectors.article_queryset(published_only=self.published_only), pk=id)
        citations = selectors.article_commentary(article_id=article.pk, published_only=self.published_only)
        return Response(
            serializers.ArticleCommentarySerializer(citations, many=True, context={"request": request}).data
        )


CO_MENTIONS_DEFAULT = 20
CO_MENTIONS_MAX = 200
CO_MENTIONS_CACHE_SECONDS = 24 * 3600


class ActorCoMentionsView(ComputedView):
    """Actors mentioned in the same published takeaways as this one, with counts, most shared
    first: the top `limit` (20 by default, at most 200), never the whole long tail."""

    permission_classes = [permissions.AllowAny]
    allowed_params = ("limit",)

    @extend_schema(
        operation_id="actors_co_mentions_list",
        parameters=[
            OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH, description="Actor slug."),
            OpenApiParameter(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": CO_MENTIONS_MAX},
                OpenApiParameter.QUERY,
                description=f"How many co-mentioned actors, most shared first ({CO_MENTIONS_DEFAULT} by "
                f"default, at most {CO_MENTIONS_MAX}).",
            ),
        ],
        responses={200: serializers.CoMentionSerializer(many=True)},
    )
    def get(self, request, slug, **kwargs):
        # ASCII digits only, and an empty value is refused, as for every integer parameter.
        limit = bounded_int_param(request, "limit", default=CO_MENTIONS_DEFAULT, minimum=1, maximum=CO_MENTIONS_MAX)
        # The aggregate over a hub actor's mentions takes a second or two at 200k takeaways
        # (docs/performance.md section 4): the rendered answer is cached until the next write
        # to content moves the change counter (core.changes), the same validator lists use.
        origin = request.build_absolute_uri("/")
        key = f"pactum:co-mentions:{origin}:{slug}:{limit}:{self.published_only}:{changes.current()}"
        data = cache.get(key)
        if data is None:
            actor = get_object_or_404(actor_queryset(published_only=self.published_only), slug=slug)
            rows = selectors.actor_co_mentions(actor=actor, published_only=self.published_only, limit=limit)
            data = serializers.CoMentionSerializer(rows, many=True, context={"request": request}).data
            cache.set(key, data, CO_MENTIONS_CACHE_SECONDS)
        return Response(data)
