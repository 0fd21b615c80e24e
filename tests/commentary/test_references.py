"""Storing resolver results, editor decisions across re-runs, the seed round trip, and quality."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from commentary.ingest.load import document_read
from commentary.ingest.parse import document_parse
from commentary.models import Citation, Expert, LinkMethod, Mention, Publication, ReviewStatus, Takeaway
from commentary.resolver_quality import TARGETS, resolver_quality_measure
from commentary.services import publication_ingest, takeaway_resolve_references
from core.models import EditorialStatus
from tests.actors.factories import ActorAliasFactory, StateFactory
from tests.commentary.factories import PublicationFactory, TakeawayFactory
from tests.treaties.factories import TreatyFactory

pytestmark = pytest.mark.django_db
SEED_CORPUS = "seed/corpus/stimson-takeaways-kim-putin-summit-2024.txt"
SEED_PUBLICATION = "takeaways-from-the-kim-putin-summit"


@pytest.fixture
def small_world():
    ruritania = StateFactory(name="Kingdom of Ruritania", slug="ruritania", short_name="Ruritania")
    ActorAliasFactory(actor=ruritania, name="RU", kind="abbreviation", case_sensitive=True)
    treaty = TreatyFactory(title="Treaty of Zenda", short_title="Treaty of Zenda", slug="zenda")
    publication = PublicationFactory(subject_treaty=treaty)
    takeaway = TakeawayFactory(
        publication=publication,
        body="Ruritania signed the Treaty of Zenda.\n\nRU and Ruritania’s king; us and them.",
    )
    return ruritania, treaty, takeaway


def test_resolving_stores_auto_links_with_span_quote_and_score(small_world):
    ruritania, treaty, takeaway = small_world
    result = takeaway_resolve_references(takeaway=takeaway)
    mentions = list(takeaway.mentions.order_by("start").values_list("quote", "start", "end", "method", "actor"))
    assert mentions == [
        ("Ruritania", 0, 9, "auto", ruritania.pk),
        ("RU", 39, 41, "auto", ruritania.pk),
        ("Ruritania", 46, 55, "auto", ruritania.pk),
    ]
    citation = takeaway.citations.get()
    assert (citation.quote, citation.treaty, citation.article, citation.method) == (
        "Treaty of Zenda",
        treaty,
        None,
        LinkMethod.AUTO,
    )
    assert takeaway.body[citation.start : citation.end] == citation.quote
    assert 0 < citation.score <= 1
    assert (result.found, result.created) == (4, 4)


def test_rerunning_keeps_editor_decisions_and_removes_stale_unreviewed_rows(small_world):
    _, _, takeaway = small_world
    takeaway_resolve_references(takeaway=takeaway)
    first, second, third = takeaway.mentions.order_by("start")
    first.review_status = ReviewStatus.CONFIRMED
    first.save()
    second.review_status = ReviewStatus.REJECTED
    second.save()
    again = takeaway_resolve_references(takeaway=takeaway)
    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    assert dict(takeaway.mentions.values_list("start", "review_status")) == {
        0: "confirmed",
        39: "rejected",
        46: "pending",
    }
    # the text changes: the pending row goes, the editor's decisions stay
    takeaway.body = "Ruritania signed the Treaty of Zenda.\n\nRU said nothing."
    takeaway.save()
    result = takeaway_resolve_references(takeaway=takeaway)
    assert result.removed == 1
    assert sorted(takeaway.mentions.values_list("start", "review_status")) == [(0, "confirmed"), (39, "rejected")]


def test_a_rejected_finding_is_not_offered_again_when_the_text_moves(small_world):
    _, _, takeaway = small_world
    takeaway_resolve_references(takeaway=takeaway)
    takeaway.mentions.filter(start=39).update(review_status=ReviewStatus.REJECTED)
    takeaway.body = takeaway.body.replace("RU and", "RU  and")  # same spans; a rejected row stays alone
    takeaway.save()
    takeaway_resolve_references(takeaway=takeaway)
    assert takeaway.mentions.filter(start=39).count() == 1


def test_curated_links_are_never_duplicated_or_changed(small_world):
    ruritania, _, takeaway = small_world
    curated = Mention.objects.create(
        takeaway=takeaway, actor=ruritania, start=0, end=9, quote="Ruritania", method=LinkMethod.EDITOR
    )
    takeaway_resolve_references(takeaway=takeaway)
    assert takeaway.mentions.filter(start=0, end=9).count() == 1
    curated.refresh_from_db()
    assert (curated.method, curated.version) == (LinkMethod.EDITOR, 1)


def test_resolve_references_command_on_the_seed_adds_auto_links_beside_curated_ones(seeded):
    curated = set(Citation.objects.values_list("pk", "version")) | set(Mention.objects.values_list("pk", "version"))
    out = StringIO()
    call_command("resolve_references", "--publication", SEED_PUBLICATION, stdout=out)
    assert "5 takeaways" in out.getvalue()
    auto = Citation.objects.filter(method=LinkMethod.AUTO)
    assert auto.exists()
    # nothing duplicates a curated row's exact span and target; curated rows are untouched
    for row in auto:
        assert not Citation.objects.filter(
            takeaway=row.takeaway, start=row.start, end=row.end, treaty=row.treaty, article=row.article,
            method=LinkMethod.EDITOR,
        ).exists()  # fmt: skip
    after = {(r.pk, r.version) for r in Citation.objects.filter(method=LinkMethod.EDITOR)}
    after |= {(r.pk, r.version) for r in Mention.objects.filter(method=LinkMethod.EDITOR)}
    assert after == curated
    count = Citation.objects.count() + Mention.objects.count()
    call_command("resolve_references", stdout=StringIO())
    assert Citation.objects.count() + Mention.objects.count() == count


def test_resolve_references_refuses_an_unknown_publication(db):
    with pytest.raises(CommandError, match="unknown publication 'nope'"):
        call_command("resolve_references", "--publication", "nope", stdout=StringIO())


def _snapshot():
    publication = Publication.objects.get()
    return {
        "publication": (publication.title, publication.dek, publication.slug),
        "experts": sorted(Expert.objects.values_list("name", flat=True)),
        "takeaways": [
            (t.position, t.heading, t.body, t.image_credit,
             [(a.expert.name, a.role) for a in t.authorships.order_by("position")])
            for t in Takeaway.objects.order_by("position")
        ],
    }  # fmt: skip


def test_ingesting_the_seed_corpus_into_an_empty_database_equals_load_seed(db):
    document = document_parse(text=document_read(path=SEED_CORPUS))
    publication_ingest(document=document)
    ingested = _snapshot()
    Takeaway.objects.all().delete()
    Expert.objects.all().delete()
    Publication.objects.all().delete()
    call_command("load_seed", stdout=StringIO())
    assert _snapshot() == ingested
    assert len(ingested["takeaways"]) == 5


def test_ingesting_the_seed_corpus_over_the_seed_changes_nothing_it_describes(seeded):
    document = document_parse(text=document_read(path=SEED_CORPUS))
    report = publication_ingest(document=document)
    assert report.summary == "0 created, 0 updated"
    assert sorted(report.experts_matched) == [
        "Jenny Town",
        "Rachel Minyoung Lee",
        "Vladimir Ivanov",
        "Yuki Tatsumi",
        "Yun Sun",
    ]
    assert report.references_found == 296  # 301 before the seventh round: five visit destinations are places
    again = publication_ingest(document=document)
    assert (again.summary, again.references_created) == ("0 created, 0 updated", 0)
    assert Publication.objects.get().editorial_status == EditorialStatus.PUBLISHED


def test_resolver_meets_the_quality_targets_on_the_seed(seeded):
    report = resolver_quality_measure(publication_slug=SEED_PUBLICATION)
    for kind, targets in TARGETS.items():
        assert report[kind]["gold"] > 0
        assert report[kind]["precision"] >= targets["precision"], report[kind]["false_positives"]
        assert report[kind]["recall"] >= targets["recall"], report[kind]["false_negatives"]


def test_held_out_documents_parse_and_meet_the_targets_with_no_trap_links(seeded):
    """Regression guard for issue 8: bench/heldout/ ingested through every layout, then scored."""
    from commentary.resolver_quality import HELDOUT_TARGETS, heldout_measure

    report = heldout_measure()
    assert [row["problems"] for row in report["layouts"]] == [[]] * 6
    assert report["trap_links"] == [] and report["traps"] >= 15
    for kind, targets in HELDOUT_TARGETS.items():
        assert report[kind]["precision"] >= targets["precision"], report[kind]["false_positives"]
        assert report[kind]["recall"] >= targets["recall"], report[kind]["false_negatives"]
    assert all(row["found"] for row in report["external_and_ambiguous"])


# Trap links each held-out set is known to make, as (section, linked text, trap text); the guard
# fails on any other, so a rule change that adds a wrong link on a trap fails CI. Sets 4 and 5
# had one each and set 6 one of its three, all a visit's destination ("visited Pyongyang",
# "visit to Pyongyang"); the seventh round reads a visited capital as the place (decision 0013),
# so those entries are gone and the guard is tight again.
KNOWN_TRAP_LINKS = {
    "heldout": set(),
    "heldout2": set(),
    "heldout3": set(),
    "heldout4": set(),
    "heldout5": set(),
    # Left after the sixth round (bench/results/resolver_quality_heldout6_after.md): the right
    # treaty on a span that takes in a date trap, and "the 1961 treaty" one sentence after "the
    # Chinese treaty" (the nearest reading).
    "heldout6": {
        ("1105-msk", "'the first treaty with Moscow in July 1961'", "'in July 1961'"),
        ("where-does-china-fit", "'the 1961 treaty'", "'the 1961 treaty'"),
    },
    # Set 7's five blind-run trap links (and the "Kim" one that reading its date exposed) are gone
    # after the seventh round (bench/results/resolver_quality_heldout7_after.md).
    "heldout7": set(),
    # Set 8's three blind-run trap links and the "Beijing" one the refused Q&A exposed once it
    # parsed are gone after the eighth round (bench/results/resolver_quality_heldout8_after.md).
    "heldout8": set(),
}


def _trap_key(line: str) -> tuple[str, str, str]:
    where = line.split("@", 1)[0]
    linked = line.split(" ", 1)[1].split(" -> ", 1)[0]
    trap = line.rsplit("(trap ", 1)[1].rstrip(")")
    return where, linked, trap


@pytest.mark.parametrize("name", sorted(KNOWN_TRAP_LINKS))
def test_held_out_sets_make_no_new_trap_links(seeded, name):
    """Guard for issue 8: no held-out set gains a link on a trap span (an outside instrument's
    article, a capital inside a name, a namesake, a date that is not a treaty)."""
    from pathlib import Path

    from commentary.resolver_quality import heldout_measure

    directory = Path(__file__).resolve().parents[2] / "bench" / name
    report = heldout_measure(directory=directory)
    assert report["traps"] >= 15
    assert [row["problems"] for row in report["layouts"]] == [[] for _ in report["layouts"]]
    assert {_trap_key(line) for line in report["trap_links"]} <= KNOWN_TRAP_LINKS[name], report["trap_links"]


def test_the_seed_makes_no_link_its_curation_lacks(seeded):
    report = resolver_quality_measure(publication_slug=SEED_PUBLICATION)
    assert [report[kind]["false_positives"] for kind in ("article", "treaty", "actor")] == [[], [], []]


# The seed's curation reads a visit's destination as the state ("Putin's whirlwind state visit to
# Pyongyang", "visited Pyongyang", "Kim Il-Sung's visit to Moscow in 1984", "Kishida's visit to
# Washington DC"); the held-out convention, adopted in the seventh round (decision 0013), reads
# it as the place. These five curated mentions are the known seed disagreement; any other seed
# miss fails.
SEED_KNOWN_MISSES = {
    ("russia-and-north-korea-upgrade-relations", "'Pyongyang'"),
    ("chinas-reaction-to-putins-north-korea-visit", "'Pyongyang'"),
    ("cooperation-and-conflict-for-russia-and-north-korea", "'Pyongyang'"),
    ("russia-north-korea-alignment-renews-tokyos-geopolitical-concerns", "'Moscow'"),
    ("russia-north-korea-alignment-renews-tokyos-geopolitical-concerns", "'Washington DC'"),
}


def test_the_seed_misses_only_its_known_visit_destinations(seeded):
    report = resolver_quality_measure(publication_slug=SEED_PUBLICATION)
    assert [report[kind]["false_negatives"] for kind in ("article", "treaty")] == [[], []]
    missed = [(line.split("@", 1)[0], line.split(" ", 1)[1].split(" -> ", 1)[0])
              for line in report["actor"]["false_negatives"]]  # fmt: skip
    assert sorted(missed) == sorted(SEED_KNOWN_MISSES)


def _headline_doc(title: str, published: str) -> str:
    return (
        f"# {title}\n\n*Published {published}*\n\nTwo readers answer.\n\n"
        "## The clause\n\nBy Ada Brightwater\nFellow, Fenwick Institute\n\n"
        "Article 4 decides everything, and Article 3 only opens talks.\n\n"
        "## The cost\n\nBy Oskar Vell\nAnalyst, Fenwick Institute\n\nNobody has priced Article 4 yet.\n"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Moscow, Pyongyang and the treaty, two years on",  # parties and a treaty noun: the latest treaty
        "What the 2024 treaty has done",  # the one treaty the headline links
        "Is the Russia–North Korea pact an alliance?",  # several fit: the latest signed by then
    ],
)
def test_a_headline_that_names_a_treaty_sets_the_subject_whenever_the_piece_was_written(seeded, title):
    document = document_parse(text=_headline_doc(title, "3 November 2026"), filename="piece.md")
    publication_ingest(document=document)
    publication = Publication.objects.get(title=title)
    assert publication.subject_treaty.slug == "russia-dprk-2024"
    cited = Citation.objects.filter(takeaway__publication=publication).order_by("takeaway__position", "start")
    assert [(c.quote, c.article.treaty.slug) for c in cited] == [
        ("Article 4", "russia-dprk-2024"),
        ("Article 3", "russia-dprk-2024"),
        ("Article 4", "russia-dprk-2024"),
    ]


def test_a_headline_naming_parties_without_a_treaty_noun_long_after_a_signing_sets_no_subject(seeded):
    document = document_parse(text=_headline_doc("Moscow and Pyongyang, two years on", "3 November 2026"),
                              filename="piece.md")  # fmt: skip
    publication_ingest(document=document)
    assert Publication.objects.get(title="Moscow and Pyongyang, two years on").subject_treaty is None


def _doc_with_bodies(title: str, published: str, first: str, second: str) -> str:
    return (
        f"# {title}\n\n*Published {published}*\n\nTwo readers answer.\n\n"
        f"## The clause\n\nBy Ada Brightwater\nFellow, Fenwick Institute\n\n{first}\n\n"
        f"## The cost\n\nBy Oskar Vell\nAnalyst, Fenwick Institute\n\n{second}\n"
    )


def test_a_headline_treaty_outranks_a_treaty_the_body_names_by_title_in_passing(seeded):
    """Written between signature (19 June 2024) and entry into force (4 December 2024): the
    headline's treaty is the subject, though the body names only the UN Charter by its title."""
    title = "Two readers on the Russia–North Korea pact before it takes effect"
    text = _doc_with_bodies(
        title,
        "2 October 2024",
        "The treaty leans on the UN Charter for its legitimacy. Art. 3 only opens talks.",
        "Article 4 is what both capitals will be judged on.",
    )
    publication_ingest(document=document_parse(text=text, filename="piece.md"))
    publication = Publication.objects.get(title=title)
    assert publication.subject_treaty.slug == "russia-dprk-2024"
    cited = Citation.objects.filter(takeaway__publication=publication).order_by("takeaway__position", "start")
    assert [(c.quote, c.treaty.slug) for c in cited] == [
        ("The treaty", "russia-dprk-2024"),
        ("UN Charter", "un-charter"),
        ("Art. 3", "russia-dprk-2024"),
        ("Article 4", "russia-dprk-2024"),
    ]


