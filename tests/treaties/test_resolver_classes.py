"""Resolver rules added after the second held-out set (issue 8, third round). Each is a class
of reading, tested on sentences written for it (none taken from a held-out document): a bare
article number the subject lacks, "the Soviet one", alliances, comparisons and possessives
after a treaty noun, years that date an event rather than a signing, instruments named
"Treaty on/of …", people acting "in" a capital, and people dated by their lifetime."""

import dataclasses
import datetime

import pytest

from tests.treaties.resolver_catalogue import make_catalogue
from treaties.resolver import SUGGESTION_THRESHOLD, ActorEntry, ActorName, Catalogue, ResolveContext, resolve

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


# --- rules written after held-out set 3's first run (so that set no longer tests them) ---------


def test_its_article_belongs_to_the_instrument_named_last_before_it():
    text = "The 2000 treaty was modest. Its Article 2 asked only for contact."
    assert targets(text, "article") == ["t2000:2"]


def test_its_article_after_an_outside_instrument_is_external():
    text = "The US–Japan treaty is silent here; its Article 6 covers bases."
    assert targets(text, "article") == []
    assert "its Article 6" in [t for t, _ in kinds(text, "external")]


def test_a_governing_treaty_without_that_number_does_not_own_it():
    text = "Under the 1961 Soviet–North Korean treaty, help came; the Sino–North Korean treaty put it in Article V."
    assert "tcn1961:V" in targets(text, "article")


def test_the_old_treaty_is_the_one_named_before_that_the_subject_replaced():
    text = "The 2000 treaty lapsed in December. The old treaty had no defence clause."
    assert kinds(text, "treaty") == [("The 2000 treaty", "t2000"), ("The old treaty", "t2000")]
    assert kinds("The old treaty had no defence clause.", "treaty") == []  # nothing named before


def test_a_new_treaty_with_a_party_is_the_latest_of_those_that_fit():
    no_subject = ResolveContext(date=datetime.date(2025, 1, 1))
    text = "Moscow's new treaty with Pyongyang changed the calculation."
    assert targets(text, "treaty", no_subject) == ["t2024"]


def test_a_capitalised_bare_keyword_is_the_one_catalogue_treaty_with_that_head_noun():
    assert kinds("Kyiv cites the Charter's ban on force.", "treaty") == [("the Charter", "tun")]
    assert targets("Both invoke Article 51 of the same Charter.", "article") == ["tun:51"]


def test_counterpart_and_text_stand_for_a_treaty_named_before():
    text = "The Soviet treaty came first; its Chinese counterpart followed, and the Soviet text was shorter."
    assert targets(text, "treaty") == ["t1961", "tcn1961", "t1961"]


def test_a_pronoun_noun_needs_its_own_determiner():
    text = "The 2002 treaty cut warheads but obliged no one to fight."
    assert [t for _, t in kinds(text, "treaty") if t] == []


def _with_signatories() -> Catalogue:
    base = make_catalogue()
    actors = [*base.actors, ActorEntry("zhou", "zhou-enlai", "Zhou Enlai", "person")]
    names = [*base.names, ActorName("Zhou Enlai", "zhou")]
    treaties = [
        dataclasses.replace(t, signatory_ids=frozenset({"zhou", "kim-il-sung"})) if t.id == "tcn1961" else t
        for t in base.treaties
    ]
    return Catalogue(treaties=treaties, actors=actors, names=names)


def test_a_multiword_possessive_name_identifies_the_treaty_it_signed():
    text = "Zhou Enlai's treaty put the promise in its second article."
    assert targets(text, "treaty", catalogue=_with_signatories()) == ["tcn1961"]


def test_signed_the_treaty_names_the_treaty_its_signatories_signed():
    text = "In July 1961 Zhou Enlai and Kim Il Sung signed the treaty in Beijing."
    assert targets(text, "treaty", catalogue=_with_signatories()) == ["tcn1961"]


