"""Formats and shaping: JSON (orjson), CSV on every list, NDJSON/CSV streaming exports,
?fields= and ?omit=."""

import csv
import io
import json

import pytest

from tests.api.test_api_contract import SUMMARY
from tests.api_support import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return build_world()


def test_json_is_the_default(api_client, world):
    response = api_client.get("/api/v1/treaties/")
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content)["count"] == 2


@pytest.mark.parametrize("resource", sorted(SUMMARY))
def test_every_list_renders_flattened_csv(api_client, world, resource):
    response = api_client.get(f"/api/v1/{resource}/?format=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert len(rows) == api_client.get(f"/api/v1/{resource}/").json()["count"]
    assert "id" in rows[0] and "url" in rows[0]


def test_csv_flattens_nested_summaries_and_lists(api_client, world):
    response = api_client.get("/api/v1/articles/?format=csv&treaty=new-treaty")
    (row,) = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert row["treaty.slug"] == "new-treaty"
    assert row["number"] == "4"
    assert row["provision_types"] == "mutual-defense"


def test_csv_takes_filters_and_fields(api_client, world):
    response = api_client.get("/api/v1/treaties/?format=csv&fields=slug,status&status=lapsed")
    assert response.content.decode().splitlines() == ["slug,status", "old-treaty,lapsed"]


@pytest.mark.parametrize("resource", sorted(SUMMARY))
def test_ndjson_export_streams_the_whole_filtered_collection(api_client, world, resource):
    response = api_client.get(f"/api/v1/{resource}/export/?format=ndjson")
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "application/x-ndjson"
    lines = b"".join(response.streaming_content).decode().splitlines()
    *rows, trailer = [json.loads(line) for line in lines]
    assert len(rows) == api_client.get(f"/api/v1/{resource}/").json()["count"]
    assert trailer == {"_trailer": {"rows": len(rows), "complete": True}}
    assert set(rows[0]) == SUMMARY[resource]
    assert "format=" not in "\n".join(lines)  # every url is the record's canonical JSON resource


def test_export_is_not_paginated_and_applies_filters(api_client, world):
    from tests.actors.factories import StateFactory

    StateFactory.create_batch(30)
    rows = b"".join(api_client.get("/api/v1/actors/export/?kind=state").streaming_content).splitlines()[:-1]
    assert len(rows) == 32  # 30 + Russia + North Korea; the draft state stays hidden
    assert {json.loads(r)["kind"] for r in rows} == {"state"}


def test_export_as_csv_and_with_fields(api_client, world):
    response = api_client.get("/api/v1/treaties/export/?format=csv&fields=slug&ordering=-signed_on")
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="treaty.csv"'
    assert b"".join(response.streaming_content).decode().splitlines() == ["slug", "new-treaty", "old-treaty"]


def test_export_rejects_paging_and_bad_values_before_streaming(api_client, world):
    assert api_client.get("/api/v1/treaties/export/?page=2").status_code == 400
    response = api_client.get("/api/v1/treaties/export/?status=alive")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"


def test_export_prefetches_per_chunk(api_client, world, django_assert_max_num_queries):
    from tests.commentary.factories import TakeawayAuthorFactory

    for _ in range(20):
        TakeawayAuthorFactory()
    with django_assert_max_num_queries(6):
        response = api_client.get("/api/v1/takeaways/export/")
        rows = b"".join(response.streaming_content).splitlines()[:-1]
    assert len(rows) == 22
    assert all(json.loads(r)["authors"] for r in rows)


def test_fields_selects_top_level_fields(api_client, world):
    body = api_client.get("/api/v1/treaties/?fields=slug,title").json()
    assert [set(item) for item in body["results"]] == [{"slug", "title"}] * 2
    detail = api_client.get("/api/v1/treaties/new-treaty/?fields=slug,parties").json()
    assert set(detail) == {"slug", "parties"}


def test_omit_leaves_fields_out(api_client, world):
    detail = api_client.get("/api/v1/takeaways/t1/?omit=body,citations").json()
    assert "body" not in detail and "citations" not in detail and "mentions" in detail


def test_export_iterates_in_chunks_with_a_prefetch_per_chunk(api_client, monkeypatch):
    """Memory stays bounded: rows come in chunks, each chunk with its own byline query
    (compiled rows side-load it, api/rows.py), instead of the whole collection (and all
    its relations) at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from api import viewsets
    from tests.commentary.factories import TakeawayAuthorFactory

    monkeypatch.setattr(viewsets, "EXPORT_VALUES_CHUNK_SIZE", 5)
    for _ in range(12):
        TakeawayAuthorFactory()
    with CaptureQueriesContext(connection) as ctx:
        rows = b"".join(api_client.get("/api/v1/takeaways/export/").streaming_content).splitlines()[:-1]
    assert len(rows) == 12
    author_queries = [q for q in ctx.captured_queries if 'FROM "commentary_takeawayauthor"' in q["sql"]]
    assert len(author_queries) == 3  # ceil(12 / 5) chunks


def test_docs_are_served_without_a_cdn(api_client):
    for path in ("/api/v1/docs/", "/api/v1/redoc/"):
        html = api_client.get(path).content.decode()
        assert "drf_spectacular_sidecar" in html, path
        assert "cdn." not in html and "unpkg" not in html, path
