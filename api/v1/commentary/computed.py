"""Computed commentary endpoints: the commentary on an article and an actor's co-mentions.

Not collections, so they sit beside the resource viewsets; visibility and errors follow the
same rules (api.visibility, problem+json)."""

from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions
from rest_framework.response import Response

from actors.selectors import actor_queryset
from api.plain import ComputedView
from api.v1.commentary import serializers
from commentary import selectors
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


class ActorCoMentionsView(ComputedView):
    """Actors mentioned in the same published takeaways as this one, with counts, most shared first."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(
        operation_id="actors_co_mentions_list",
        parameters=[OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH, description="Actor slug.")],
        responses={200: serializers.CoMentionSerializer(many=True)},
    )
    def get(self, request, slug, **kwargs):
        actor = get_object_or_404(actor_queryset(published_only=self.published_only), slug=slug)
        rows = selectors.actor_co_mentions(actor=actor, published_only=self.published_only)
        return Response(serializers.CoMentionSerializer(rows, many=True, context={"request": request}).data)
