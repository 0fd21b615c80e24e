"""load_seed: exact counts from the seed files, idempotence, fidelity to the corpus, curated links."""

import copy
import io
import re
import shutil
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import transaction

from actors.models import Actor, ActorAlias, ActorRelation, Event, EventParticipant, RelationKind
from commentary.models import Citation, Expert, LinkMethod, Mention, Publication, ReviewStatus, Takeaway, Topic
from core.audit import Audit
from core.models import Confidence, EditorialStatus, Source
from core.services import record_update
from seed.loader import SEED_DIR, SeedError, SeedLoader, seed_data_read, spans_locate
from treaties.models import Article, ArticleLink, ArticleLinkKind, Treaty, TreatyParty

CORPUS = SEED_DIR / "corpus" / "stimson-takeaways-kim-putin-summit-2024.txt"
TOTAL = re.compile(r"^Seed loaded: (\d+) created, (\d+) updated$", re.MULTILINE)
PER_MODEL = re.compile(r"^  (\S+): (\d+) created, (\d+) updated$", re.MULTILINE)


def run_load_seed(**kwargs) -> str:
    out = io.StringIO()
    call_command("load_seed", stdout=out, **kwargs)
    return out.getvalue()


@pytest.fixture(scope="module")
def seed_data() -> dict:
    return seed_data_read()


def curated_count(entries: list[dict]) -> int:
    return sum(entry["count"] if entry.get("occurrence") == "all" else 1 for entry in entries)


def normalise(text: str) -> str:
    return " ".join(text.split())


def corpus_sections(headings: list[str]) -> list[str]:
    """The body text of each takeaway in the corpus file: from its heading to the next heading
    (the last one ends at the newsletter footer), without heading, byline, role and image credit."""
    text = CORPUS.read_text("utf-8")
    starts = [text.index(f"\n{heading}\n") for heading in headings]
    ends = [*starts[1:], text.index("\nStay informed about our latest")]
    sections = []
    for start, end in zip(starts, ends, strict=True):
        lines = [line for line in text[start:end].split("\n") if line.strip()]
        heading, byline, role, *rest = lines
        assert byline.startswith("By ") and role
        if rest[0].startswith("Source: "):
            rest = rest[1:]
        sections.append("\n".join(rest))
    return sections


# -- counts -----------------------------------------------------------------------------------
@pytest.mark.django_db
def test_load_seed_creates_the_corpus_counts():
    run_load_seed()
    assert Publication.objects.count() == 1
    assert Takeaway.objects.count() == 5
    assert Expert.objects.count() == 5
    articles = {
        slug: Article.objects.filter(treaty__slug=slug).count()
        for slug in Treaty.objects.values_list("slug", flat=True)
    }
    assert articles == {
        "russia-dprk-2024": 23,
        "ussr-dprk-1961": 6,
        "china-dprk-1961": 7,
        "russia-dprk-2000": 12,
        "un-charter": 1,
    }


@pytest.mark.django_db
def test_load_seed_counts_match_the_seed_files(seed_data):
    run_load_seed()
    actors, events = seed_data["actors"], seed_data["events"]["events"]
    curation = seed_data["curation"]["takeaways"].values()
    assert Actor.objects.count() == len(actors["actors"])
    assert ActorAlias.objects.count() == sum(len(a.get("aliases", [])) for a in actors["actors"])
    assert ActorRelation.objects.count() == len(actors["relations"])
    assert Event.objects.count() == len(events)
    assert EventParticipant.objects.count() == sum(len(e["participants"]) for e in events)
    assert TreatyParty.objects.count() == sum(len(t.get("parties", [])) for t in seed_data["treaties"]["treaties"])
    assert ArticleLink.objects.count() == len(seed_data["treaties"]["article_links"])
    assert Topic.objects.count() == len(seed_data["commentary"]["topics"])
    assert Citation.objects.count() == sum(curated_count(c["citations"]) for c in curation)
    assert Mention.objects.count() == sum(curated_count(c["mentions"]) for c in curation)


