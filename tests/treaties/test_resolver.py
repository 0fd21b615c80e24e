"""The reference resolver's pure-data core: forms it must and must not match (no database)."""

import datetime

import pytest

from tests.treaties.resolver_catalogue import make_catalogue
from treaties.resolver import ResolveContext, resolve

CATALOGUE = make_catalogue()
SUBJECT = ResolveContext(treaty_id="t2024", date=datetime.date(2024, 6, 21))


def refs(text, context=SUBJECT, kind=None):
    found = resolve(text, context, catalogue=CATALOGUE)
    return [(r.kind, r.text, r.target_id) for r in found if kind is None or r.kind == kind]


def test_bare_article_resolves_against_the_subject_treaty():
    assert refs("Article 4 stipulates military assistance.", kind="article") == [("article", "Article 4", "t2024:4")]


def test_abbreviated_article():
    assert refs("Art. 8 sets up joint mechanisms.", kind="article") == [("article", "Art. 8", "t2024:8")]


def test_article_in_a_sentence_about_another_treaty_is_not_the_subject_treaty():
    text = "Under the 1961 DPRK-USSR treaty, Article 4 dealt with consultations."
    assert refs(text, kind="article") == [("article", "Article 4", "t1961:4")]
    # the 1961 treaty has only six articles: Article 9 there is nothing, never the subject's Article 9
    assert refs("Under the 1961 DPRK-USSR treaty, Article 9 was absent.", kind="article") == []


def test_article_of_a_named_treaty():
    text = "Article 1 of the 1961 treaty between North Korea and the Soviet Union was never invoked."
    # the treaty phrase naming the article's treaty is part of the citation, not a second one
    assert refs(text, kind="article") == [
        ("article", "Article 1 of the 1961 treaty between North Korea and the Soviet Union", "t1961:1")
    ]
    assert refs(text, kind="treaty") == []


@pytest.mark.parametrize(
    "text",
    [
        "Beijing has never invoked Article II of its 1961 friendship pledge to Pyongyang.",
        "Article 3 of the Geneva Conventions protects civilians.",
        "Article 5 of NATO's founding document was invoked once.",
    ],
)
def test_article_of_an_unknown_instrument_is_not_the_subject_treatys_article(text):
    # an "of …" phrase that names no catalogued treaty must not fall back to the subject
    assert refs(text, kind="article") == []


@pytest.mark.parametrize(
    "text",
    ["Article 4 invokes Article 51 of the UN Charter.", "Article 4 invokes the UN Charter’s Article 51."],
)
def test_a_treaty_named_only_as_another_articles_owner_leaves_bare_articles_to_the_subject(text):
    assert [r[2] for r in refs(text, kind="article")] == ["t2024:4", "tun:51"]


def test_article_of_the_treaty_still_means_the_subject_treaty():
    assert refs("Article 8 of the treaty sets up mechanisms.", kind="article") == [
        ("article", "Article 8 of the treaty", "t2024:8")
    ]


def test_article_of_the_un_charter_both_ways_round():
    assert refs("It cites Article 51 of the UN Charter.") == [
        ("article", "Article 51 of the UN Charter", "tun:51"),
        ("actor", "UN", "united-nations"),
    ]
    assert refs("It cites the UN Charter’s Article 51.") == [
        ("article", "UN Charter’s Article 51", "tun:51"),
        ("actor", "UN", "united-nations"),
    ]


def test_list_of_articles():
    assert refs("Provisions (Articles 10 and 11) cover trade.", kind="article") == [
        ("article", "Articles 10", "t2024:10"),
        ("article", "11", "t2024:11"),
    ]


@pytest.mark.parametrize("dash", ["–", "-", "—", " to "])
def test_range_of_articles(dash):
    found = refs(f"Articles 3{dash}5 concern security.", kind="article")
    assert [target for _, _, target in found] == ["t2024:3", "t2024:4", "t2024:5"]


def test_roman_numerals_match_roman_and_arabic_numbering():
    context = ResolveContext(treaty_id="tcn1961")
    assert refs("Article II obliges assistance.", context, kind="article") == [("article", "Article II", "tcn1961:II")]
    assert refs("Article 2 obliges assistance.", context, kind="article") == [("article", "Article 2", "tcn1961:II")]
    # attached to a treaty, a roman numeral matches its arabic numbering...
    assert refs("Article II of the new treaty obliges assistance.", kind="article")[0][2] == "t2024:2"
    # ...but bare, it is not the subject's when the subject numbers in arabic: precision first
    assert refs("Article II obliges assistance.", kind="article") == []


def test_article_number_the_treaty_lacks_is_no_reference():
    assert refs("Article 40 does not exist.", kind="article") == []


def test_treaty_by_title_short_title_and_english_form():
    assert refs("They signed the Treaty on Comprehensive Strategic Partnership.", kind="treaty") == [
        ("treaty", "Treaty on Comprehensive Strategic Partnership", "t2024")
    ]
    assert refs("Their Comprehensive Strategic Partnership treaty is new.", kind="treaty") == [
        ("treaty", "Comprehensive Strategic Partnership treaty", "t2024")
    ]
    assert refs("It violates the United Nations (UN) Charter.", kind="treaty") == [
        ("treaty", "United Nations (UN) Charter", "tun")
    ]


