"""Writes to the actors app. Upserts are idempotent: see core.services.record_upsert.

`**options` are passed through to `record_upsert` (create_defaults, index, stats, reason, channel)."""

from typing import Any

from actors.models import Actor, ActorAlias, ActorRelation, Event, EventParticipant
from core.services import record_upsert


def actor_upsert(*, slug: str, defaults: dict[str, Any], **options: Any) -> tuple[Actor, str]:
    return record_upsert(model=Actor, key={"slug": slug}, defaults=defaults, **options)


def actor_alias_upsert(*, actor: Actor, name: str, defaults: dict[str, Any], **options: Any) -> tuple[ActorAlias, str]:
    return record_upsert(model=ActorAlias, key={"actor": actor, "name": name}, defaults=defaults, **options)


def actor_relation_upsert(
    *, subject: Actor, object: Actor, kind: str, start_date, defaults: dict[str, Any], **options: Any
) -> tuple[ActorRelation, str]:
    key = {"subject": subject, "object": object, "kind": kind, "start_date": start_date}
    return record_upsert(model=ActorRelation, key=key, defaults=defaults, **options)


def event_upsert(*, slug: str, defaults: dict[str, Any], **options: Any) -> tuple[Event, str]:
    return record_upsert(model=Event, key={"slug": slug}, defaults=defaults, **options)


def event_participant_upsert(
    *, event: Event, actor: Actor, defaults: dict[str, Any], **options: Any
) -> tuple[EventParticipant, str]:
    return record_upsert(model=EventParticipant, key={"event": event, "actor": actor}, defaults=defaults, **options)