@pytest.mark.django_db
def test_load_seed_reports_per_model_counts_that_add_up_to_the_total():
    output = run_load_seed()
    created, updated = map(int, TOTAL.search(output).groups())
    rows = PER_MODEL.findall(output)
    assert created == sum(int(c) for _, c, _ in rows) > 0
    assert updated == 0
    assert {label: int(c) for label, c, _ in rows}["commentary.Takeaway"] == 5


# -- idempotence and atomicity ----------------------------------------------------------------
VERSIONED = [Actor, ActorAlias, ActorRelation, Event, Treaty, TreatyParty, Article, ArticleLink, Expert, Publication,
             Takeaway, Citation, Mention, Source]  # fmt: skip


def snapshot() -> dict:
    return {model.__name__: set(model.objects.values_list("id", "updated", "version")) for model in VERSIONED}


@pytest.mark.django_db
def test_second_load_seed_changes_nothing():
    run_load_seed()
    before = snapshot()
    history_before = Takeaway.history.count()
    output = run_load_seed()
    assert TOTAL.search(output).groups() == ("0", "0")
    assert "Seed loaded: 0 created, 0 updated" in output
    assert snapshot() == before
    assert Takeaway.history.count() == history_before


@pytest.mark.django_db
def test_load_seed_keeps_an_editor_edit_and_reports_it(editor):
    run_load_seed()
    treaty = Treaty.objects.get(slug="russia-dprk-2024")
    record_update(instance=treaty, changes={"signed_at": "Pyongyang (edited)"}, audit=Audit(user=editor, channel="api"))
    history_before = treaty.history.count()
    output = run_load_seed()
    assert TOTAL.search(output) is None  # the total line now names the kept edit
    assert "Seed loaded: 0 created, 0 updated, 1 kept editor edit" in output
    assert "kept editor edit: treaties.Treaty" in output and ": signed_at" in output
    treaty.refresh_from_db()
    assert treaty.signed_at == "Pyongyang (edited)"
    assert treaty.history.count() == history_before  # the seed wrote nothing


@pytest.mark.django_db
def test_load_seed_applies_a_changed_seed_value_editors_did_not_touch(seed_data, editor):
    run_load_seed()
    treaty = Treaty.objects.get(slug="russia-dprk-2024")
    record_update(instance=treaty, changes={"signed_at": "Pyongyang (edited)"}, audit=Audit(user=editor, channel="api"))
    data = copy.deepcopy(seed_data)
    row = next(t for t in data["treaties"]["treaties"] if t["slug"] == "russia-dprk-2024")
    row["duration_terms"] = "Indefinite (changed in the seed file)"
    row["signed_at"] = "Moscow (seed change)"
    with transaction.atomic():
        stats = SeedLoader(data=data).load()
    treaty.refresh_from_db()
    assert treaty.duration_terms == "Indefinite (changed in the seed file)"
    assert treaty.signed_at == "Pyongyang (edited)"  # the editor's edit wins over the file
    assert stats.updated["treaties.Treaty"] == 1
    assert stats.kept == [("treaties.Treaty", str(treaty), ["signed_at"])]
    assert treaty.history.first().history_channel == "seed"


@pytest.mark.django_db
def test_load_seed_restores_a_value_changed_outside_the_editorial_channels():
    # No admin or API edit in the history (a bare UPDATE, the resolver): the seed's to restore.
    run_load_seed()
    Actor.objects.filter(slug="north-korea").update(short_name="Best Korea")
    output = run_load_seed()
    assert TOTAL.search(output).groups() == ("0", "1")
    actor = Actor.objects.get(slug="north-korea")
    assert (actor.short_name, actor.version) == ("North Korea", 2)
    latest = actor.history.first()
    assert (latest.history_type, latest.history_change_reason, latest.history_channel) == ("~", "load_seed", "seed")


@pytest.mark.django_db
def test_load_seed_failure_leaves_the_database_unchanged(tmp_path: Path):
    for path in SEED_DIR.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    curation = tmp_path / "curation.yaml"
    curation.write_text(curation.read_text("utf-8").replace("{text: a Treaty,", "{text: a Trea7y,"), "utf-8")
    with pytest.raises(CommandError, match="a Trea7y"):
        run_load_seed(seed_dir=tmp_path)
    assert Actor.objects.count() == Treaty.objects.count() == Takeaway.objects.count() == 0


