"""Actor and event shapes. Summaries are scalar (lists, nesting); details add relations.
Nothing here queries: actors.selectors prefetches every relation rendered."""

from actors.models import Actor, ActorAlias, ActorRelation, Event, EventParticipant
from api.serializers import (
    RECORD_FIELDS,
    CorrectionSerializer,
    EmbedFieldsMixin,
    ModelSerializer,
    SourceSerializer,
    StrictJSONTypes,
)
from api.v1.summaries import ActorSummarySerializer, ClaimsEmbedMixin, EventSummarySerializer
from api.writes import StrictWriteSerializer, optional_slug_field


class ActorAliasSerializer(ModelSerializer):
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = ActorAlias
        fields = ("name", "kind", "case_sensitive", "confidence", "sources")
        read_only_fields = fields


class ActorRelationSerializer(ModelSerializer):
    object = ActorSummarySerializer(read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = ActorRelation
        fields = ("kind", "object", "start_date", "end_date", "note", "confidence", "sources")
        read_only_fields = fields


class ActorListSerializer(EmbedFieldsMixin, ClaimsEmbedMixin, ActorSummarySerializer):
    """An actor row of `/actors/`; the summary plus what `embed` may add."""

    embed_fields = ("claims",)

    class Meta(ActorSummarySerializer.Meta):
        fields = (*ActorSummarySerializer.Meta.fields, "claims")
        read_only_fields = fields


class ActorSerializer(EmbedFieldsMixin, ClaimsEmbedMixin, ActorSummarySerializer):
    embed_fields = ("claims",)
    parent = ActorSummarySerializer(read_only=True, allow_null=True)
    country = ActorSummarySerializer(read_only=True, allow_null=True)
    aliases = ActorAliasSerializer(many=True, read_only=True)
    relations = ActorRelationSerializer(source="visible_relations", many=True, read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    corrections = CorrectionSerializer(many=True, read_only=True, help_text="Public corrections, oldest first.")

    class Meta(ActorSummarySerializer.Meta):
        fields = (
            *ActorSummarySerializer.Meta.fields,
            "wikidata_qid",
            "description",
            "active_from",
            "active_until",
            "parent",
            "country",
            "aliases",
            "relations",
            "claims",
            "sources",
            "corrections",
            *RECORD_FIELDS,
        )
        read_only_fields = fields


class EventParticipantSerializer(ModelSerializer):
    actor = ActorSummarySerializer(read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = EventParticipant
        fields = ("actor", "role", "confidence", "sources")
        read_only_fields = fields


class EventSerializer(EventSummarySerializer):
    participants = EventParticipantSerializer(source="visible_participations", many=True, read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    corrections = CorrectionSerializer(many=True, read_only=True, help_text="Public corrections, oldest first.")

    class Meta(EventSummarySerializer.Meta):
        fields = (
            *EventSummarySerializer.Meta.fields,
            "description",
            "participants",
            "sources",
            "corrections",
            *RECORD_FIELDS,
        )
        read_only_fields = fields


# --- input (write) serializers: strict, relations by slug -------------------------------
class ActorWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for creating and changing an actor; relations by slug."""

    parent = optional_slug_field(Actor.objects.all())
    country = optional_slug_field(Actor.objects.all())

    class Meta:
        model = Actor
        fields = (
            "name",
            "slug",
            "kind",
            "short_name",
            "iso3",
            "wikidata_qid",
            "description",
            "active_from",
            "active_until",
            "parent",
            "country",
            "confidence",
            "editorial_status",
        )


class EventWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for creating and changing an event."""

    class Meta:
        model = Event
        fields = (
            "name",
            "slug",
            "kind",
            "start_date",
            "end_date",
            "place",
            "description",
            "confidence",
            "editorial_status",
        )
