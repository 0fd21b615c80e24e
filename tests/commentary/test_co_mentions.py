"""The maintained co-mention aggregate equals the live computation after every kind of write."""

import io
from collections import defaultdict

import pytest
from django.core.management import call_command

from actors.models import Actor
from commentary import co_mentions
from commentary.models import CoMention, LinkMethod, Mention, ReviewStatus
from commentary.selectors import actor_co_mentions, actor_co_mentions_live
from core.audit import COMMAND
from core.batch import CreateBatch
from core.models import EditorialStatus
from core.services import record_create, record_delete, record_transition, record_update
from tests.actors.factories import ActorFactory
from tests.commentary.factories import MentionFactory, PublicationFactory, TakeawayAuthorFactory, TakeawayFactory

BODY = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa"
pytestmark = pytest.mark.django_db


def expected() -> dict:
    """The aggregate recomputed in Python from the public rows, pair by pair."""
    per_takeaway: dict = defaultdict(lambda: defaultdict(int))
    for takeaway_id, actor_id in Mention.objects.public_given(frozenset({"actor"})).values_list(
        "takeaway_id", "actor_id"
    ):
        per_takeaway[takeaway_id][actor_id] += 1
    pairs: dict = defaultdict(lambda: [0, 0])
    for counts in per_takeaway.values():
        for a in counts:
            for b, n in counts.items():
                pairs[(a, b)][0] += 1
                pairs[(a, b)][1] += n
    return {pair: tuple(value) for pair, value in pairs.items()}


def stored() -> dict:
    return {(a, b): (t, m) for a, b, t, m in CoMention.objects.values_list("actor", "other", "takeaways", "mentions")}


def assert_matches_live() -> None:
    assert stored() == expected()
    for actor in Actor.objects.filter(editorial_status=EditorialStatus.PUBLISHED):
        served = actor_co_mentions(actor=actor, published_only=True, limit=200)
        live = actor_co_mentions_live(actor=actor, published_only=True, limit=200)
        assert [(r["actor"].pk, r["takeaways"], r["mentions"]) for r in served] == [
            (r["actor"].pk, r["takeaways"], r["mentions"]) for r in live
        ]


def mention(takeaway, actor, word: int, **fields) -> Mention:
    start = sum(len(w) + 1 for w in BODY.split()[:word])
    end = start + len(BODY.split()[word])
    return MentionFactory(takeaway=takeaway, actor=actor, start=start, end=end, **fields)


@pytest.fixture
def corpus():
    actors = ActorFactory.create_batch(4)
    publication = PublicationFactory()
    takeaways = [TakeawayFactory(publication=publication, body=BODY) for _ in range(3)]
    for takeaway in takeaways:
        TakeawayAuthorFactory(takeaway=takeaway)  # so that they may be published again
    a, b, c, d = actors
    mention(takeaways[0], a, 0)
    mention(takeaways[0], b, 1)
    mention(takeaways[0], b, 2)
    mention(takeaways[1], a, 0)
    mention(takeaways[1], c, 1)
    mention(takeaways[2], b, 0)
    mention(takeaways[2], c, 1)
    mention(takeaways[2], d, 2)
    return actors, publication, takeaways


def test_creates_are_counted(corpus):
    (a, b, c, _), _, _ = corpus
    assert stored()[(a.pk, b.pk)] == (1, 2) and stored()[(b.pk, c.pk)] == (1, 1)
    assert stored()[(a.pk, a.pk)] == (2, 2)  # the diagonal: a's own totals
    assert_matches_live()


def test_service_writes_rejections_and_suggestions_follow(corpus):
    (a, b, c, d), _, takeaways = corpus
    row = Mention.objects.get(takeaway=takeaways[0], actor=a)
    record_update(instance=row, changes={"review_status": ReviewStatus.REJECTED}, audit=COMMAND)
    assert (a.pk, b.pk) not in stored()
    assert_matches_live()
    start = BODY.index("Delta")
    record_create(
        model=Mention,
        fields={"takeaway": takeaways[1], "actor": d, "start": start, "end": start + 5, "quote": "Delta"},
        audit=COMMAND,
    )
    # an automatic link below the suggestion threshold is not live
    mention(takeaways[1], b, 4, method=LinkMethod.AUTO, score=0.01)
    assert_matches_live()
    record_delete(instance=Mention.objects.get(takeaway=takeaways[2], actor=c), audit=COMMAND)
    assert_matches_live()