@pytest.mark.django_db
def test_load_seed_records_history_with_reason_and_channel():
    run_load_seed()
    record = Treaty.history.get(slug="russia-dprk-2024")
    assert (record.history_type, record.history_change_reason, record.history_channel) == ("+", "load_seed", "seed")


# -- fidelity to the corpus -------------------------------------------------------------------
@pytest.mark.django_db
def test_each_takeaway_body_matches_the_corpus_with_whitespace_normalised():
    run_load_seed()
    takeaways = list(Takeaway.objects.order_by("position"))
    for takeaway, section in zip(takeaways, corpus_sections([t.heading for t in takeaways]), strict=True):
        assert normalise(takeaway.body) == normalise(section), takeaway.heading


@pytest.mark.django_db
def test_takeaway_bodies_are_paragraphs_joined_by_one_blank_line():
    run_load_seed()
    for takeaway in Takeaway.objects.all():
        assert "\n\n\n" not in takeaway.body
        assert takeaway.body == takeaway.body.strip()
        assert all(p == p.strip() and "\n" not in p for p in takeaway.body.split("\n\n"))
    assert len(Takeaway.objects.get(position=5).paragraphs) == 7


@pytest.mark.django_db
def test_takeaways_keep_document_order_authors_roles_and_image_credits():
    run_load_seed()
    rows = [
        (t.heading, t.authorships.get().expert.slug, t.authorships.get().role, t.image_credit)
        for t in Takeaway.objects.order_by("position")
    ]
    assert rows == [
        ("Russia and North Korea Upgrade Relations", "jenny-town", "Director, Korea Program and 38 North",
         "Korean Central News Agency"),
        ("China’s Reaction to Putin’s North Korea Visit", "yun-sun", "Director, China Program", "Thomas.fanghaenel"),
        ("Cooperation and Conflict for Russia and North Korea", "rachel-minyoung-lee",
         "Senior Fellow, Korea Program and 38 North", "Korean Central News Agency"),
        ("Russia-North Korea Alignment Renews Tokyo’s Geopolitical Concerns", "yuki-tatsumi", "Director, Japan Program",
         ""),
        ("What Putin’s Visit to Pyongyang Says About the Kremlin’s Unfolding Foreign Policy", "vladimir-ivanov",
         "Adjunct Senior Fellow", "Korean Central News Agency"),
    ]  # fmt: skip


@pytest.mark.django_db
def test_publication_points_at_publisher_and_subject_treaty():
    run_load_seed()
    publication = Publication.objects.get(slug="takeaways-from-the-kim-putin-summit")
    assert publication.title == "Takeaways From the Kim-Putin Summit"
    assert (publication.publisher.slug, publication.subject_treaty.slug) == ("stimson-center", "russia-dprk-2024")
    assert (publication.published_on.year, publication.published_on.month) == (2024, 6)
    # The day is a stand-in, and the record says so.
    assert publication.confidence == Confidence.PROBABLE
    assert publication.dek.startswith("Stimson experts weigh in")


# -- curated citations and mentions -----------------------------------------------------------
@pytest.mark.django_db
def test_article_4_of_the_new_treaty_resolves_to_article_4_of_the_2024_treaty():
    run_load_seed()
    citation = Citation.objects.get(quote="Article 4 of the new treaty")
    assert (citation.treaty.slug, citation.article.number) == ("russia-dprk-2024", "4")
    assert citation.takeaway.body[citation.start : citation.end] == "Article 4 of the new treaty"
    assert citation.takeaway.position == 3
    assert (citation.method, citation.review_status, citation.score) == (LinkMethod.EDITOR, ReviewStatus.CONFIRMED, 1.0)


