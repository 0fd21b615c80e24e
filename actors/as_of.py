"""As-of reads of actors (core.history): the published actors at an instant, with the
parent, country, aliases and relations they had then. Sources are not versioned."""

import datetime

from django.db.models import QuerySet

from actors.models import Actor, ActorAlias, ActorRelation
from core.history import attach_fk, attach_list, by_id, grouped, ids_of, prefetched, published_rows, unversioned


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