def test_unpublishing_a_takeaway_or_publication_removes_its_pairs(corpus):
    actors, publication, takeaways = corpus
    record_transition(record=takeaways[2], status=EditorialStatus.DRAFT, audit=COMMAND)
    assert (actors[2].pk, actors[3].pk) not in stored()
    assert_matches_live()
    takeaways[2].refresh_from_db()
    record_transition(record=takeaways[2], status=EditorialStatus.PUBLISHED, audit=COMMAND)
    assert_matches_live()
    record_transition(record=publication, status=EditorialStatus.DRAFT, audit=COMMAND)
    assert stored() == {}
    assert_matches_live()
    publication.refresh_from_db()
    record_transition(record=publication, status=EditorialStatus.PUBLISHED, audit=COMMAND)
    assert_matches_live()


def test_an_unpublished_actor_is_left_out_when_read(corpus):
    (a, b, c, _), _, _ = corpus
    record_transition(record=b, status=EditorialStatus.DRAFT, audit=COMMAND)
    assert [r["actor"] for r in actor_co_mentions(actor=a, published_only=True, limit=20)] == [c]
    assert_matches_live()


def test_deletes_cascade_through_the_aggregate(corpus):
    actors, publication, takeaways = corpus
    record_delete(instance=takeaways[0], audit=COMMAND)
    assert_matches_live()
    record_delete(instance=actors[2], audit=COMMAND)
    assert not any(actors[2].pk in pair for pair in stored())
    assert_matches_live()
    publication.delete()
    assert stored() == {}


def test_bulk_inserts_through_create_batch_are_counted(corpus):
    (a, _, _, d), publication, _ = corpus
    batch = CreateBatch()
    takeaway = TakeawayFactory.build(publication=publication, body=BODY, position=9, slug="batched")
    batch.add(takeaway)
    batch.add(Mention(takeaway=takeaway, actor=a, start=0, end=5, quote="Alpha"))
    batch.add(Mention(takeaway=takeaway, actor=d, start=6, end=10, quote="Beta"))
    batch.flush()
    assert stored()[(a.pk, d.pk)] == (1, 1)
    assert_matches_live()


def test_rebuild_command_restores_a_damaged_aggregate(corpus):
    CoMention.objects.update(takeaways=99)
    CoMention.objects.filter(pk__in=CoMention.objects.values("pk")[:1]).delete()
    assert stored() != expected()
    out = io.StringIO()
    call_command("co_mentions", "--rebuild", stdout=out)
    assert stored() == expected() and "pairs" in out.getvalue()
    co_mentions.takeaways_refresh([])  # nothing to do, no error


def test_reading_the_aggregate_costs_two_queries_whatever_the_rows(corpus, django_assert_num_queries):
    (a, *_), publication, _ = corpus
    for _ in range(5):
        takeaway = TakeawayFactory(publication=publication, body=BODY)
        for word, actor in enumerate(ActorFactory.create_batch(3)):
            mention(takeaway, actor, word)
        mention(takeaway, a, 5)
    with django_assert_num_queries(2):
        rows = actor_co_mentions(actor=a, published_only=True, limit=200)
    assert len(rows) == 2 + 15  # b and c from the corpus, three new actors per new takeaway


def network(**filters) -> dict:
    from commentary.network import NetworkFilter, actor_network

    result = actor_network(f=NetworkFilter(**filters), published_only=True, max_nodes=50, max_edges=50, min_weight=1)
    return {
        "nodes": [(n["actor"].pk, n["mentions"], n["takeaways"]) for n in result["nodes"]],
        "edges": [(e["source"].pk, e["target"].pk, e["weight"], e["takeaways"]) for e in result["edges"]],
    }


def test_the_network_from_the_aggregate_equals_the_live_one(corpus):
    (a, b, c, d), _, takeaways = corpus
    mention(takeaways[1], d, 4, method=LinkMethod.AUTO, score=0.01)  # a suggestion: no edge
    mention(takeaways[0], c, 5, review_status=ReviewStatus.REJECTED)  # rejected: no edge
    record_transition(record=d, status=EditorialStatus.DRAFT, audit=COMMAND)
    served = network()
    # a date filter that keeps everything takes the live path (the mention table)
    import datetime

    assert served == network(published_after=datetime.date(1900, 1, 1))
    assert d.pk not in {n[0] for n in served["nodes"]} and len(served["edges"]) == 3
