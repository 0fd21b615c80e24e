"""Resolver rules added after the second held-out set (issue 8, third round). Each is a class
of reading, tested on sentences written for it (none taken from a held-out document): a bare
article number the subject lacks, "the Soviet one", alliances, comparisons and possessives
after a treaty noun, years that date an event rather than a signing, instruments named
"Treaty on/of …", people acting "in" a capital, and people dated by their lifetime."""

import dataclasses
import datetime

import pytest

from tests.treaties.resolver_catalogue import make_catalogue
from treaties.resolver import SUGGESTION_THRESHOLD, Catalogue, ResolveContext, resolve

CATALOGUE = make_catalogue()
SUBJECT = ResolveContext(treaty_id="t2024", date=datetime.date(2024, 9, 1))


def kinds(text, kind, context=SUBJECT, catalogue=CATALOGUE):
    return [
        (r.text, r.target_id or r.candidates) for r in resolve(text, context, catalogue=catalogue) if r.kind == kind
    ]


def targets(text, kind, context=SUBJECT, catalogue=CATALOGUE):
    return [target for _, target in kinds(text, kind, context, catalogue)]


# --- a bare article number the subject treaty does not have ------------------------------------


def test_a_bare_roman_article_goes_to_the_roman_numbered_treaty_named_before_it():
    text = "Article I of the Sino–North Korean treaty is brief, and Article VI is briefer still."
    assert targets(text, "article") == ["tcn1961:I", "tcn1961:VI"]


def test_a_bare_number_the_subject_lacks_goes_to_the_treaty_named_earlier_that_has_it():
    on_1961 = ResolveContext(treaty_id="t1961", date=datetime.date(2024, 9, 1))  # six articles
    assert targets("The 2000 treaty was cited. Article 12 was not.", "article", on_1961) == ["t2000:12"]
    assert targets("The 2000 treaty was cited. Article 4 was not.", "article", on_1961) == ["t1961:4"]


def test_a_bare_arabic_number_only_one_catalogue_treaty_has_is_a_suggestion_for_it():
    (ref,) = [r for r in resolve("Both capitals call it self-defence under Article 51.", SUBJECT, catalogue=CATALOGUE)
              if r.kind == "article"]  # fmt: skip
    assert (ref.target_id, ref.rule) == ("tun:51", "article:only-holder")
    assert ref.confidence < SUGGESTION_THRESHOLD


@pytest.mark.parametrize("text", ["Article 40 was never drafted.", "Article V is quoted in every speech."])
def test_a_bare_number_no_treaty_named_before_has_is_no_link(text):
    assert targets(text, "article") == []


# --- "the Soviet one": a pronoun for a treaty noun said just before --------------------------


def test_the_adjective_one_after_a_treaty_noun_is_that_partys_treaty():
    text = "Two treaties date from that summer: the Soviet one came first, the Chinese one five days later."
    assert targets(text, "treaty") == ["t1961", "tcn1961"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Which tank did they see? The Soviet one, apparently.", []),  # no treaty noun before it
        ("The treaty was replaced by a new one.", [("The treaty", "t2024")]),  # "a new one" says nothing
        ("They signed two pacts; the Soviet ones lapsed.", []),  # plural: no single treaty
    ],
)
def test_one_that_identifies_no_treaty_or_has_no_treaty_antecedent_is_no_link(text, expected):
    assert kinds(text, "treaty") == expected


# --- alliance: the treaty only when its own modifiers identify it ------------------------------


def test_an_alliance_identified_by_a_party_adjective_or_year_is_the_treaty():
    assert targets("The Soviet alliance lapsed long ago.", "treaty") == ["t1961"]
    assert targets("Few remember the 1961 alliance with Moscow.", "treaty") == ["t1961"]


@pytest.mark.parametrize(
    "text",
    [
        "Observers watch the emerging Russia–DPRK alliance.",
        "Pyongyang wants an alliance with Moscow.",
        "The alliance is under strain.",
        "The Alliance met in Brussels.",
    ],
)
def test_an_alliance_as_a_relationship_is_no_treaty_link_and_no_external_reference(text):
    assert kinds(text, "treaty") == []
    assert [t for t, _ in kinds(text, "external") if "lliance" in t] == []


