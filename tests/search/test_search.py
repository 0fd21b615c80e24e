"""Full-text search: apply_search on every searchable model and search_all across types.

These tests run on both backends (SQLite FTS5 and PostgreSQL tsvector); behaviour that
only PostgreSQL has is marked `postgres`."""

import pytest
from django.apps import apps

from actors.models import Actor
from commentary.models import Citation, Expert, Mention, Publication, Takeaway, Topic
from core.models import EditorialStatus
from search import SEARCH_TYPES, apply_search, search_all
from search.registry import dependents, specs, specs_by_label, type_labels
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


def test_phrase_matches_words_in_order_only():
    phrase = TakeawayFactory(body="It promises military and other assistance at once.")
    scattered = TakeawayFactory(body="Other assistance, and military drills.")
    assert list(apply_search(Takeaway.objects.all(), '"military and other assistance"')) == [phrase]
    assert set(apply_search(Takeaway.objects.all(), "military and other assistance")) == {phrase, scattered}


def test_exclusion_and_or():
    alliance = TakeawayFactory(body="An alliance with teeth.")
    partnership = TakeawayFactory(body="A partnership, never alliance.")
    other = TakeawayFactory(body="A partnership of convenience.")
    assert set(apply_search(Takeaway.objects.all(), "alliance or partnership")) == {alliance, partnership, other}
    assert set(apply_search(Takeaway.objects.all(), "partnership -alliance")) == {other}
    assert set(apply_search(Takeaway.objects.all(), '-"never alliance" alliance')) == {alliance}


def test_title_match_ranks_above_repeated_body_matches():
    body_heavy = TakeawayFactory(heading="Notes", body="sanctions " * 5 + "and more about sanctions.")
    titled = TakeawayFactory(heading="Sanctions", body="A short body.")
    assert list(apply_search(Takeaway.objects.all(), "sanctions")) == [titled, body_heavy]


def test_rank_orders_then_pk_breaks_ties():
    twins = [TakeawayFactory(heading="Identical words", body="Identical body.") for _ in range(3)]
    found = list(apply_search(Takeaway.objects.all(), "identical"))
    assert found == sorted(twins, key=lambda t: t.pk)
    assert len({t.search_rank for t in found}) == 1


def test_apply_search_keeps_the_querysets_own_filters():
    shown = TakeawayFactory(body="Comet tail.")
    TakeawayFactory(body="Comet tail.", publication=PublicationFactory(editorial_status=DRAFT))
    assert list(apply_search(Takeaway.objects.public(), "comet")) == [shown]
    assert apply_search(Takeaway.objects.public(), "comet").count() == 1


class TestIndexStaysCurrent:
    """Documents are written by database triggers, so every write path keeps them current."""

    def test_edit_via_save(self):
        takeaway = TakeawayFactory(body="Old words only.")
        takeaway.body = "Now it speaks of deterrence."
        takeaway.save()
        assert list(apply_search(Takeaway.objects.all(), "deterrence")) == [takeaway]
        assert list(apply_search(Takeaway.objects.all(), "old")) == []

    def test_queryset_update_and_bulk_create_bypass_signals_but_not_triggers(self):
        takeaway = TakeawayFactory(body="Before.")
        Takeaway.objects.filter(pk=takeaway.pk).update(body="After the escalation.")
        assert list(apply_search(Takeaway.objects.all(), "escalation")) == [takeaway]
        created = Treaty.objects.bulk_create([TreatyFactory.build(title="Bulk accord of Lisbon")])
        assert [t.pk for t in apply_search(Treaty.objects.all(), "lisbon")] == [created[0].pk]

    def test_delete_removes_the_document(self):
        takeaway = TakeawayFactory(body="Ephemeral.")
        takeaway.delete()
        assert list(apply_search(Takeaway.objects.all(), "ephemeral")) == []
        assert search_all(q="ephemeral", published_only=False).total == 0

    def test_alias_changes_feed_the_actor(self):
        actor = ActorFactory(name="Democratic People's Republic of Korea")
        alias = ActorAliasFactory(actor=actor, name="Pyongyang")
        alias.name = "Hermit Kingdom"
        alias.save()
        assert list(apply_search(Actor.objects.all(), "pyongyang")) == []
        assert list(apply_search(Actor.objects.all(), "hermit")) == [actor]
        alias.delete()
        assert list(apply_search(Actor.objects.all(), "hermit")) == []
        assert list(apply_search(Actor.objects.all(), "korea")) == [actor]

    def test_provision_types_feed_the_article(self):
        article = ArticleFactory(heading="Assistance")
        kind = ProvisionTypeFactory(code="mutual-defense", name="Mutual defence")
        article.provision_types.add(kind)
        assert list(apply_search(Article.objects.all(), "mutual defense")) == [article]
        kind.name = "Collective guarantee"
        kind.save()
        assert list(apply_search(Article.objects.all(), "guarantee")) == [article]
        article.provision_types.remove(kind)
        assert list(apply_search(Article.objects.all(), "guarantee")) == []

    def test_takeaway_heading_feeds_its_citations(self):
        citation = CitationFactory()
        takeaway = citation.takeaway
        takeaway.heading = "Borrowed language"
        takeaway.save()
        assert list(apply_search(Citation.objects.all(), "borrowed")) == [citation]


