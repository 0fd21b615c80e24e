"""/api/v1/network/actors/: co-mention network, JSON and GraphML, constant queries."""

import xml.etree.ElementTree as ET

import pytest
from drf_spectacular.generators import SchemaGenerator

from tests.api.test_api_queries import count_queries
from tests.api.test_schema import assert_valid, validator_for
from tests.api_support import build_world, identifiers
from tests.commentary.factories import MentionFactory, TakeawayFactory

URL = "/api/v1/network/actors/"


@pytest.mark.usefixtures("seeded")
def test_edge_weights_are_the_takeaways_mentioning_both(api_client):
    body = api_client.get(URL).json()
    edges = {(e["source"], e["target"]): e for e in body["edges"]} | {
        (e["target"], e["source"]): e for e in body["edges"]
    }
    both = identifiers(api_client, "/api/v1/takeaways/?mentions_all=russia&mentions_all=north-korea")
    edge = edges[("russia", "north-korea")]
    assert edge["weight"] == len(both) and set(edge["takeaways"]) == both
    nodes = {n["actor"]["slug"]: n for n in body["nodes"]}
    assert nodes["japan"]["mentions"] == api_client.get("/api/v1/mentions/?actor=japan").json()["count"]


@pytest.mark.usefixtures("seeded")
def test_network_filters_by_expert_and_exports_graphml(api_client):
    body = api_client.get(URL + "?expert=yuki-tatsumi").json()
    assert {n["actor"]["slug"] for n in body["nodes"]} == identifiers(
        api_client, "/api/v1/actors/?mentioned_by=yuki-tatsumi"
    )
    response = api_client.get(URL + "?expert=yuki-tatsumi&format=graphml")
    root = ET.fromstring(response.content)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == len(body["nodes"])
    assert len(root.findall(".//g:edge", ns)) == len(body["edges"])


@pytest.mark.django_db
def test_drafts_never_reach_the_network(api_client):
    world = build_world()
    body = api_client.get(URL).json()
    slugs = {n["actor"]["slug"] for n in body["nodes"]}
    assert world.draft_state.slug not in slugs and world.russia.slug in slugs
    assert_valid(validator_for(SchemaGenerator().get_schema(request=None, public=True), URL), body)


@pytest.mark.django_db
def test_network_queries_do_not_grow_with_rows(api_client):
    def add(n):
        for _ in range(n):
            takeaway = TakeawayFactory()
            MentionFactory(takeaway=takeaway, start=0, end=3)
            MentionFactory(takeaway=takeaway, start=4, end=7)

    add(2)
    few, _ = count_queries(api_client, URL)
    add(15)
    many, body = count_queries(api_client, URL)
    assert few == many <= 5
    assert len(body["edges"]) == 17


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["expert=nobody", "max_nodes=0", "published_after=soon", "colour=red"])
def test_bad_network_input_is_a_400(api_client, query):
    assert api_client.get(f"{URL}?{query}").status_code == 400
