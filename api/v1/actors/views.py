"""Actor and event endpoints: declarations only (api/viewsets.py does the work)."""

from actors import as_of as actors_as_of
from actors import selectors
from api.as_of import AsOfSpec
from api.v1 import summaries
from api.v1.actors import serializers
from api.v1.actors.filtersets import ActorFilterSet, EventFilterSet
from api.v1.actors.groups import ACTOR_GROUPS, EVENT_GROUPS
from api.viewsets import ResourceViewSet
from api.writes import WritableResourceMixin
from commentary import selectors as commentary_selectors


class ActorViewSet(WritableResourceMixin, ResourceViewSet):
    """States, people, international organisations, groupings, think tanks and media."""

    write_serializer_class = serializers.ActorWriteSerializer

    list_selector = staticmethod(selectors.actor_list)
    detail_selector = staticmethod(selectors.actor_detail)
    summary_serializer_class = serializers.ActorListSerializer
    serializer_class = serializers.ActorSerializer
    embeds = {"claims": commentary_selectors.with_claims}
    as_of = AsOfSpec(rows=actors_as_of.actor_rows, hydrate=actors_as_of.actor_hydrate, ordering=("name", "id"))
    filterset_class = ActorFilterSet
    group_by_fields = ACTOR_GROUPS
    ordering_fields = ("name", "slug", "kind", "iso3", "active_from", "created", "updated")
    ordering = ("name",)


class EventViewSet(WritableResourceMixin, ResourceViewSet):
    """Dated happenings with participants: summits, visits, signings, votes."""

    write_serializer_class = serializers.EventWriteSerializer

    list_selector = staticmethod(selectors.event_list)
    detail_selector = staticmethod(selectors.event_detail)
    summary_serializer_class = summaries.EventSummarySerializer
    serializer_class = serializers.EventSerializer
    as_of = AsOfSpec(
        rows=actors_as_of.event_rows, hydrate=actors_as_of.event_hydrate, ordering=("start_date", "name", "id")
    )
    filterset_class = EventFilterSet
    group_by_fields = EVENT_GROUPS
    ordering_fields = ("start_date", "end_date", "name", "slug", "created", "updated")
    ordering = ("start_date", "name")