def test_a_bare_surname_with_no_antecedent_is_the_one_namesake_alive_at_the_date():
    text = "Kim wants security guarantees."
    in_2019 = ResolveContext(date=datetime.date(2019, 4, 25))
    assert targets(text, "actor", in_2019, _with_dead_kim_il_sung()) == ["kim-jong-un"]
    assert targets(text, "actor", in_2019) == []  # both namesakes alive: no guess


@pytest.mark.parametrize(
    "text",
    [
        "The talks stalled; the following year Kim came to Moscow by train.",
        "Five months later Kim sent a letter.",
        "Decades earlier Kim had asked for the same.",
    ],
)
def test_a_bare_surname_in_a_sentence_dated_relative_to_another_time_is_not_dated_by_publication(text):
    in_2019 = ResolveContext(date=datetime.date(2019, 4, 25))
    assert [t for r, t in kinds(text, "actor", in_2019, _with_dead_kim_il_sung()) if r == "Kim"] == []


@pytest.mark.parametrize("text", ["The 2002 Treaty of Moscow cut warheads.", "The Declaration of Pyongyang was vague."])
def test_a_capital_after_an_instruments_of_is_part_of_its_name(text):
    assert targets(text, "actor") == []


# --- fourth round (bench/heldout4 misses; sentences written for these tests) -----------------


@pytest.mark.parametrize(
    "text",
    ["The envoy flew to Moscow for the talks.", "Kim Il Sung came to Moscow to sign.", "Xi went to Pyongyang twice."],
)
def test_a_capital_someone_travels_to_is_the_place_not_the_government(text):
    assert [t for t in targets(text, "actor") if t in {"russia", "soviet-union", "north-korea"}] == []


def test_a_capital_that_acts_is_still_its_government_after_a_travel_verb_elsewhere():
    assert targets("Moscow flew its envoy out.", "actor") == ["russia"]


def _with_ivanov() -> Catalogue:
    igor = ActorEntry("igor-ivanov", "igor-ivanov", "Igor Ivanov", "person")
    return dataclasses.replace(
        CATALOGUE, actors=[*CATALOGUE.actors, igor], names=[*CATALOGUE.names, ActorName("Igor Ivanov", "igor-ivanov")]
    )


def test_a_sentence_initial_given_name_makes_a_namesake_not_the_catalogue_person():
    catalogue = _with_ivanov()
    assert targets("Sergei Ivanov, a different man, kept silent.", "actor", catalogue=catalogue) == []
    text = "Igor Ivanov signed in 2000. When Ivanov spoke, Pyongyang listened."
    assert targets(text, "actor", catalogue=catalogue) == ["igor-ivanov", "igor-ivanov", "north-korea"]


def _with_security_council() -> Catalogue:
    council = ActorEntry("unsc", "un-security-council", "United Nations Security Council", "international_organization",
                         parent_id="united-nations")  # fmt: skip
    names = [ActorName("UN", "united-nations", "abbreviation"), ActorName("Security Council", "unsc", "common_name"),
             ActorName("UN Security Council", "unsc", "common_name")]  # fmt: skip
    return dataclasses.replace(CATALOGUE, actors=[*CATALOGUE.actors, council], names=[*CATALOGUE.names, *names])


def test_an_organ_named_without_its_parent_is_no_mention_until_the_parent_is_named():
    catalogue = _with_security_council()
    assert targets("He was secretary of the Security Council in Moscow.", "actor", catalogue=catalogue) == []
    text = "The UN met. The Security Council then voted."
    assert targets(text, "actor", catalogue=catalogue) == ["united-nations", "unsc"]
    assert targets("The UN Security Council voted.", "actor", catalogue=catalogue) == ["unsc"]


@pytest.mark.parametrize(
    "text",
    [
        "Both launches break Security Council resolutions.",
        "Each shipment touches a Security Council ban.",
        "The Security Council sanctions still bind Moscow.",
    ],
)
def test_an_organ_named_without_its_parent_before_the_parents_acts_is_the_parents_organ(text):
    catalogue = _with_security_council()
    assert "unsc" in targets(text, "actor", catalogue=catalogue)


