"""Reads of actors and events. `published_only` comes from api.visibility.

Actors sit below treaties and commentary, so these shapes carry no treaties or mentions:
those are reached by filters (`/treaties/?party=`, `/mentions/?actor=`)."""

from django.db.models import Prefetch, QuerySet

from actors.models import Actor, ActorAlias, ActorRelation, Event, EventParticipant
from core.models import Correction, EditorialStatus, Source

# A nested fact's sources (TreatyParty, EventParticipant...): one query for all the rows.
_SOURCES = Prefetch("sources", queryset=Source.objects.all())


def actor_queryset(*, published_only: bool) -> QuerySet[Actor]:
    return Actor.objects.public() if published_only else Actor.objects.all()


def event_queryset(*, published_only: bool) -> QuerySet[Event]:
    return Event.objects.public() if published_only else Event.objects.all()


def actor_list(*, published_only: bool) -> QuerySet[Actor]:
    # The summary shape is scalar: nothing to prefetch.
    return actor_queryset(published_only=published_only)


def actor_detail(*, published_only: bool) -> QuerySet[Actor]:
    actors = actor_queryset(published_only=published_only)
    relations = ActorRelation.objects.public() if published_only else ActorRelation.objects.all()
    return actors.prefetch_related(
        # Forward FKs as prefetches, not select_related, so a draft parent or country is
        # dropped (None) for anonymous readers instead of leaking into the nested summary.
        Prefetch("parent", queryset=actor_queryset(published_only=published_only)),
        Prefetch("country", queryset=actor_queryset(published_only=published_only)),
        # aliases and their sources: two queries instead of two per alias
        Prefetch("aliases", queryset=ActorAlias.objects.prefetch_related(_SOURCES)),
        # outgoing relations with their object actor in the same query, their sources in one more
        Prefetch(
            "relations_out",
            queryset=relations.select_related("object").prefetch_related(_SOURCES),
            to_attr="visible_relations",
        ),
        # sources: one query through the generic relation
        Prefetch("sources", queryset=Source.objects.all()),
        # public corrections: one query through the generic relation
        Prefetch("corrections", queryset=Correction.objects.chronological()),
    )


def event_list(*, published_only: bool) -> QuerySet[Event]:
    return event_queryset(published_only=published_only)


def event_detail(*, published_only: bool) -> QuerySet[Event]:
    # participants with their actor in one query, their sources in one more (not one per row)
    participants = EventParticipant.objects.select_related("actor").prefetch_related(_SOURCES)
    if published_only:
        participants = participants.filter(actor__editorial_status=EditorialStatus.PUBLISHED)
    return event_queryset(published_only=published_only).prefetch_related(
        # participants with their actor: one query for the event, not one per participant
        Prefetch("participations", queryset=participants, to_attr="visible_participations"),
        Prefetch("sources", queryset=Source.objects.all()),
        Prefetch("corrections", queryset=Correction.objects.chronological()),
    )
