"""As-of reads of actors and events (core.history): the published actors at an instant,
with the parent, country, aliases and relations they had then; the published events, with
their participants then. Sources are not versioned."""

import datetime

from django.db.models import QuerySet

from actors.models import Actor, ActorAlias, ActorRelation, Event, EventParticipant
from core.history import (
    attach_fk,
    attach_list,
    by_id,
    grouped,
    ids_of,
    latest_rows,
    prefetched,
    published_rows,
    unversioned,
)


def actor_rows(*, at: datetime.datetime) -> QuerySet:
    """History rows of the actors published at `at`."""
    return published_rows(Actor, at=at)


def actors_by_id(*, at: datetime.datetime, ids) -> dict:
    """The actors among `ids` that were published at `at` (one query)."""
    return by_id(published_rows(Actor, at=at, id__in=set(ids)))


def actor_hydrate(actors: list[Actor], *, at: datetime.datetime, detail: bool) -> None:
    if not detail or not actors:
        return
    ids = [a.pk for a in actors]
    related = actors_by_id(at=at, ids=[a.parent_id for a in actors] + [a.country_id for a in actors])
    attach_fk(actors, field="parent", targets=related)
    attach_fk(actors, field="country", targets=related)
    aliases = grouped(published_rows(ActorAlias, at=at, actor_id__in=ids).order_by("name"), key="actor_id")
    for actor in actors:
        prefetched(actor, "aliases", aliases.get(actor.pk, []))
        unversioned(aliases.get(actor.pk, []), "sources")
    relations = published_rows(ActorRelation, at=at, subject_id__in=ids).filter(
        object_id__in=ids_of(published_rows(Actor, at=at))
    )
    relations = grouped(relations.order_by("kind", "start_date", "id"), key="subject_id")
    objects = actors_by_id(at=at, ids=[r.object_id for group in relations.values() for r in group])
    for group in relations.values():
        attach_fk(group, field="object", targets=objects)
        unversioned(group, "sources")
    attach_list(actors, attr="visible_relations", groups=relations)
    unversioned(actors, "sources")


def event_rows(*, at: datetime.datetime) -> QuerySet:
    """History rows of the events published at `at`."""
    return published_rows(Event, at=at)


def event_hydrate(events: list[Event], *, at: datetime.datetime, detail: bool) -> None:
    """With `detail`: the participants in force then whose actor was published then, with
    that actor as it was (two queries), in the live order (by the actor's name then)."""
    if not detail or not events:
        return
    participants = latest_rows(EventParticipant, at=at, event_id__in=[e.pk for e in events]).filter(
        actor_id__in=ids_of(published_rows(Actor, at=at))
    )
    participants = grouped(participants.order_by("id"), key="event_id")
    every = [p for group in participants.values() for p in group]
    attach_fk(every, field="actor", targets=actors_by_id(at=at, ids=[p.actor_id for p in every]))
    unversioned(every, "sources")
    for group in participants.values():
        group.sort(key=lambda participant: participant.actor.name)  # Meta.ordering: by actor (name)
    attach_list(events, attr="visible_participations", groups=participants)
    unversioned(events, "sources")
