"""Search on the seed corpus: two researchers' queries, through the API.

Expected records come from reading the corpus and FACTS.md: "mutual defense" is written in
three takeaways (Town, Sun, Tatsumi), and the mutual-defense provision type marks 2024
Art. 4, 1961 USSR–DPRK Art. 1 and 1961 China–DPRK Art. II. The phrase "military and other
assistance" is the wording of those same three articles and is quoted by two takeaways
(Town, Lee)."""

import pytest

from commentary.models import Takeaway
from core.models import EditorialStatus
from treaties.models import Article

pytestmark = pytest.mark.django_db
URL = "/api/v1/search/"

MUTUAL_DEFENSE_TAKEAWAYS = {
    "russia-and-north-korea-upgrade-relations",
    "chinas-reaction-to-putins-north-korea-visit",
    "russia-north-korea-alignment-renews-tokyos-geopolitical-concerns",
}
MUTUAL_DEFENSE_ARTICLES = {("russia-dprk-2024", "4"), ("ussr-dprk-1961", "1"), ("china-dprk-1961", "II")}
PHRASE_TAKEAWAYS = {"russia-and-north-korea-upgrade-relations", "cooperation-and-conflict-for-russia-and-north-korea"}


def _articles(hits):
    ids = [h["id"] for h in hits if h["type"] == "article"]
    return {(a.treaty.slug, a.number) for a in Article.objects.filter(pk__in=ids).select_related("treaty")}


def _takeaways(hits):
    return {h["slug"] for h in hits if h["type"] == "takeaway"}


def test_mutual_defense_finds_the_takeaways_and_articles(seeded, api_client):
    response = api_client.get(URL, {"q": "mutual defense", "limit": 100})
    assert response.status_code == 200
    body = response.json()
    assert _takeaways(body["results"]) == MUTUAL_DEFENSE_TAKEAWAYS
    assert _articles(body["results"]) == MUTUAL_DEFENSE_ARTICLES
    assert body["counts"]["takeaway"] == 3 and body["counts"]["article"] == 3
    for hit in body["results"]:
        if hit["type"] == "takeaway":
            assert "<mark>mutual</mark> <mark>defense</mark>" in hit["snippet"]


def test_phrase_military_and_other_assistance(seeded, api_client):
    body = api_client.get(URL, {"q": '"military and other assistance"', "limit": 100}).json()
    assert _takeaways(body["results"]) == PHRASE_TAKEAWAYS
    assert _articles(body["results"]) == MUTUAL_DEFENSE_ARTICLES
    assert body["counts"] == {"treaty": 0, "article": 3, "takeaway": 2, "expert": 0, "actor": 0}
    # The article that states the obligation outranks commentary quoting it.
    assert body["results"][0]["type"] == "article"


def test_type_filter_on_the_seed(seeded, api_client):
    body = api_client.get(URL, {"q": "mutual defense", "type": "article"}).json()
    assert body["counts"] == {"article": 3}
    assert {h["type"] for h in body["results"]} == {"article"}


def test_unpublished_takeaway_leaves_hits_and_counts(seeded, api_client):
    Takeaway.objects.filter(slug="chinas-reaction-to-putins-north-korea-visit").update(
        editorial_status=EditorialStatus.DRAFT
    )
    body = api_client.get(URL, {"q": "mutual defense", "limit": 100}).json()
    assert _takeaways(body["results"]) == MUTUAL_DEFENSE_TAKEAWAYS - {"chinas-reaction-to-putins-north-korea-visit"}
    assert body["counts"]["takeaway"] == 2
    assert "antagonizes" not in response_text(body)


def test_stemmed_search_on_the_seed(seeded, api_client):
    # The plural finds the four treaties titled "Treaty ..." by stem; the UN Charter is not one.
    body = api_client.get(URL, {"q": "treaties", "type": "treaty", "limit": 100}).json()
    assert {h["slug"] for h in body["results"]} == {
        "russia-dprk-2024",
        "ussr-dprk-1961",
        "china-dprk-1961",
        "russia-dprk-2000",
    }
    assert all("<mark>treaty</mark>" in h["snippet"].lower() for h in body["results"])


def response_text(body) -> str:
    return " ".join(h["snippet"] + h["title"] for h in body["results"])


def test_british_spelling_finds_the_same_records_as_american(seeded, api_client):
    # The seed's commentary writes "defense"; "defence" must find the same records.
    american = api_client.get(URL, {"q": "mutual defense", "limit": 100}).json()
    british = api_client.get(URL, {"q": "mutual defence", "limit": 100}).json()
    assert _takeaways(british["results"]) == _takeaways(american["results"]) == MUTUAL_DEFENSE_TAKEAWAYS
    assert _articles(british["results"]) == MUTUAL_DEFENSE_ARTICLES