@pytest.mark.parametrize(
    "text",
    [
        "Russia's Security Council resolutions are secret.",
        "The National Security Council sanctions nobody.",
        "The Security Council met in Moscow on Friday.",
    ],
)
def test_an_organ_with_an_owner_or_without_the_parents_acts_stays_generic(text):
    catalogue = _with_security_council()
    assert "unsc" not in targets(text, "actor", catalogue=catalogue)


@pytest.mark.parametrize(
    "text", ["The visit produced a communique but no new treaty.", "Neither treaty was cited.", "There is no treaty."]
)
def test_a_negated_treaty_noun_is_no_reference_and_does_not_reach_back_over_but(text):
    assert kinds(text, "treaty") == []


def test_a_year_after_since_or_after_does_not_date_a_metonym():
    text = "Pyongyang now has a promise from Moscow that nobody gave it after 1961."
    assert targets(text, "actor") == ["north-korea", "russia"]
    assert targets("Moscow signed it in 1961.", "actor") == ["soviet-union"]


# --- fifth round (bench/heldout5 misses; sentences written for these tests) ------------------


@pytest.mark.parametrize(
    "text", ["Seoul answered with its own Article 2.", "The allies cite their own Article 5 instead."]
)
def test_an_article_marked_own_is_never_the_subject_treatys(text):
    refs = [r for r in resolve(text, SUBJECT, catalogue=CATALOGUE) if r.kind in ("article", "external")]
    assert [(r.kind, r.rule) for r in refs] == [("external", "external:own")]


def test_own_article_after_another_catalogue_treaty_is_that_treatys():
    text = "The 2000 treaty was milder; its own Article 2 asked only for contact."
    assert targets(text, "article") == ["t2000:2"]


def test_the_tail_of_a_treaty_phrase_ends_at_a_finite_verb_or_subordinate_clause():
    text = "Nobody knows if the pact with Beijing would hold when American ships arrive."
    assert [span for span, _ in kinds(text, "treaty")] == ["the pact with Beijing"]
    assert kinds("Whether the treaty with Pyongyang is used while Russian troops fight is unclear.", "treaty") == [
        ("the treaty with Pyongyang", "t2024")
    ]


def test_its_own_treaty_has_the_state_the_clause_is_about_as_a_party():
    text = "China has never said whether Article II of its own treaty with Pyongyang would cover Russian troops."
    assert targets(text, "article") == ["tcn1961:II"]


@pytest.mark.parametrize(
    "text",
    [
        "Hardly any Russian or Soviet treaty with Pyongyang was ever tested.",
        "Every treaty with Pyongyang has a clause like this.",
        "Either pact would do.",
    ],
)
def test_a_quantified_treaty_noun_is_generic_not_a_reference(text):
    assert kinds(text, "treaty") == []


def test_a_capital_after_a_journey_noun_is_the_destination():
    assert targets("His second trip to Moscow was shorter.", "actor") == []
    # seventh round: what a visit visits is a place too (the held-out convention; the seed's
    # curation disagrees, see decision 0013)
    assert targets("Her state visit to Beijing was cordial.", "actor") == []


@pytest.mark.parametrize(
    "text",
    [
        "The premier visited Beijing twice that spring.",
        "She is visiting Moscow next week.",
        "He signed in one capital and then went straight on to Pyongyang.",
        "The delegation flew back to Washington on Friday.",
        "After the talks the envoy returned home to Beijing.",
    ],
)
def test_a_capital_a_visit_or_journey_ends_in_is_the_place(text):
    assert [t for t in targets(text, "actor") if t != "putin"] == []


def test_a_visited_capital_that_owns_something_or_a_visited_state_is_still_a_mention():
    assert targets("The envoy visited Beijing's new embassy.", "actor") == ["china"]
    assert targets("The premier visited China twice that spring.", "actor") == ["china"]
    assert targets("Officials in Moscow visited no one.", "actor") == ["russia"]


