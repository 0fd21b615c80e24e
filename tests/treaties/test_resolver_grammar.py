"""Resolver rules of issue 8, each general and tested on sentences written for it: external
instruments, names inside names, owners by grammar, treaty phrases by place, adjectives,
signatories, ambiguity as data, and dates for metonyms (pure data, no database)."""

import datetime

import pytest

from tests.treaties.resolver_catalogue import make_catalogue
from treaties.resolver import SUGGESTION_THRESHOLD, Catalogue, ResolveContext, TreatyEntry, resolve

CATALOGUE = make_catalogue()
SUBJECT = ResolveContext(treaty_id="t2024", date=datetime.date(2024, 6, 21))


def found(text, context=SUBJECT, catalogue=CATALOGUE):
    return resolve(text, context, catalogue=catalogue)


def kinds(text, kind, context=SUBJECT, catalogue=CATALOGUE):
    return [(r.text, r.target_id or r.candidates) for r in found(text, context, catalogue) if r.kind == kind]


# --- external references: never linked, always reported ---------------------------------------


@pytest.mark.parametrize(
    "text, external",
    [
        ("NATO's Article 5 lets each ally choose its response.", "NATO's Article 5"),
        ("Article 5 of the North Atlantic Treaty is a different instrument.", "Article 5 of the North Atlantic Treaty"),
        ("Compare Article 4 of the US-Japan security treaty.", "Article 4 of the US-Japan security treaty"),
        ("Neither mentioned the 1953 Armistice Agreement, whose Article 13 still applies.", "Article 13"),
    ],
)
def test_article_of_an_instrument_outside_the_catalogue_is_external_and_never_linked(text, external):
    assert kinds(text, "article") == []
    assert external in [t for t, _ in kinds(text, "external")]


def test_the_alliance_named_as_owner_is_still_a_mention():
    assert kinds("NATO's Article 5 lets each ally choose.", "actor") == [("NATO", "nato")]


def test_a_party_of_the_subject_treaty_as_possessive_owner_means_the_subject_treaty():
    assert kinds("Russia's Article 8 commitments may bring more.", "article") == [("Article 8", "t2024:8")]


def test_whose_article_belongs_to_the_catalogue_treaty_just_named():
    text = "It revived the 2000 treaty, whose Article 2 asked only for contact."
    assert kinds(text, "article") == [("Article 2", "t2000:2")]


@pytest.mark.parametrize(
    "text",
    [
        "the 1953 Armistice Agreement held.",
        "the 1953 US-ROK Mutual Defense Treaty held.",
        "the North Atlantic Treaty held.",
    ],
)
def test_a_treaty_phrase_the_catalogue_lacks_is_external(text):
    assert kinds(text, "treaty") == []
    assert len(kinds(text, "external")) == 1


# --- names inside other names --------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Washington Summit Declaration repeated that formula.", "Washington Summit Declaration"),
        ("Xi did not comment on the Pyongyang summit.", "Pyongyang summit"),
        ("The motorcade passed Kim Il Sung Square at dawn.", "Kim Il Sung Square"),
    ],
)
def test_a_capital_or_person_inside_another_name_is_external_not_a_mention(text, name):
    assert [t for t, _ in kinds(text, "actor")] in ([], ["Xi"])
    assert kinds(text, "external") == [(name, ())]


def test_a_possessive_capital_is_still_its_government():
    assert kinds("Pyongyang's summit plans leaked.", "actor") == [("Pyongyang", "north-korea")]


# --- owners by grammar, not proximity --------------------------------------------------------


def test_bare_article_stays_with_the_subject_when_the_sentence_names_another_treaty_after_it():
    text = "Article 4 applies only in war, the trigger the Chinese used in their 1961 treaty with Pyongyang."
    assert kinds(text, "article") == [("Article 4", "t2024:4")]
    assert kinds(text, "treaty") == [("their 1961 treaty with Pyongyang", "tcn1961")]