def test_a_headline_several_treaties_fit_takes_the_one_the_body_names_by_title(seeded):
    """Both the 2000 and the 2024 treaty were signed by then; the body names the 2000 one."""
    title = "The Russia–North Korea treaty, looked at again"
    text = _doc_with_bodies(
        title,
        "2 October 2025",
        "The 2000 Russia–DPRK treaty has no defence clause at all.",
        "Its Article 2 only asks both sides to talk.",
    )
    publication_ingest(document=document_parse(text=text, filename="piece.md"))
    assert Publication.objects.get(title=title).subject_treaty.slug == "russia-dprk-2000"


@pytest.mark.parametrize(
    "title",
    ["Moscow and Pyongyang sign a new agreement on tourism", "Russia, North Korea seal another pact"],
)
def test_a_headline_announcing_a_new_instrument_long_after_a_signing_sets_no_subject(seeded, title):
    """An indefinite treaty noun announces an instrument the catalogue may not hold: guessing
    the parties' latest treaty would give the piece's bare article numbers to the wrong one."""
    document = document_parse(text=_headline_doc(title, "3 November 2026"), filename="piece.md")
    publication_ingest(document=document)
    publication = Publication.objects.get(title=title)
    assert publication.subject_treaty is None
    assert not Citation.objects.filter(takeaway__publication=publication, article__isnull=False).exists()