@pytest.mark.parametrize(
    "text",
    [
        "Two frigates crossed the Sea of Japan overnight.",
        "Patrols in the East China Sea doubled.",
        "The ferry crosses the Korea Strait daily.",
        "The vote is set for 14:00 Moscow time on Thursday.",
        "Launch came at 6 a.m. Pyongyang time.",
        "The deadline (Beijing time) passed quietly.",
    ],
)
def test_a_states_name_inside_a_sea_or_naming_a_clock_is_geography_not_the_state(text):
    assert targets(text, "actor") == []


def test_a_capital_before_time_without_a_clock_is_still_the_state():
    assert targets("Moscow time and again vetoed the draft.", "actor") == ["russia"]
    assert targets("Japan's navy patrols the sea.", "actor") == ["japan"]


@pytest.mark.parametrize("text", ["Crowds filled the square for the Beijing parade.", "He spoke at the Moscow forum."])
def test_a_capital_naming_an_event_is_part_of_that_name(text):
    assert targets(text, "actor") == []


def test_a_surname_before_a_hyphenated_given_name_is_a_namesake():
    text = "Kim Dae-jung and Kim Yong-nam met in June."
    assert targets(text, "actor") == []


def test_the_second_of_two_dashed_capitals_before_a_treaty_noun_is_a_party():
    text = "The Beijing–Pyongyang pact predates the new one."
    assert targets(text, "actor") == ["china", "north-korea"]


def test_a_relative_clause_after_a_dated_treaty_phrase_shares_its_year():
    text = "Compare a 1957 Soviet–Polish treaty, which Moscow used to keep troops abroad."
    assert "soviet-union" in targets(text, "actor") and "russia" not in targets(text, "actor")


def test_an_article_after_a_preposition_belongs_to_the_treaty_its_clause_is_about():
    assert targets("The 2000 treaty asked only for contact under Article 2.", "article") == ["t2000:2"]
    # not the subject of the clause: the subject treaty's article
    assert targets("Seoul reads the 2000 treaty differently under Article 2.", "article") == ["t2024:2"]
    # a number the clause's treaty lacks stays with the subject
    assert targets("The 2000 treaty is silent, unlike the text under Article 23.", "article") == ["t2024:23"]


def test_a_past_tense_verb_after_the_parties_ends_the_treaty_phrase():
    text = "The 2000 treaty with Pyongyang replaced what the Soviet side had offered."
    assert kinds(text, "treaty") == [("The 2000 treaty with Pyongyang", "t2000")]
    # "signed" after the parties is still the signing: its year dates the treaty
    assert targets("It was the treaty with Pyongyang signed in 2000.", "treaty") == ["t2000"]


def test_the_treaty_in_a_text_that_has_named_one_other_treaty_only_is_that_treaty():
    text = "The 1961 treaty with Beijing is the older one. Officials there still cite the treaty."
    assert targets(text, "treaty") == ["tcn1961", "tcn1961"]
    # two treaties named before it: nothing says which, so the subject treaty
    text = "The 2000 treaty and the Chinese treaty differ. Officials cite the treaty."
    assert targets(text, "treaty") == ["t2000", "tcn1961", "t2024"]


# --- sixth round (bench/heldout6 misses; sentences written for these tests) ------------------


def test_an_article_number_written_in_words_is_read():
    assert targets("Much depends on Article Seven.", "article") == ["t2024:7"]
    assert targets("Articles Two and Three set out the consultations.", "article") == ["t2024:2", "t2024:3"]
    assert targets("Article Twenty-One is about disputes.", "article") == ["t2024:21"]


def test_a_number_word_after_a_comma_is_prose_not_a_second_article():
    assert targets("Article Six, one of the shortest, is vague.", "article") == ["t2024:6"]


def test_an_article_in_words_keeps_the_owner_rules():
    refs = resolve("Washington relies on NATO's Article Five.", SUBJECT, catalogue=CATALOGUE)
    assert [(r.kind, r.text) for r in refs if r.kind in ("article", "external")] == [
        ("external", "NATO's Article Five")
    ]
    assert targets("Article Two of the 2000 treaty asked for contact.", "article") == ["t2000:2"]