def test_two_articles_each_tied_to_its_own_treaty():
    text = "Article 2 of the 2000 treaty asked for contact; Article 4 of the 2024 treaty promises armed help."
    assert [t for _, t in kinds(text, "article")] == ["t2000:2", "t2024:4"]


def test_article_in_the_named_treaty():
    assert kinds("Article 3 in the 2000 treaty was vaguer.", "article") == [("Article 3 in the 2000 treaty", "t2000:3")]


def test_a_treaty_named_before_without_a_governing_preposition_does_not_own_the_article():
    text = "Unlike the 2000 treaty, Article 4 promises military help."
    assert kinds(text, "article") == [("Article 4", "t2024:4")]


# --- treaty phrases ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, treaty",
    [
        ("The anniversary of the Beijing treaty was celebrated.", "tcn1961"),
        ("Compare the Moscow treaty of 1961.", "t1961"),
        ("Article I of the Sino–North Korean treaty is short.", "tcn1961:I"),
        ("Article 1 of the 1961 Soviet–North Korean treaty is short.", "t1961:1"),
        ("The Putin–Kim treaty may push planners to think.", "t2024"),
    ],
)
def test_treaty_by_place_of_signature_parties_adjectives_or_signatories(text, treaty):
    assert [t for _, t in kinds(text, "treaty") + kinds(text, "article")] == [treaty]


def test_place_of_signature_is_not_a_mention_of_its_state():
    assert kinds("The anniversary of the Beijing treaty was celebrated.", "actor") == []


def test_year_and_parties_in_running_text():
    text = "The treaty Moscow signed with Pyongyang in 2000 was a hedge."
    assert kinds(text, "treaty") == [("The treaty Moscow signed with Pyongyang in 2000", "t2000")]
    assert kinds(text, "actor")[0] == ("Moscow", "russia")  # dated 2000 by its own phrase


def test_the_treaty_with_a_state_resolves_among_the_context_partys_treaties():
    china_russia = TreatyEntry("tcr2001", "china-russia-2001", "Treaty of Good-Neighborliness", "",
                               datetime.date(2001, 7, 16), frozenset({"china", "russia"}))  # fmt: skip
    base = make_catalogue()
    catalogue = Catalogue(treaties=[*base.treaties, china_russia], actors=base.actors, names=base.names)
    context = ResolveContext(treaty_id="t1961", date=datetime.date(2024, 1, 1))
    assert kinds("Pyongyang relies on the treaty with China.", "treaty", context, catalogue) == [
        ("the treaty with China", "tcn1961")
    ]


# --- ambiguity is data ------------------------------------------------------------------


def test_a_year_that_fits_two_treaties_is_ambiguous_with_both_candidates_and_no_link():
    text = "Some officials read the new text against the 1961 treaty."
    assert kinds(text, "ambiguous") == [("the 1961 treaty", ("t1961", "tcn1961"))]
    assert kinds(text, "treaty") == []


# --- dates for metonyms ----------------------------------------------------------------


def test_a_year_inside_a_treaty_phrase_dates_only_that_phrase():
    assert kinds("Moscow let the 1961 pact lapse in 1996.", "actor") == [("Moscow", "russia")]
    assert ("Moscow", "soviet-union") in kinds("Compare Article 6 of the 1961 treaty with Moscow.", "actor")


def test_the_publication_date_dates_a_metonym_when_the_sentence_has_no_year():
    old = ResolveContext(date=datetime.date(1980, 1, 1))
    assert kinds("Moscow objected.", "actor", old) == [("Moscow", "soviet-union")]
    assert kinds("Moscow objected.", "actor", ResolveContext(date=datetime.date(2024, 6, 1))) == [("Moscow", "russia")]


def test_with_no_date_at_all_the_open_ended_actor_is_preferred_and_flagged_below_the_threshold():
    (ref,) = [r for r in found("Moscow objected.", ResolveContext()) if r.kind == "actor"]
    assert (ref.target_id, ref.rule) == ("russia", "actor:metonym:undated")
    assert ref.confidence < SUGGESTION_THRESHOLD