@pytest.mark.django_db
def test_citations_of_other_treaties_and_the_un_charter():
    run_load_seed()
    by_quote = {c.quote: c for c in Citation.objects.select_related("treaty", "article")}
    article_51 = by_quote["the United Nations (UN) Charter’s Article 51"]
    assert (article_51.treaty.slug, article_51.article.number) == ("un-charter", "51")
    assert by_quote["a mutual defense treaty with DPRK"].treaty.slug == "china-dprk-1961"
    assert by_quote["its own treaty with North Korea"].treaty.slug == "china-dprk-1961"
    assert by_quote["the 1961 DPRK-USSR treaty"].treaty.slug == "ussr-dprk-1961"
    assert by_quote["the UN Charter"].article is None
    takeaway_3 = Takeaway.objects.get(position=3)
    assert [
        c.article.number for c in takeaway_3.citations.filter(quote__in=["Articles 10", "11"]).order_by("start")
    ] == [
        "10",
        "11",
    ]


@pytest.mark.django_db
def test_pyongyang_is_a_mention_of_north_korea_through_its_alias():
    run_load_seed()
    takeaway = Takeaway.objects.get(position=1)
    mentions = takeaway.mentions.filter(quote="Pyongyang")
    starts = [match.start() for match in re.finditer("Pyongyang", takeaway.body)]
    assert sorted(m.start for m in mentions) == starts
    assert {m.actor.slug for m in mentions} == {"north-korea"}
    assert ActorAlias.objects.filter(actor__slug="north-korea", name="Pyongyang", kind="metonym").exists()


@pytest.mark.django_db
def test_mentions_follow_longest_match_and_never_overlap():
    run_load_seed()
    takeaway = Takeaway.objects.get(position=1)
    mention = takeaway.mentions.get(quote="Democratic People’s Republic of Korea")
    assert mention.actor.slug == "north-korea"
    inside = takeaway.mentions.filter(start__gte=mention.start, end__lte=mention.end).exclude(pk=mention.pk)
    assert not inside.exists()
    for takeaway in Takeaway.objects.all():
        spans = sorted(takeaway.mentions.values_list("start", "end"))
        assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:], strict=False))
        assert all(takeaway.body[m.start : m.end] == m.quote for m in takeaway.mentions.all())


@pytest.mark.django_db
def test_every_curated_link_is_an_editor_confirmed_link():
    run_load_seed()
    for model in (Citation, Mention):
        assert set(model.objects.values_list("method", "review_status", "score")) == {
            (LinkMethod.EDITOR, ReviewStatus.CONFIRMED, 1.0)
        }


def test_spans_locate_prefers_the_longest_text_and_numbers_occurrences_outside_it():
    body = "North Korea and Korea; Korea again. North Korea."
    spans = spans_locate(
        body=body,
        entries=[
            {"text": "Korea", "occurrence": 2},
            {"text": "North Korea", "occurrence": "all", "count": 2},
        ],
    )
    assert [(body[s.start : s.end], s.start) for s in spans] == [
        ("North Korea", 0),
        ("Korea", 23),
        ("North Korea", 36),
    ]


@pytest.mark.parametrize(
    "entry",
    [
        {"text": "Kim", "occurrence": "all", "count": 3},
        {"text": "Xi", "occurrence": 1},
        {"text": "Kim", "occurrence": 3},
    ],
)
def test_spans_locate_fails_loudly_when_the_curated_text_does_not_fit(entry):
    with pytest.raises(SeedError):
        spans_locate(body="Kim met Kim. Kimchi.", entries=[entry])


# -- treaties, actors, events, relations ------------------------------------------------------
@pytest.mark.django_db
def test_2024_treaty_supersedes_the_2000_treaty():
    run_load_seed()
    treaty_2024 = Treaty.objects.get(slug="russia-dprk-2024")
    assert list(treaty_2024.supersedes.values_list("slug", flat=True)) == ["russia-dprk-2000"]
    treaty_2000 = Treaty.objects.get(slug="russia-dprk-2000")
    assert (treaty_2000.status, treaty_2000.ended_on) == ("superseded", treaty_2024.in_force_on)