def test_an_ordinal_article_with_a_named_owner_is_that_treatys_article():
    text = "The 2000 treaty was modest. Diplomats seldom quoted its second article."
    assert kinds(text, "article") == [("second article", "t2000:2")]
    assert targets("The third article of the 2000 treaty is about trade.", "article") == ["t2000:3"]


def test_an_ordinal_article_without_an_owner_is_no_citation():
    # "the first article" of a series, a newspaper's: no subject-treaty fallback for ordinals
    assert targets("In the first article of this series we asked why.", "article") == []


def test_an_ordinal_article_of_an_outside_instrument_is_external():
    text = "Tokyo compares it with the fourth article of its own 1951 treaty."
    refs = [r for r in resolve(text, SUBJECT, catalogue=CATALOGUE) if r.kind in ("article", "external")]
    assert [r.kind for r in refs] == ["external"]


@pytest.mark.parametrize(
    "text", ["Their pact falls short of an Article Five.", "No one in Seoul expects a new Article 4 guarantee."]
)
def test_an_indefinite_article_number_is_a_kind_of_clause_not_a_citation(text):
    assert targets(text, "article") == []


def test_a_text_that_has_an_article_owns_it():
    text = "The treaty has an Article 2 that asks only for contact."
    assert targets(text, "article") == ["t2024:2"]


def test_a_bare_number_after_an_outside_owners_article_is_that_owners():
    text = "NATO's mutual-defence article is the usual comparison. Yet Article 5 leaves each ally free."
    refs = [r for r in resolve(text, SUBJECT, catalogue=CATALOGUE) if r.kind in ("article", "external")]
    assert [(r.kind, r.rule) for r in refs] == [("external", "external:owner-before")]
    # a catalogue treaty named in between takes the number back (here: the subject)
    text = "NATO's mutual-defence article is often cited. The treaty differs: Article 2 asks only for talks."
    assert targets(text, "article") == ["t2024:2"]


@pytest.mark.parametrize(
    "text",
    [
        "The Korean constitution's Article 3 defines the territory.",  # after an adjective
        "Lawyers read the old statute's Article 12 differently.",
    ],
)
def test_an_article_owned_by_a_noun_outside_the_catalogue_is_external(text):
    refs = [r for r in resolve(text, SUBJECT, catalogue=CATALOGUE) if r.kind in ("article", "external")]
    assert [(r.kind, r.rule) for r in refs] == [("external", "external:possessive")]


def test_a_time_word_owns_no_article():
    assert targets("Today's Article 4 debate is loud.", "article") == ["t2024:4"]


def _with_alliance_alias() -> Catalogue:
    names = [*CATALOGUE.names, ActorName("the Alliance", "nato", "common_name")]
    return Catalogue(treaties=CATALOGUE.treaties, actors=CATALOGUE.actors, names=names)


def test_an_alias_written_with_the_matches_capitalised_at_a_sentence_start_only():
    catalogue = _with_alliance_alias()
    assert targets("The Alliance met in July. We saw the Alliance act.", "actor", catalogue=catalogue) == [
        "nato",
        "nato",
    ]
    assert targets("He wrote The Alliance Papers.", "actor", catalogue=catalogue) == []
    refs = resolve("The Alliance's Article 5 is not offered here.", SUBJECT, catalogue=catalogue)
    assert [(r.kind, r.text) for r in refs if r.kind in ("article", "external")] == [
        ("external", "The Alliance's Article 5")
    ]


def test_the_catalogue_title_after_other_parties_is_another_instrument():
    text = "The Russia–Japan Treaty on Comprehensive Strategic Partnership was never signed."
    refs = [r for r in resolve(text, SUBJECT, catalogue=CATALOGUE) if r.kind in ("treaty", "external")]
    assert [(r.kind, r.text) for r in refs] == [
        ("external", "Russia–Japan Treaty on Comprehensive Strategic Partnership")
    ]
    # its own parties in front: the catalogue treaty
    text = "The Russia–DPRK Treaty on Comprehensive Strategic Partnership was signed."
    assert targets(text, "treaty") == ["t2024"]


