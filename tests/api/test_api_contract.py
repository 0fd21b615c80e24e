"""The v1 contract: the exact key set of one list item and one detail per resource.
A change here is a breaking change for clients; v1 must not drift."""

import pytest

from tests.actors.factories import ActorRelationFactory
from tests.api_support import ROUTED_RESOURCES, build_world
from tests.core.factories import SourceFactory
from tests.treaties.factories import ArticleFactory

pytestmark = pytest.mark.django_db

RECORD = {"confidence", "editorial_status", "published_at", "created", "updated", "version"}
# Editorial details also carry their public corrections (issue 13).
CORRECTED = {"corrections"}
PLAIN = {"created", "updated", "version"}
SPAN = {"start", "end", "quote", "method", "review_status", "score"}
# Nested facts (a party's dates, a participation, a relation, a link, a coding) carry their own.
PROVENANCE = {"confidence", "sources"}
SOURCE = {"link", "title", "supports"}
# Resources whose rows state facts: every list row says how well established they are.
# Vocabularies (provision types, topics) state none; citations and mentions carry their
# own review state (method, review_status, score).
FACT_RESOURCES = ("actors", "events", "treaties", "articles", "experts", "publications", "takeaways")

SUMMARY = {
    "actors": {"id", "url", "slug", "name", "short_name", "kind", "iso3", "confidence"},
    "events": {"id", "url", "slug", "name", "kind", "start_date", "end_date", "place", "confidence"},
    "treaties": {
        "id",
        "url",
        "slug",
        "title",
        "short_title",
        "kind",
        "status",
        "signed_on",
        "in_force_on",
        "ended_on",
        "confidence",
    },
    "articles": {"id", "url", "treaty", "number", "ordinal", "heading", "summary", "confidence", "provision_types"},
    "provision-types": {"id", "url", "code", "name"},
    "experts": {"id", "url", "slug", "name", "role", "confidence"},
    "publications": {"id", "url", "slug", "title", "kind", "published_on", "confidence"},
    "takeaways": {"id", "url", "slug", "heading", "position", "publication", "authors", "confidence"},
    "topics": {"id", "url", "slug", "name"},
    "citations": {"id", "url", "takeaway", "treaty", "article", *SPAN, "authors", "sentence"},
    "mentions": {"id", "url", "takeaway", "actor", *SPAN, "authors", "sentence"},
    "claims": {
        "id",
        "url",
        "takeaway",
        "stance",
        "paraphrase",
        "quote",
        "start",
        "end",
        "sentence",
        "articles",
        "treaties",
        "actors",
        "confidence",
    },
}
DETAIL_EXTRA = {
    "actors": {
        "wikidata_qid",
        "description",
        "active_from",
        "active_until",
        "parent",
        "country",
        "aliases",
        "relations",
        "sources",
        *RECORD,
        *CORRECTED,
    },
    "events": {"description", "participants", "sources", *RECORD, *CORRECTED},
    "treaties": {
        "signed_at",
        "duration_terms",
        "description",
        "article_count",
        "parties",
        "articles",
        "supersedes",
        "superseded_by",
        "events",
        "sources",
        *RECORD,
        *CORRECTED,
    },
    "articles": {"text", "provision_codings", "links_out", "links_in", "cited_by", "sources", *RECORD, *CORRECTED},
    "provision-types": {"description", *PLAIN},
    "experts": {"aliases", "affiliation", "profile_url", "takeaways", "sources", *RECORD, *CORRECTED},
    "publications": {"web_url", "dek", "publisher", "subject_treaty", "takeaways", "sources", *RECORD, *CORRECTED},
    "takeaways": {"body", "image_credit", "topics", "citations", "mentions", *RECORD, *CORRECTED},
    "topics": {"description", "takeaways", *PLAIN},
    "citations": {"context", *PLAIN},
    "mentions": {"context", *PLAIN},
    "claims": {"sources", *RECORD, *CORRECTED},
}
NESTED = {
    "actor": SUMMARY["actors"],
    "treaty": SUMMARY["treaties"],
    "article_ref": {"id", "url", "number", "ordinal", "heading", "confidence"},
    "takeaway_ref": {"id", "url", "slug", "heading"},
}


@pytest.fixture
def world():
    return build_world()


def test_every_routed_resource_has_a_frozen_contract():
    """SUMMARY and DETAIL_EXTRA are the contract, so they are written out, not derived from
    the serializers; but which resources they must cover comes from the router."""
    assert sorted(SUMMARY) == sorted(DETAIL_EXTRA) == list(ROUTED_RESOURCES)


@pytest.mark.parametrize("resource", ROUTED_RESOURCES)
def test_list_item_keys_are_frozen(api_client, world, resource):
    body = api_client.get(f"/api/v1/{resource}/").json()
    assert set(body) == {"count", "count_exact", "next", "previous", "results"}
    assert body["results"], resource
    assert set(body["results"][0]) == SUMMARY[resource]


@pytest.mark.parametrize("resource", ROUTED_RESOURCES)
def test_detail_keys_are_frozen(api_client, world, resource):
    item = api_client.get(f"/api/v1/{resource}/").json()["results"][0]
    detail = api_client.get(item["url"]).json()
    assert set(detail) == SUMMARY[resource] | DETAIL_EXTRA[resource]
    assert detail["id"] == item["id"]


def test_urls_are_absolute_and_resolve(api_client, world):
    detail = api_client.get("/api/v1/treaties/new-treaty/").json()
    assert detail["url"] == "http://testserver/api/v1/treaties/new-treaty/"
    party = detail["parties"][0]
    assert party["actor"]["url"].startswith("http://testserver/api/v1/actors/")
    assert set(party) == {"actor", "signed_on", "ratified_on", "signatory", "signatory_title", *PROVENANCE}
    article = detail["articles"][0]
    assert article["url"] == f"http://testserver/api/v1/articles/{world.art4.id}/"
    assert set(article["provision_types"][0]) == SUMMARY["provision-types"]
    assert api_client.get(article["url"]).json()["number"] == "4"


