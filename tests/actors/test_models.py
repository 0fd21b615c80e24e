"""Database constraints of the actors app: each one rejects bad data."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from actors.models import ActorRelation, Event, RelationKind
from tests.actors.factories import (
    ActorAliasFactory,
    ActorFactory,
    ActorRelationFactory,
    EventFactory,
    PersonFactory,
    StateFactory,
)

pytestmark = pytest.mark.django_db


def rejects(factory, **kwargs) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        factory(**kwargs)


def test_actor_slug_is_unique():
    ActorFactory(slug="russia")
    rejects(ActorFactory, slug="russia")


def test_actor_alias_is_unique_per_actor():
    alias = ActorAliasFactory(name="DPRK")
    rejects(ActorAliasFactory, actor=alias.actor, name="DPRK")
    # The same alias may name another actor ("Moscow" for Russia and for the Soviet Union).
    assert ActorAliasFactory(name="DPRK").actor != alias.actor


def test_actor_iso3_is_unique():
    StateFactory(iso3="PRK")
    rejects(StateFactory, iso3="PRK")


@pytest.mark.parametrize("iso3", ["prk", "PR", "PR1"])
def test_actor_iso3_must_be_three_capital_letters(iso3):
    rejects(StateFactory, iso3=iso3)


def test_actor_wikidata_qid_is_unique():
    ActorFactory(wikidata_qid="Q423")
    rejects(ActorFactory, wikidata_qid="Q423")


@pytest.mark.parametrize("qid", ["423", "q423", "Q0423", "Q"])
def test_actor_wikidata_qid_must_be_a_q_number(qid):
    rejects(ActorFactory, wikidata_qid=qid)


def test_actors_without_codes_do_not_collide():
    ActorFactory(iso3=None, wikidata_qid=None)
    ActorFactory(iso3=None, wikidata_qid=None)


def test_actor_active_dates_are_ordered():
    rejects(ActorFactory, active_from=datetime.date(1991, 12, 26), active_until=datetime.date(1922, 12, 30))


def test_actor_relation_is_not_reflexive():
    actor = StateFactory()
    rejects(ActorRelationFactory, subject=actor, object=actor)


def test_actor_relation_dates_are_ordered():
    rejects(ActorRelationFactory, start_date=datetime.date(2024, 1, 2), end_date=datetime.date(2024, 1, 1))


def test_actor_relation_is_unique_per_kind_and_start():
    relation = ActorRelationFactory(start_date=datetime.date(2012, 5, 7))
    rejects(
        ActorRelationFactory,
        subject=relation.subject,
        object=relation.object,
        kind=RelationKind.LEADER_OF,
        start_date=datetime.date(2012, 5, 7),
    )
    assert ActorRelation.objects.count() == 1


def test_event_slug_is_unique():
    EventFactory(slug="vostochny-2023")
    rejects(EventFactory, slug="vostochny-2023")


def test_event_dates_are_ordered():
    rejects(EventFactory, start_date=datetime.date(2024, 6, 19), end_date=datetime.date(2024, 6, 18))
    assert not Event.objects.exists()


def test_event_participant_is_unique_per_event():
    event, person = EventFactory(), PersonFactory()
    event.participants.add(person, through_defaults={"role": "host"})
    with pytest.raises(IntegrityError), transaction.atomic():
        event.participations.create(actor=person, role="guest")
