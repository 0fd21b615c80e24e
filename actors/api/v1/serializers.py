"""v1 serializers for actors."""

from rest_framework import serializers

from actors.models import Actor, Event
from config.api.writes import StrictWriteSerializer


class ActorWriteSerializer(StrictWriteSerializer):
    """Input for creating and changing an actor; relations by slug."""

    parent = serializers.SlugRelatedField(
        slug_field="slug", queryset=Actor.objects.all(), required=False, allow_null=True
    )
    country = serializers.SlugRelatedField(
        slug_field="slug", queryset=Actor.objects.all(), required=False, allow_null=True
    )

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


class EventWriteSerializer(StrictWriteSerializer):
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
