"""Research questions answered from the seed corpus through the public API only."""

import pytest

from tests.api_support import identifiers

pytestmark = pytest.mark.usefixtures("seeded")


def test_which_takeaways_cite_article_4_of_the_2024_treaty(api_client):
    by_ref = identifiers(api_client, "/api/v1/takeaways/?cites_article=russia-dprk-2024:4")
    assert by_ref == {"cooperation-and-conflict-for-russia-and-north-korea"}
    article = api_client.get("/api/v1/treaties/russia-dprk-2024/articles/4/").json()
    assert identifiers(api_client, f"/api/v1/takeaways/?cites_article={article['id']}") == by_ref
    assert {t["slug"] for t in article["cited_by"]} == by_ref


def test_which_dprk_treaties_were_in_force_on_1_january_1990(api_client):
    found = identifiers(api_client, "/api/v1/treaties/?party=north-korea&in_force_on=1990-01-01")
    assert found == {"ussr-dprk-1961", "china-dprk-1961"}
    assert identifiers(api_client, "/api/v1/treaties/?party=PRK&in_force_on=1990-01-01") == found


def test_which_actors_are_mentioned_by_both_yun_sun_and_jenny_town(api_client):
    both = identifiers(api_client, "/api/v1/actors/?mentioned_by_all=yun-sun&mentioned_by_all=jenny-town")
    sun = identifiers(api_client, "/api/v1/actors/?mentioned_by=yun-sun")
    town = identifiers(api_client, "/api/v1/actors/?mentioned_by=jenny-town")
    assert both == sun & town
    assert {"russia", "north-korea"} <= both
    # cross-check against the mentions collection itself
    by_mentions = set()
    for expert in ("yun-sun", "jenny-town"):
        mentions = api_client.get(f"/api/v1/mentions/?expert={expert}&page_size=200").json()["results"]
        actors = {m["actor"]["slug"] for m in mentions}
        by_mentions = actors if not by_mentions else by_mentions & actors
    assert both == by_mentions


def test_article_4_echoes_the_1961_treaty_and_cites_the_un_charter(api_client):
    article = api_client.get("/api/v1/treaties/russia-dprk-2024/articles/4/").json()
    targets = {
        (link["kind"], link["target"]["treaty"]["slug"], link["target"]["number"]) for link in article["links_out"]
    }
    assert ("echoes", "ussr-dprk-1961", "1") in targets
    assert ("cites", "un-charter", "51") in targets
    assert {pt["code"] for pt in article["provision_types"]} >= {"mutual-defense"}


def test_the_2024_treaty_superseded_the_2000_treaty(api_client):
    assert identifiers(api_client, "/api/v1/treaties/?supersedes=russia-dprk-2000") == {"russia-dprk-2024"}
    detail = api_client.get("/api/v1/treaties/russia-dprk-2024/").json()
    assert {p["actor"]["slug"] for p in detail["parties"]} == {"russia", "north-korea"}
    assert len(detail["articles"]) == 23


def test_which_treaties_carry_a_mutual_defense_article(api_client):
    found = identifiers(api_client, "/api/v1/treaties/?provision_type=mutual-defense&party=north-korea")
    assert {"russia-dprk-2024", "ussr-dprk-1961", "china-dprk-1961"} <= found


def test_search_mutual_defense_finds_the_takeaways_that_say_it(api_client):
    found = identifiers(api_client, "/api/v1/takeaways/?q=mutual+defense")
    bodies = {}
    for slug in identifiers(api_client, "/api/v1/takeaways/"):
        bodies[slug] = api_client.get(f"/api/v1/takeaways/{slug}/").json()["body"].lower()
    expected = {slug for slug, body in bodies.items() if "mutual defense" in body}
    assert expected and expected <= found


def test_search_military_and_other_assistance_finds_takeaways_and_articles(api_client):
    articles = api_client.get('/api/v1/articles/?q="military and other assistance"').json()["results"]
    assert ("russia-dprk-2024", "4") in {(a["treaty"]["slug"], a["number"]) for a in articles}
    takeaways = identifiers(api_client, '/api/v1/takeaways/?q="military and other assistance"')
    assert "russia-and-north-korea-upgrade-relations" in takeaways


def test_search_results_are_ranked_unless_ordered(api_client):
    ranked = api_client.get("/api/v1/treaties/?q=friendship").json()["results"]
    ordered = api_client.get("/api/v1/treaties/?q=friendship&ordering=slug").json()["results"]
    assert {t["slug"] for t in ranked} == {t["slug"] for t in ordered}
    assert [t["slug"] for t in ordered] == sorted(t["slug"] for t in ordered)


def test_search_combines_with_filters(api_client):
    found = identifiers(api_client, "/api/v1/takeaways/?q=treaty&expert=rachel-minyoung-lee")
    assert found == {"cooperation-and-conflict-for-russia-and-north-korea"}
