"""Full-text search: apply_search on every searchable model and search_all across types.

These tests run on both backends (SQLite FTS5 and PostgreSQL tsvector); behaviour that
only PostgreSQL has is marked `postgres`."""

import pytest

from actors.models import Actor
from commentary.models import Citation, Expert, Mention, Publication, Takeaway, Topic
from config.models import EditorialStatus
from config.search import SEARCH_TYPES, apply_search, search_all
from tests.actors.factories import ActorAliasFactory, ActorFactory, EventFactory
from tests.commentary.factories import (
    CitationFactory,
    ExpertFactory,
    MentionFactory,
    PublicationFactory,
    TakeawayFactory,
    TopicFactory,
)
from tests.treaties.factories import ArticleFactory, ProvisionTypeFactory, TreatyFactory
from treaties.models import Article, ProvisionType, Treaty

pytestmark = pytest.mark.django_db
DRAFT = EditorialStatus.DRAFT


def test_apply_search_filters_annotates_and_orders_by_rank():
    in_title = TakeawayFactory(heading="Mutual defense returns", body="Nothing else here.")
    in_body = TakeawayFactory(heading="Another heading", body="The clause on mutual defense is back.")
    TakeawayFactory(heading="Unrelated", body="Trade and science.")
    found = list(apply_search(Takeaway.objects.all(), "mutual defense"))
    assert found == [in_title, in_body]
    assert all(isinstance(t.search_rank, float) for t in found)
    assert found[0].search_rank > found[1].search_rank


@pytest.mark.parametrize(
    ("factory", "model", "kwargs"),
    [
        (TreatyFactory, Treaty, {"title": "Zanzibar accord"}),
        (ArticleFactory, Article, {"heading": "Zanzibar clause"}),
        (TakeawayFactory, Takeaway, {"body": "On Zanzibar."}),
        (ExpertFactory, Expert, {"role": "Zanzibar fellow"}),
        (ActorFactory, Actor, {"description": "Zanzibar state"}),
        (PublicationFactory, Publication, {"dek": "Zanzibar notes"}),
        (EventFactory, None, {"name": "Zanzibar summit"}),
        (TopicFactory, Topic, {"name": "Zanzibar"}),
        (ProvisionTypeFactory, ProvisionType, {"name": "Zanzibar duty"}),
    ],
)
def test_every_searchable_model(factory, model, kwargs):
    hit = factory(**kwargs)
    factory()
    model = model or type(hit)
    assert list(apply_search(model.objects.all(), "zanzibar")) == [hit]


def test_actor_found_by_alias():
    actor = ActorFactory(name="Democratic People's Republic of Korea")
    ActorAliasFactory(actor=actor, name="Pyongyang")
    ActorFactory(name="Republic of Korea")
    assert list(apply_search(Actor.objects.all(), "pyongyang")) == [actor]


def test_citations_and_mentions_by_quote_and_takeaway_heading():
    takeaway = TakeawayFactory(heading="Echoes of 1961", body="Article 4 mirrors the old alliance.")
    citation = CitationFactory(takeaway=takeaway, start=0, end=9)
    mention = MentionFactory(takeaway=takeaway, start=0, end=7)
    CitationFactory()
    assert list(apply_search(Citation.objects.all(), "article")) == [citation]
    assert list(apply_search(Citation.objects.all(), "echoes")) == [citation]
    assert list(apply_search(Mention.objects.all(), "echoes")) == [mention]


def test_search_all_counts_hits_and_type_filter():
    treaty = TreatyFactory(title="Treaty on Quasar Cooperation")
    takeaway = TakeawayFactory(body="Quasar appears in the body only.")
    ActorFactory(name="Quasar Institute", editorial_status=DRAFT)
    results = search_all(q="quasar")
    assert results.counts == {"treaty": 1, "article": 0, "takeaway": 1, "expert": 0, "actor": 0}
    assert results.total == 2
    assert [(h.type, h.obj) for h in results.hits] == [("treaty", treaty), ("takeaway", takeaway)]
    assert "<mark>" in results.hits[0].snippet
    narrowed = search_all(q="quasar", types=["takeaway"])
    assert narrowed.counts == {"takeaway": 1}
    assert [h.obj for h in narrowed.hits] == [takeaway]
    assert set(SEARCH_TYPES) == {"treaty", "article", "takeaway", "expert", "actor"}


def test_search_all_hides_drafts_unless_asked():
    TakeawayFactory(heading="Nebula", publication=PublicationFactory(editorial_status=DRAFT))
    assert search_all(q="nebula").counts["takeaway"] == 0
    assert search_all(q="nebula").hits == []
    assert search_all(q="nebula", published_only=False).counts["takeaway"] == 1


@pytest.mark.parametrize("q", ["", "   ", "!!!", '"', "*", "the"])
def test_q_without_a_word_matches_nothing(q):
    TakeawayFactory(heading="the *")
    assert list(apply_search(Takeaway.objects.all(), q)) == []
    assert search_all(q=q).total == 0


def test_stemming_treaties_finds_treaty():
    singular = TreatyFactory(title="A treaty of alliance")
    plural = TakeawayFactory(heading="Two treaties compared", body="Nothing.")
    assert list(apply_search(Treaty.objects.all(), "treaties")) == [singular]
    assert list(apply_search(Takeaway.objects.all(), "treaty")) == [plural]