def test_article_addressed_by_treaty_slug_and_number(api_client, world):
    response = api_client.get("/api/v1/treaties/old-treaty/articles/I/")
    assert response.status_code == 200
    assert response.json()["id"] == str(world.art1_old.id)
    assert api_client.get("/api/v1/treaties/new-treaty/articles/I/").status_code == 404


def test_treaty_detail_carries_lineage_both_ways(api_client, world):
    new = api_client.get("/api/v1/treaties/new-treaty/").json()
    old = api_client.get("/api/v1/treaties/old-treaty/").json()
    assert [t["slug"] for t in new["supersedes"]] == ["old-treaty"]
    assert [t["slug"] for t in old["superseded_by"]] == ["new-treaty"]
    assert [e["slug"] for e in new["events"]] == ["summit-2024"]


def test_takeaway_detail_carries_spans_and_nested_shapes(api_client, world):
    detail = api_client.get("/api/v1/takeaways/t1/").json()
    citation = detail["citations"][0]
    assert set(citation) == {"id", "url", "treaty", "article", *SPAN}
    assert set(citation["treaty"]) == NESTED["treaty"]
    assert set(citation["article"]) == NESTED["article_ref"]
    assert (citation["start"], citation["end"], citation["quote"]) == (0, 5, "First")
    mention = detail["mentions"][0]
    assert set(mention) == {"id", "url", "actor", *SPAN}
    assert set(mention["actor"]) == NESTED["actor"]
    assert set(detail["authors"][0]) == {"expert", "position", "role"}
    assert [t["slug"] for t in detail["topics"]] == ["deterrence"]


def test_article_detail_carries_links_and_citing_takeaways(api_client, world):
    art4 = api_client.get(f"/api/v1/articles/{world.art4.id}/").json()
    assert [(link["kind"], link["target"]["number"]) for link in art4["links_out"]] == [("echoes", "I")]
    assert [t["slug"] for t in art4["cited_by"]] == ["t1"]
    assert set(art4["cited_by"][0]) == NESTED["takeaway_ref"]
    old = api_client.get(f"/api/v1/articles/{world.art1_old.id}/").json()
    assert [(link["kind"], link["source"]["number"]) for link in old["links_in"]] == [("echoes", "4")]


def test_api_root_lists_every_collection(api_client):
    body = api_client.get("/api/v1/").json()
    assert set(body) == set(SUMMARY)
    assert body["provision-types"] == "http://testserver/api/v1/provision-types/"


def test_urls_match_django_reverse_for_every_row(api_client, world):
    from django.urls import reverse

    for item in api_client.get("/api/v1/citations/").json()["results"]:
        assert item["url"] == "http://testserver" + reverse("v1:citation-detail", kwargs={"pk": item["id"]})
        assert item["takeaway"]["url"] == "http://testserver" + reverse(
            "v1:takeaway-detail", kwargs={"slug": item["takeaway"]["slug"]}
        )
    codes = api_client.get("/api/v1/provision-types/").json()["results"]
    assert [p["url"] for p in codes] == [
        "http://testserver" + reverse("v1:provision-type-detail", kwargs={"code": p["code"]}) for p in codes
    ]


@pytest.mark.django_db
def test_article_summaries_carry_the_confidence_of_their_summary(api_client):
    ArticleFactory(confidence="unverified", summary="Possibly about disputes.")
    item = api_client.get("/api/v1/articles/").json()["results"][0]
    assert (item["summary"], item["confidence"]) == ("Possibly about disputes.", "unverified")


@pytest.mark.parametrize("resource", FACT_RESOURCES)
def test_every_fact_row_carries_its_confidence(api_client, world, resource):
    rows = api_client.get(f"/api/v1/{resource}/").json()["results"]
    assert rows and all(row["confidence"] in {"confirmed", "probable", "unverified"} for row in rows)


def test_nested_facts_carry_confidence_and_sources(api_client, world):
    """Parties, participants, relations, aliases, links and provision codings: each renders
    its own confidence and sources, not its parent's."""
    source = SourceFactory(content_object=world.new.parties.first(), url="https://example.org/ratification")
    treaty = api_client.get("/api/v1/treaties/new-treaty/").json()
    party = next(p for p in treaty["parties"] if p["sources"])
    assert party["sources"] == [{"link": source.url, "title": source.title, "supports": source.supports}]
    assert all(set(p) >= PROVENANCE for p in treaty["parties"])

    event = api_client.get("/api/v1/events/summit-2024/").json()
    assert event["participants"] and all(set(p) == {"actor", "role", *PROVENANCE} for p in event["participants"])

    ActorRelationFactory(subject=world.dprk, object=world.russia)
    actor = api_client.get("/api/v1/actors/kp/").json()
    assert actor["relations"] and actor["aliases"]
    assert all(set(r) == {"kind", "object", "start_date", "end_date", "note", *PROVENANCE} for r in actor["relations"])
    assert all(set(a) == {"name", "kind", "case_sensitive", *PROVENANCE} for a in actor["aliases"])

    article = api_client.get(f"/api/v1/articles/{world.art4.id}/").json()
    assert [c["provision_type"]["code"] for c in article["provision_codings"]] == [
        t["code"] for t in article["provision_types"]
    ]
    assert all(set(c) == {"provision_type", *PROVENANCE} for c in article["provision_codings"])
    assert article["links_out"] and all(
        set(link) == {"kind", "note", "target", *PROVENANCE} for link in article["links_out"]
    )