def test_treaty_by_year_and_parties():
    assert refs("However, the 1961 DPRK-USSR treaty was revived.", kind="treaty") == [
        ("treaty", "the 1961 DPRK-USSR treaty", "t1961")
    ]
    text = "China has maintained a mutual defense treaty with DPRK since 1961."
    assert refs(text, kind="treaty") == [("treaty", "a mutual defense treaty with DPRK since 1961", "tcn1961")]


def test_the_treaty_and_the_new_treaty_are_the_subject_treaty():
    assert refs("The treaty also includes provisions.", kind="treaty") == [("treaty", "The treaty", "t2024")]
    assert refs("Then the new treaty was signed.", kind="treaty") == [("treaty", "the new treaty", "t2024")]
    assert refs("The treaty also includes provisions.", ResolveContext(), kind="treaty") == []


def test_indefinite_or_other_treaty_phrases_are_not_references():
    assert refs("They signed a legally binding treaty on trade.", kind="treaty") == []
    assert refs("A similar agreement could follow.", kind="treaty") == []
    assert refs("Nobody signed a treaty on trade.", kind="treaty") == []
    assert refs("Many treaties were signed.", kind="treaty") == []


def test_signed_a_treaty_is_the_subject_when_its_parties_are_named():
    assert refs("Kim and Putin signed a legally binding “treaty” in June.", kind="treaty") == [
        ("treaty", "a legally binding “treaty”", "t2024")
    ]


def test_a_similar_agreement_is_identified_by_the_actor_the_bracket_describes():
    text = "It gives Moscow, Pyongyang, and Beijing (having a similar agreement with DPRK) more room."
    assert refs(text, kind="treaty") == [("treaty", "a similar agreement with DPRK", "tcn1961")]


def test_a_capital_after_in_names_a_place_not_a_government():
    assert refs("Talks in Moscow went well; Moscow agreed.", kind="actor") == [("actor", "Moscow", "russia")]


def test_us_matches_and_us_in_prose_does_not():
    assert refs("It tells us a lot about the US and U.S. policy.", kind="actor") == [("actor", "US", "united-states")]


def test_longest_match_first_no_korea_inside_north_korea():
    found = refs("North Korea and the Republic of Korea met; Korea as a whole did not.", kind="actor")
    assert found == [
        ("actor", "North Korea", "north-korea"),
        ("actor", "Republic of Korea", "south-korea"),
        ("actor", "Korea", "korea-peninsula"),
    ]


def test_possessives_are_matched_without_the_apostrophe_s():
    found = refs("China’s reaction and Russia's plans and the Kremlin's view.", kind="actor")
    assert found == [("actor", "China", "china"), ("actor", "Russia", "russia"), ("actor", "Kremlin", "russia")]


def test_demonyms_and_metonyms():
    found = refs("The North Korean leader took Russian officials to Pyongyang; Soviet-era weapons.", kind="actor")
    assert found == [
        ("actor", "North Korean", "north-korea"),
        ("actor", "Russian", "russia"),
        ("actor", "Pyongyang", "north-korea"),
        ("actor", "Soviet", "soviet-union"),
    ]


def test_shared_metonym_goes_to_the_actor_active_at_the_year_in_the_clause():
    found = refs("Moscow signed it. Kim Il Sung courted Moscow in 1984.", kind="actor")
    assert found == [
        ("actor", "Moscow", "russia"),
        ("actor", "Kim Il Sung", "kim-il-sung"),
        ("actor", "Moscow", "soviet-union"),
    ]


def test_spelling_variants_ignore_case_and_hyphens_when_the_alias_says_so():
    assert refs("Kim Jong-Un and KIM JONG-UN", kind="actor") == [
        ("actor", "Kim Jong-Un", "kim-jong-un"),
        ("actor", "KIM JONG-UN", "kim-jong-un"),
    ]


def test_bare_family_name_refers_back_to_the_last_person_named_in_full():
    found = refs("Kim Il Sung visited in 1984. Kim Jong Un came later. Kim smiled.", kind="actor")
    assert found[-1] == ("actor", "Kim", "kim-jong-un")
    # without anyone named in full, a signatory of the subject treaty
    assert refs("A win for Kim.", kind="actor") == [("actor", "Kim", "kim-jong-un")]
    assert refs("A win for Kim.", ResolveContext(), kind="actor") == []


def test_given_name_inside_another_persons_name_is_no_mention():
    assert refs("Vladimir Putin met Vladimir Ivanov.", kind="actor") == [("actor", "Vladimir Putin", "putin")]


def test_offsets_index_into_the_original_text():
    text = "On “June 19”, the DPRK’s envoy arrived."
    (ref,) = resolve(text, SUBJECT, catalogue=CATALOGUE)
    assert text[ref.start : ref.end] == ref.text == "DPRK"