def test_a_sentence_opening_pronoun_skips_an_instrument_that_was_only_a_prepositional_object():
    text = (
        "The Russia–Japan Treaty on Comprehensive Strategic Partnership took its name from the 2000 treaty. "
        "Its Article 2 is about fisheries."
    )
    refs = [r for r in resolve(text, SUBJECT, catalogue=CATALOGUE) if r.kind in ("article", "external")]
    assert [(r.kind, r.text) for r in refs][-1] == ("external", "Its Article 2")
    # the later instrument as the subject of its clause: the pronoun is its
    text = "The Russian pact was loud, yet the 2000 treaty is the better guide. Its Article 2 asks for talks."
    assert targets(text, "article") == ["t2000:2"]


def test_a_capital_naming_a_text_is_part_of_that_name():
    text = "The Moscow treaty of 1961 is older than the Pyongyang text."
    assert targets(text, "actor") == []
    assert kinds(text, "treaty")[-1] == ("the Pyongyang text", "t2024")


def test_a_surname_alias_after_another_given_name_is_a_namesake():
    assert targets("Sasha Putin, a distant cousin, spoke first.", "actor") == []
    # titles, sentence openers and clause-opening verbs are no given names
    assert targets("When Putin spoke, President Putin was brief.", "actor") == ["putin", "putin"]
    assert targets("The answer came later – See Putin's reply.", "actor") == ["putin"]
    # the person's own given name is theirs
    assert targets("Vladimir Putin spoke.", "actor") == ["putin"]


def test_overlapping_treaty_links_keep_the_longest_span_only():
    assert kinds("Beijing's alliance treaty is older.", "treaty") == [("Beijing's alliance treaty", "tcn1961")]


def test_signed_a_treaty_with_a_capitalised_modifier_naming_no_actor_is_left_open():
    # which "Korean treaty" his predecessor signed takes world knowledge: no link beats a guess
    assert targets("Putin says his predecessor signed the Korean treaty gladly.", "treaty") == []
    # a lowercase modifier keeps the signed-subject reading
    assert targets("Putin signed a binding treaty that day.", "treaty") == ["t2024"]


# --- seventh round (held-out set 7): article owners --------------------------------------------


def test_its_after_a_sentence_opening_it_carries_the_topic_of_the_sentence_before():
    text = (
        "The Sino–North Korean treaty is the older survivor. It was signed in Beijing a few days after "
        "the Soviet one. Its Article II promises help at once."
    )
    assert targets(text, "article") == ["tcn1961:II"]
    text = (
        "In 2000 the envoy went to sign the Treaty of Friendship, Good-Neighbourliness and Cooperation. It "
        "quietly dropped the assistance clause of the 1961 Soviet text. Its Article 2 asks only for contact."
    )
    assert targets(text, "article") == ["t2000:2"]


def test_its_after_a_sentence_that_does_not_open_with_it_keeps_the_nearest_topic():
    text = "The 2000 treaty was short. Moscow later signed the 1961 treaty's successor. Its Article 2 is brief."
    assert targets(text, "article") != ["t2000:2"]
    text = "The Soviet treaty ran for ten years. Its Article 6 set the term."
    assert targets(text, "article") == ["t1961:6"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Article 2 of the 1961 treaty signed in Moscow barred rival alliances.", ["t1961:2"]),
        ("Article II of the 1961 treaty signed in Beijing promises help.", ["tcn1961:II"]),
    ],
)
def test_a_place_of_signature_after_the_noun_chooses_among_treaties_of_that_year(text, expected):
    assert targets(text, "article") == expected
    assert targets("The 1961 treaty, which was signed at Moscow, ran for ten years.", "treaty") == ["t1961"]


def test_a_place_of_signature_no_treaty_of_that_year_fits_is_ignored():
    # no 1961 catalogue treaty was signed in Pyongyang: the place says nothing, the year stays open
    assert [k for k, _ in kinds("The 1961 treaty signed in Pyongyang is odd.", "ambiguous")] == ["The 1961 treaty"]
    assert targets("The 1961 treaty signed in Paris is odd.", "treaty") == []