@pytest.mark.django_db
def test_treaty_parties_carry_signatories_and_dates():
    run_load_seed()
    parties = {
        (p.treaty.slug, p.actor.slug): (p.signatory.slug, str(p.signed_on), str(p.ratified_on))
        for p in TreatyParty.objects.select_related("treaty", "actor", "signatory")
    }
    assert parties[("russia-dprk-2024", "russia")] == ("vladimir-putin", "2024-06-19", "2024-11-09")
    assert parties[("russia-dprk-2024", "north-korea")] == ("kim-jong-un", "2024-06-19", "2024-11-11")
    assert parties[("ussr-dprk-1961", "soviet-union")][0] == "nikita-khrushchev"
    assert parties[("china-dprk-1961", "china")][0] == "zhou-enlai"


@pytest.mark.django_db
def test_article_links_and_provision_types():
    run_load_seed()
    links = {
        (str(link.source), link.kind, link.target.treaty.slug, link.target.number) for link in ArticleLink.objects.all()
    }
    assert (
        "Treaty on Comprehensive Strategic Partnership Art. 4",
        ArticleLinkKind.ECHOES,
        "ussr-dprk-1961",
        "1",
    ) in links
    assert ("Treaty on Comprehensive Strategic Partnership Art. 4", ArticleLinkKind.CITES, "un-charter", "51") in links
    article_4 = Article.objects.get(treaty__slug="russia-dprk-2024", number="4")
    assert set(article_4.provision_types.values_list("code", flat=True)) == {"mutual-defense", "self-defense"}
    numerals = list(Article.objects.filter(treaty__slug="china-dprk-1961").values_list("number", "ordinal"))
    assert numerals == [("I", 1), ("II", 2), ("III", 3), ("IV", 4), ("V", 5), ("VI", 6), ("VII", 7)]


@pytest.mark.django_db
def test_unverified_article_subjects_are_never_stored_as_fact():
    run_load_seed()
    articles = Article.objects.filter(treaty__slug="russia-dprk-2024")
    for number in ("9", "12", "13", "14", "15", "17", "18", "19", "20", "21"):
        article = articles.get(number=number)
        assert article.confidence == Confidence.UNVERIFIED
        assert not article.provision_types.exists()
    assert articles.get(number="14").summary == ""
    assert articles.get(number="5").confidence == Confidence.PROBABLE
    assert articles.get(number="4").confidence == Confidence.CONFIRMED


@pytest.mark.django_db
def test_actors_carry_only_confirmed_identifiers():
    run_load_seed()
    actors = {a.slug: a for a in Actor.objects.all()}
    assert (actors["north-korea"].iso3, actors["north-korea"].wikidata_qid) == ("PRK", "Q423")
    for slug in ("kishida-fumio", "jens-stoltenberg", "kim-il-sung", "quad", "stimson-center"):
        assert actors[slug].wikidata_qid is None
    assert str(actors["soviet-union"].active_until) == "1991-12-26"
    assert actors["38-north"].parent == actors["stimson-center"]
    us = ActorAlias.objects.get(actor__slug="united-states", name="US")
    assert (us.kind, us.case_sensitive) == ("abbreviation", True)


@pytest.mark.django_db
def test_relations_are_grounded_in_their_treaties():
    run_load_seed()
    partnership = ActorRelation.objects.get(kind=RelationKind.STRATEGIC_PARTNERSHIP)
    assert (partnership.subject.slug, partnership.object.slug) == ("russia", "north-korea")
    assert list(partnership.grounding_treaties.values_list("slug", flat=True)) == ["russia-dprk-2024"]
    alliance = ActorRelation.objects.get(kind=RelationKind.ALLIANCE, subject__slug="china")
    assert list(alliance.grounding_treaties.values_list("slug", flat=True)) == ["china-dprk-1961"]
    assert ActorRelation.objects.filter(
        subject__slug="russia", object__slug="soviet-union", kind="successor_of"
    ).exists()


@pytest.mark.django_db
def test_treaty_events_cover_signing_to_entry_into_force():
    run_load_seed()
    events = Treaty.objects.get(slug="russia-dprk-2024").events.order_by("start_date", "kind")
    assert [e.kind for e in events][1:] == [
        "signing",
        "ratification",
        "ratification",
        "ratification",
        "ratification",
        "entry_into_force",
        "exchange_of_instruments",
    ]
    signing = events.get(kind="signing")
    assert set(signing.participants.values_list("slug", flat=True)) >= {"vladimir-putin", "kim-jong-un"}


