"""Commentary endpoints: declarations only (api/viewsets.py does the work)."""

from drf_spectacular.utils import extend_schema, extend_schema_view

from api.as_of import AsOfSpec
from api.schema import UUID_PATH
from api.v1 import summaries
from api.v1.commentary import serializers
from api.v1.commentary.cite import PublicationCitationItemSerializer, TakeawayCitationItemSerializer
from api.v1.commentary.filtersets import (
    CitationFilterSet,
    ClaimFilterSet,
    ExpertFilterSet,
    MentionFilterSet,
    PublicationFilterSet,
    TakeawayFilterSet,
    TopicFilterSet,
)
from api.v1.commentary.groups import (
    CITATION_GROUPS,
    CLAIM_GROUPS,
    EXPERT_GROUPS,
    MENTION_GROUPS,
    PUBLICATION_GROUPS,
    TAKEAWAY_GROUPS,
    TOPIC_GROUPS,
)
from api.viewsets import ResourceViewSet
from api.writes import WritableResourceMixin
from commentary import as_of as commentary_as_of
from commentary import selectors
from commentary.services import takeaway_create, takeaway_update

UUID_REGEX = "[0-9a-fA-F-]{32,36}"


class ExpertViewSet(WritableResourceMixin, ResourceViewSet):
    """People who write commentary, with their takeaways."""

    write_serializer_class = serializers.ExpertWriteSerializer

    list_selector = staticmethod(selectors.expert_list)
    detail_selector = staticmethod(selectors.expert_detail)
    summary_serializer_class = summaries.ExpertSummarySerializer
    serializer_class = serializers.ExpertSerializer
    as_of = AsOfSpec(
        rows=commentary_as_of.expert_rows, hydrate=commentary_as_of.expert_hydrate, ordering=("name", "id")
    )
    filterset_class = ExpertFilterSet
    group_by_fields = EXPERT_GROUPS
    ordering_fields = ("name", "slug", "created", "updated")
    ordering = ("name",)


class PublicationViewSet(WritableResourceMixin, ResourceViewSet):
    """Titled collections of commentary (expert takeaways, reports)."""

    write_serializer_class = serializers.PublicationWriteSerializer

    list_selector = staticmethod(selectors.publication_list)
    detail_selector = staticmethod(selectors.publication_detail)
    summary_serializer_class = summaries.PublicationSummarySerializer
    serializer_class = serializers.PublicationSerializer
    citation_serializer_class = PublicationCitationItemSerializer
    as_of = AsOfSpec(
        rows=commentary_as_of.publication_rows,
        hydrate=commentary_as_of.publication_hydrate,
        ordering=("-published_on", "title", "id"),
    )
    citation_selector = staticmethod(selectors.publication_citations)
    filterset_class = PublicationFilterSet
    group_by_fields = PUBLICATION_GROUPS
    ordering_fields = ("published_on", "title", "slug", "created", "updated")
    ordering = ("-published_on", "title")


class TopicViewSet(WritableResourceMixin, ResourceViewSet):
    """The controlled vocabulary of themes."""

    write_serializer_class = serializers.TopicWriteSerializer

    list_selector = staticmethod(selectors.topic_list)
    detail_selector = staticmethod(selectors.topic_detail)
    summary_serializer_class = summaries.TopicSummarySerializer
    serializer_class = serializers.TopicSerializer
    as_of = AsOfSpec(rows=commentary_as_of.topic_rows, hydrate=commentary_as_of.topic_hydrate, ordering=("name", "id"))
    filterset_class = TopicFilterSet
    group_by_fields = TOPIC_GROUPS
    ordering_fields = ("name", "slug", "created", "updated")
    ordering = ("name",)


