"""Treaty, article and provision-type endpoints: declarations only."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view

from api.as_of import AsOfSpec
from api.schema import UUID_PATH
from api.v1 import summaries
from api.v1.treaties import serializers
from api.v1.treaties.cite import ArticleCitationItemSerializer, TreatyCitationItemSerializer
from api.v1.treaties.filtersets import ArticleFilterSet, ProvisionTypeFilterSet, TreatyFilterSet
from api.v1.treaties.groups import ARTICLE_GROUPS, PROVISION_TYPE_GROUPS, TREATY_GROUPS
from api.viewsets import ResourceViewSet
from api.writes import WritableResourceMixin
from commentary import as_of as commentary_as_of
from commentary import selectors as commentary_selectors
from treaties import as_of as treaties_as_of
from treaties import selectors


class TreatyViewSet(WritableResourceMixin, ResourceViewSet):
    """International agreements with their parties, articles and lineage."""

    write_serializer_class = serializers.TreatyWriteSerializer

    list_selector = staticmethod(selectors.treaty_list)
    detail_selector = staticmethod(selectors.treaty_detail)
    summary_serializer_class = summaries.TreatySummarySerializer
    serializer_class = serializers.TreatySerializer
    compiled_detail = True  # tests/api/test_treaty_compiled_detail.py
    citation_serializer_class = TreatyCitationItemSerializer
    as_of = AsOfSpec(
        rows=treaties_as_of.treaty_rows, hydrate=treaties_as_of.treaty_hydrate, ordering=("signed_on", "title", "id")
    )
    citation_selector = staticmethod(selectors.treaty_list)
    filterset_class = TreatyFilterSet
    group_by_fields = TREATY_GROUPS
    ordering_fields = ("signed_on", "in_force_on", "ended_on", "title", "short_title", "slug", "created", "updated")
    ordering = ("signed_on", "title")


@extend_schema_view(retrieve=extend_schema(parameters=[UUID_PATH]))
class ArticleViewSet(WritableResourceMixin, ResourceViewSet):
    """Numbered provisions of treaties, with provision types, lineage and citing takeaways."""

    write_serializer_class = serializers.ArticleWriteSerializer

    list_selector = staticmethod(selectors.article_list)
    detail_selector = staticmethod(commentary_selectors.article_detail_with_citations)
    summary_serializer_class = serializers.ArticleListSerializer
    serializer_class = serializers.ArticleSerializer
    citation_serializer_class = ArticleCitationItemSerializer
    as_of = AsOfSpec(
        rows=treaties_as_of.article_rows,
        hydrate=commentary_as_of.article_hydrate_with_citations,
        ordering=("treaty_id", "ordinal", "id"),
    )
    citation_selector = staticmethod(selectors.article_list)
    embeds = {
        "citing_takeaways": commentary_selectors.with_citing_takeaways,
        "claims": commentary_selectors.with_claims,
    }
    filterset_class = ArticleFilterSet
    group_by_fields = ARTICLE_GROUPS
    lookup_field = "id"
    lookup_url_kwarg = "pk"
    lookup_value_regex = "[0-9a-fA-F-]{32,36}"
    ordering_fields = ("ordinal", "number", "treaty__signed_on", "created", "updated")
    ordering = ("treaty__signed_on", "treaty__slug", "ordinal")


@extend_schema_view(
    retrieve=extend_schema(
        operation_id="treaties_articles_retrieve",
        parameters=[
            OpenApiParameter("treaty_slug", OpenApiTypes.STR, OpenApiParameter.PATH, description="Treaty slug."),
            OpenApiParameter("number", OpenApiTypes.STR, OpenApiParameter.PATH, description="Number as written."),
        ],
    )
)
# The inherited UUID `id` path parameter is not in this route: generated clients refused
# the operation (path parameters did not match the path).
@extend_schema_view(
    retrieve=extend_schema(parameters=[OpenApiParameter("id", location=OpenApiParameter.PATH, exclude=True)])
)
class TreatyArticleViewSet(ArticleViewSet):
    """An article addressed by its treaty's slug and its number as written (`/treaties/x/articles/II/`)."""

    lookup_field = "number"
    lookup_url_kwarg = "number"

    def get_queryset(self):
        return super().get_queryset().filter(treaty__slug=self.kwargs["treaty_slug"])

    def as_of_filter(self, rows, at):
        # The treaty as it was addressed then: its slug at that instant.
        treaties = treaties_as_of.treaty_rows(at=at).filter(slug=self.kwargs["treaty_slug"]).values("id")
        return rows.filter(treaty_id__in=treaties)


class ProvisionTypeViewSet(WritableResourceMixin, ResourceViewSet):
    """The coded vocabulary of obligations (mutual defence, consultation, ...)."""

    write_serializer_class = serializers.ProvisionTypeWriteSerializer

    list_selector = staticmethod(selectors.provision_type_list)
    detail_selector = staticmethod(selectors.provision_type_detail)
    summary_serializer_class = summaries.ProvisionTypeSummarySerializer
    serializer_class = serializers.ProvisionTypeSerializer
    as_of = AsOfSpec(
        rows=treaties_as_of.provision_type_rows, hydrate=treaties_as_of.provision_type_hydrate, ordering=("name", "id")
    )
    filterset_class = ProvisionTypeFilterSet
    group_by_fields = PROVISION_TYPE_GROUPS
    lookup_field = "code"
    ordering_fields = ("name", "code", "created", "updated")
    ordering = ("name",)