# --- seventh round: treaty nouns that are no treaty reference ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Seoul is Washington's oldest treaty ally in the region.",
        "Moscow says it will honour its treaty obligations.",
        "The pact partners met in March.",
        "The treaty language on aid is vague.",
    ],
)
def test_a_treaty_noun_modifying_the_noun_after_it_is_no_reference(text):
    assert kinds(text, "treaty") == []


def test_a_treaty_noun_as_head_is_still_a_reference():
    assert targets("The treaty obliges both sides to help.", "treaty") == ["t2024"]
    assert targets("Pyongyang's treaty with Moscow is the one that counts.", "treaty") == ["t2024"]


def test_the_treaty_a_clause_naming_a_non_party_would_sign_is_another_treaty():
    assert kinds("Japan and Russia have yet to sign the treaty that would end their dispute.", "treaty") == []
    assert kinds("China and Russia signed a treaty that day.", "treaty") == []
    # the parties (or a person) signing it, or a non-party that is no signer, leave it the subject
    assert targets("Russia and North Korea signed the treaty in June.", "treaty") == ["t2024"]
    assert targets("Putin signed the treaty at night.", "treaty") == ["t2024"]
    assert targets("Japan fears the treaty.", "treaty") == ["t2024"]


def test_a_clause_opened_by_since_ends_the_parties_after_the_treaty_noun():
    in_2020 = ResolveContext(treaty_id="t2000", date=datetime.date(2020, 2, 10))
    text = "It was the first treaty between Russia and the DPRK since the Soviet Union broke up."
    assert kinds(text, "treaty", in_2020) == [("the first treaty between Russia and the DPRK", "t2000")]
    # "since <year>" is still the date the treaty has held since
    assert targets("China has kept a treaty with the DPRK since 1961.", "treaty") == ["tcn1961"]


# --- eighth round (held-out set 8): where a journey starts, greetings, coordinated places -------


@pytest.mark.parametrize(
    "text",
    [
        "The minister, who arrived by overnight train from Beijing, spoke first.",
        "The envoy flew in from Moscow on Friday.",
        "She returned home from Pyongyang with nothing signed.",
        "The delegation travelled by road from Beijing to the border.",
        "Good morning from Pyongyang, where the rain has not stopped.",
        "Greetings from Washington and a quiet weekend.",
    ],
)
def test_a_capital_a_journey_starts_from_or_a_writer_greets_from_is_the_place(text):
    assert [t for t in targets(text, "actor") if t != "putin"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "from" without travel is where an act comes from: the government
        ("The order came from Beijing within hours.", ["china"]),
        ("Pressure from Moscow grew all spring.", ["russia"]),
        ("Aid from Washington arrived late.", ["united-states"]),
        # an origin that owns what follows is still a mention
        ("The envoy flew in from Moscow's embassy in Minsk.", ["russia"]),
    ],
)
def test_from_without_a_journey_or_with_an_owner_after_it_stays_a_mention(text, expected):
    assert targets(text, "actor") == expected


def test_the_second_of_two_coordinated_capitals_goes_where_the_first_goes():
    assert targets("The premier went on to visit Moscow and Beijing in one month.", "actor") == []
    assert targets("Officials in Moscow and Beijing objected.", "actor") == ["russia", "china"]
    assert targets("Moscow and Beijing objected.", "actor") == ["russia", "china"]


@pytest.mark.parametrize(
    "text",
    [
        "Russian and North Korean officials also signed an agreement to build a rail depot.",
        "Putin and Kim signed an accord to expand flights between the capitals.",
        "Moscow and Pyongyang signed a pact to swap grain for coal.",
    ],
)
def test_an_indefinite_noun_whose_complement_is_a_purpose_is_another_instrument(text):
    assert kinds(text, "treaty") == []


def test_a_noun_before_a_prepositional_to_or_a_definite_purpose_clause_is_unaffected():
    assert targets("Russia and North Korea signed a treaty in June.", "treaty") == ["t2024"]
    assert targets("Russia and North Korea signed a treaty to the same effect.", "treaty") == ["t2024"]
    assert targets("The treaty to which both sides agreed is short.", "treaty") == ["t2024"]
