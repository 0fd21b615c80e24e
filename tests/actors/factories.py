import datetime

import factory

from actors.models import (
    Actor,
    ActorAlias,
    ActorKind,
    ActorRelation,
    AliasKind,
    Event,
    EventKind,
    EventParticipant,
    RelationKind,
)
from core.models import EditorialStatus


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Actor {n}")
    slug = factory.Sequence(lambda n: f"actor-{n}")
    kind = ActorKind.STATE
    editorial_status = EditorialStatus.PUBLISHED


class StateFactory(ActorFactory):
    kind = ActorKind.STATE
    iso3 = factory.Sequence(lambda n: "X" + chr(65 + (n // 26) % 26) + chr(65 + n % 26))


class PersonFactory(ActorFactory):
    kind = ActorKind.PERSON


class ActorAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActorAlias

    actor = factory.SubFactory(ActorFactory)
    name = factory.Sequence(lambda n: f"Alias {n}")
    kind = AliasKind.COMMON_NAME


class ActorRelationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActorRelation

    subject = factory.SubFactory(PersonFactory)
    object = factory.SubFactory(StateFactory)
    kind = RelationKind.LEADER_OF
    editorial_status = EditorialStatus.PUBLISHED


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    name = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    kind = EventKind.SUMMIT
    start_date = datetime.date(2024, 6, 19)
    editorial_status = EditorialStatus.PUBLISHED


class EventParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EventParticipant

    event = factory.SubFactory(EventFactory)
    actor = factory.SubFactory(ActorFactory)
    role = "guest"