class TakeawayViewSet(WritableResourceMixin, ResourceViewSet):
    """One expert's section of a publication, with its citations and mentions."""

    write_serializer_class = serializers.TakeawayWriteSerializer
    update_service = staticmethod(takeaway_update)  # a new body moves its spans along; authors in order
    create_service = staticmethod(takeaway_create)

    list_selector = staticmethod(selectors.takeaway_list)
    detail_selector = staticmethod(selectors.takeaway_detail)
    summary_serializer_class = serializers.TakeawayListSerializer
    embeds = {"body": selectors.with_body}
    serializer_class = serializers.TakeawaySerializer
    citation_serializer_class = TakeawayCitationItemSerializer
    as_of = AsOfSpec(
        rows=commentary_as_of.takeaway_rows,
        hydrate=commentary_as_of.takeaway_hydrate,
        ordering=("publication_id", "position", "id"),
    )
    citation_selector = staticmethod(selectors.takeaway_citations)
    filterset_class = TakeawayFilterSet
    group_by_fields = TAKEAWAY_GROUPS
    ordering_fields = ("position", "heading", "slug", "publication__published_on", "created", "updated")
    ordering = ("-publication__published_on", "publication__slug", "position")


@extend_schema_view(retrieve=extend_schema(parameters=[UUID_PATH]))
class CitationViewSet(WritableResourceMixin, ResourceViewSet):
    """A takeaway's located reference to a treaty or article."""

    write_serializer_class = serializers.CitationWriteSerializer

    list_selector = staticmethod(selectors.citation_list)
    detail_selector = staticmethod(selectors.citation_detail)
    summary_serializer_class = serializers.CitationSummarySerializer
    serializer_class = serializers.CitationSerializer
    as_of = AsOfSpec(
        rows=commentary_as_of.citation_rows,
        hydrate=commentary_as_of.citation_hydrate,
        ordering=("takeaway_id", "start", "id"),
    )
    filterset_class = CitationFilterSet
    group_by_fields = CITATION_GROUPS
    lookup_field = "id"
    lookup_url_kwarg = "pk"
    lookup_value_regex = UUID_REGEX
    ordering_fields = ("start", "score", "created", "updated")
    ordering = ("takeaway__publication__slug", "takeaway__position", "start", "id")


@extend_schema_view(retrieve=extend_schema(parameters=[UUID_PATH]))
class MentionViewSet(WritableResourceMixin, ResourceViewSet):
    """A takeaway's located naming of an actor."""

    write_serializer_class = serializers.MentionWriteSerializer

    list_selector = staticmethod(selectors.mention_list)
    detail_selector = staticmethod(selectors.mention_detail)
    summary_serializer_class = serializers.MentionSummarySerializer
    serializer_class = serializers.MentionSerializer
    as_of = AsOfSpec(
        rows=commentary_as_of.mention_rows,
        hydrate=commentary_as_of.mention_hydrate,
        ordering=("takeaway_id", "start", "id"),
    )
    filterset_class = MentionFilterSet
    group_by_fields = MENTION_GROUPS
    lookup_field = "id"
    lookup_url_kwarg = "pk"
    lookup_value_regex = UUID_REGEX
    ordering_fields = ("start", "score", "created", "updated")
    ordering = ("takeaway__publication__slug", "takeaway__position", "start", "id")


@extend_schema_view(retrieve=extend_schema(parameters=[UUID_PATH]))
class ClaimViewSet(WritableResourceMixin, ResourceViewSet):
    """What an expert says about provisions, treaties or actors: a span of a takeaway, its
    stance and a paraphrase (docs/claims.md)."""

    write_serializer_class = serializers.ClaimWriteSerializer

    list_selector = staticmethod(selectors.claim_list)
    detail_selector = staticmethod(selectors.claim_detail)
    summary_serializer_class = summaries.ClaimSummarySerializer
    serializer_class = serializers.ClaimSerializer
    as_of = AsOfSpec(
        rows=commentary_as_of.claim_rows,
        hydrate=commentary_as_of.claim_hydrate,
        ordering=("takeaway_id", "start", "stance", "id"),
    )
    filterset_class = ClaimFilterSet
    group_by_fields = CLAIM_GROUPS
    lookup_field = "id"
    lookup_url_kwarg = "pk"
    lookup_value_regex = UUID_REGEX
    ordering_fields = ("start", "stance", "takeaway__publication__published_on", "created", "updated")
    ordering = ("takeaway__publication__slug", "takeaway__position", "start", "stance", "id")