# --- what follows a treaty noun is not always its party -----------------------------------------


def test_the_object_of_a_comparison_is_not_a_party_of_the_treaty():
    assert kinds("Critics compare the pact with NATO every week.", "treaty") == [("the pact", "t2024")]


def test_a_possessive_after_with_owns_the_next_noun_not_the_treaty():
    assert kinds("Read the pact with NATO's charter in mind.", "treaty") == [("the pact", "t2024")]


def test_a_comparison_does_not_undo_a_party_attached_to_an_article_owner():
    assert targets("Compare Article 6 of the 1961 treaty with Moscow.", "article") == ["t1961:6"]


# --- a year after the treaty noun may date an event -------------------------------------------


def test_a_year_after_the_parties_that_no_treaty_was_signed_in_dates_an_event():
    text = "Beijing renewed its treaty with Pyongyang in 2021 without ceremony."
    assert kinds(text, "treaty") == [("its treaty with Pyongyang", "tcn1961")]


def test_a_signing_year_that_fits_no_treaty_still_makes_an_external_reference():
    text = "Beijing touted the treaty signed with Pyongyang in 2021."
    assert kinds(text, "treaty") == []
    assert len(kinds(text, "external")) == 1


# --- "the Treaty on …": another instrument's proper name -----------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Article 7 of the Treaty on Open Skies was cited.", "Article 7 of the Treaty on Open Skies"),
        ("Nobody mentioned the Treaty of Rome at all.", "the Treaty of Rome"),
    ],
)
def test_a_capitalised_treaty_named_on_of_something_the_catalogue_lacks_is_external(text, name):
    assert kinds(text, "treaty") == [] and kinds(text, "article") == []
    assert name in [t for t, _ in kinds(text, "external")]


def test_a_catalogue_title_of_that_form_is_still_the_catalogue_treaty():
    assert targets("The Treaty on Comprehensive Strategic Partnership took effect.", "treaty") == ["t2024"]


# --- a capital after "in" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Officials in Pyongyang disagree about it.", "north-korea"),
        ("Hawks in Beijing were pleased.", "china"),
        ("Nobody in Moscow expected that.", "russia"),
        ("It gives the North a say in Moscow's planning.", "russia"),
    ],
)
def test_people_in_a_capital_or_its_possessive_are_its_government(text, actor):
    assert targets(text, "actor") == [actor]


@pytest.mark.parametrize("text", ["The summit in Pyongyang ended early.", "In Beijing, the weather was fine."])
def test_a_capital_as_the_place_of_an_event_is_still_no_mention(text):
    assert targets(text, "actor") == []


# --- people dated by their lifetime ------------------------------------------------------------


def _with_dead_kim_il_sung() -> Catalogue:
    base = make_catalogue()
    actors = [
        dataclasses.replace(a, active_until=datetime.date(1994, 7, 8)) if a.id == "kim-il-sung" else a
        for a in base.actors
    ]
    return Catalogue(treaties=base.treaties, actors=actors, names=base.names)


def test_a_bare_surname_is_not_a_person_who_was_dead_at_the_sentences_date():
    text = "Kim Il Sung signed twice in 1961. Today the Putin–Kim treaty has replaced both."
    kims = [t for r, t in kinds(text, "actor", catalogue=_with_dead_kim_il_sung()) if r == "Kim"]
    assert kims == ["kim-jong-un"]  # a signatory of the subject treaty, alive in 2024


def test_a_bare_surname_in_a_sentence_dated_in_their_lifetime_is_still_them():
    text = "Kim Il Sung went to Moscow. In 1961 Kim signed there."
    kims = [t for r, t in kinds(text, "actor", catalogue=_with_dead_kim_il_sung()) if r == "Kim"]
    assert kims == ["kim-il-sung"]