HOSTILE = [
    '"',
    '"unbalanced',
    "*",
    "AND OR",
    "NEAR(",
    "NEAR(a b, 2)",
    "a:b",
    "^x",
    "x)(",
    "' OR 1=1 --",
    "🦭",
    "x" * 10_000,
]


@pytest.mark.parametrize("q", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_q_never_raises(q):
    takeaway = TakeawayFactory(heading="Near the unbalanced star", body="x and or")
    for model in (Takeaway, Treaty, Actor, Citation):
        list(apply_search(model.objects.all(), q))
    found = list(apply_search(Takeaway.objects.all(), q))
    assert found in ([], [takeaway])
    search_all(q=q)


@pytest.mark.parametrize("q", ["NEAR(", '"unbalanced', "x" * 10_000])
def test_hostile_q_on_list_endpoints(api_client, q):
    TakeawayFactory(body="Near the unbalanced star.")
    for resource in ("takeaways", "treaties", "actors"):
        response = api_client.get(f"/api/v1/{resource}/", {"q": q})
        assert response.status_code in (200, 400), (resource, response.content[:200])


def test_hostile_q_keeps_its_words():
    takeaway = TakeawayFactory(heading="Near the unbalanced star", body="x")
    assert list(apply_search(Takeaway.objects.all(), "NEAR(")) == [takeaway]
    assert list(apply_search(Takeaway.objects.all(), '"unbalanced star')) == [takeaway]
    assert list(apply_search(Takeaway.objects.all(), "star*")) == [takeaway]
    assert list(apply_search(Takeaway.objects.all(), "AND OR star")) == [takeaway]  # AND, OR: stop words
    assert list(apply_search(Takeaway.objects.all(), "*")) == []


@pytest.mark.parametrize(
    ("word", "variants"),
    [
        ("defence", ["defense"]),
        ("defense", ["defence"]),
        ("labour", ["labor"]),
        ("honor", ["honour"]),
        ("organisation", ["organization"]),
        ("analyse", ["analyze"]),
        ("centre", ["center"]),
        ("catalogue", ["catalog"]),
        ("four", []),  # short words keep their spelling: "four" is not "for"
        ("treaty", []),
    ],
)
def test_spelling_variants_follow_general_british_american_rules(word, variants):
    from search.query import spelling_variants

    assert spelling_variants(word) == variants


def test_a_word_matches_its_other_spelling_and_exclusions_exclude_both():
    from search.query import parse_query

    query = parse_query("mutual defence -labour")
    assert query.to_fts5() == '("mutual" AND ("defence" OR "defense")) NOT ("labour" OR "labor")'
    assert query.to_websearch() == "mutual defence or defense -labour -labor"
    # phrases are matched as written
    assert parse_query('"mutual defence"').to_fts5() == '"mutual defence"'


def test_or_binds_tighter_than_the_words_around_it_on_every_backend():
    # "alpha beta or zebra" is alpha AND (beta OR zebra): a record with only "zebra" is no hit.
    both = TakeawayFactory(body="Alpha and beta walk together.")
    alternative = TakeawayFactory(body="Alpha meets a zebra.")
    TakeawayFactory(body="Only a zebra here.")
    assert set(apply_search(Takeaway.objects.all(), "alpha beta or zebra")) == {both, alternative}


def test_apps_declare_their_searchable_models():
    """Each app's search.py is collected: every spec names an installed model and real
    fields, every search_all() type is declared by one spec, and every dependent table
    feeds a declared spec."""
    for spec in specs():
        model = apps.get_model(spec.label)
        for source in (s for weight in spec.weights().values() for s in weight if s.column):
            model._meta.get_field(source.column)
    assert {"treaties.treaty", "treaties.article", "commentary.takeaway", "actors.actor"} <= set(specs_by_label())
    assert set(type_labels()) == set(SEARCH_TYPES)
    assert {d.spec_label for d in dependents()} <= set(specs_by_label())
    assert len({d.name for d in dependents()}) == len(dependents())