@pytest.mark.django_db
def test_everything_editorial_is_published(seeded):
    for model in (Actor, ActorRelation, Event, Treaty, Article, Expert, Publication, Takeaway):
        assert set(model.objects.values_list("editorial_status", flat=True)) == {EditorialStatus.PUBLISHED}
    assert Takeaway.objects.public().count() == 5


@pytest.mark.django_db
def test_load_seed_turns_an_automatic_link_on_a_curated_span_into_the_curated_link():
    run_load_seed()
    mention = Mention.objects.filter(quote="Pyongyang").first()
    Mention.objects.filter(pk=mention.pk).update(method=LinkMethod.AUTO, review_status=ReviewStatus.PENDING, score=0.4)
    assert TOTAL.search(run_load_seed()).groups() == ("0", "1")
    mention.refresh_from_db()
    assert (mention.method, mention.review_status, mention.score) == (LinkMethod.EDITOR, ReviewStatus.CONFIRMED, 1.0)


# -- provenance (decision 0023) -----------------------------------------------------------------
def _facts_by_mark() -> dict:
    """Every row of every model with a confidence mark (records and nested facts), with
    whether it has a source: {label: [(confidence, sourced), ...]}."""
    out = {}
    for model in apps.get_models():
        if model._meta.label_lower.split(".")[1].startswith("historical"):
            continue
        if not any(field.name == "confidence" for field in model._meta.concrete_fields):
            continue
        content_type = ContentType.objects.get_for_model(model)
        sourced = set(Source.objects.filter(content_type=content_type).values_list("object_id", flat=True))
        out[model._meta.label] = [(conf, pk in sourced) for pk, conf in model.objects.values_list("pk", "confidence")]
    return out


@pytest.mark.django_db
def test_no_confirmed_record_or_nested_fact_is_without_a_source():
    run_load_seed()
    facts = _facts_by_mark()
    # the nested facts are among those checked, and the seed has them
    for label in ("treaties.TreatyParty", "actors.EventParticipant", "actors.ActorRelation", "treaties.ArticleLink"):
        assert facts[label], label
    assert facts["treaties.ArticleProvision"]
    unsourced = {
        label: sum(1 for conf, sourced in rows if conf == Confidence.CONFIRMED and not sourced)
        for label, rows in facts.items()
    }
    assert unsourced == dict.fromkeys(facts, 0)


@pytest.mark.django_db
def test_every_seed_fact_has_a_source_or_is_unverified():
    """FACTS.md's rule for the seed: a fact without a source is stored as unverified."""
    run_load_seed()
    unsourced_marks = {
        label: {conf for conf, sourced in rows if not sourced} for label, rows in _facts_by_mark().items()
    }
    assert all(marks <= {Confidence.UNVERIFIED} for marks in unsourced_marks.values()), unsourced_marks


@pytest.mark.django_db
def test_nested_facts_take_their_own_sources_or_their_parents():
    run_load_seed()
    party = TreatyParty.objects.get(treaty__slug="ussr-dprk-1961", actor__slug="soviet-union")
    assert party.confidence == Confidence.CONFIRMED
    assert "documentcloud" in party.sources.first().url
    summit = Event.objects.get(slug="kim-putin-summit-vostochny-2023")
    putin = EventParticipant.objects.get(event=summit, actor__slug="vladimir-putin")
    assert {s.url for s in putin.sources.all()} == {s.url for s in summit.sources.all()}
    coding = Article.objects.get(treaty__slug="russia-dprk-2024", number="4").codings.get(
        provision_type__code="mutual-defense"
    )
    assert coding.confidence == Confidence.CONFIRMED and coding.sources.exists()
    # an alias listed without a source is not presented as fact
    assert ActorAlias.objects.get(actor__slug="russia", name="Moscow").confidence == Confidence.UNVERIFIED
