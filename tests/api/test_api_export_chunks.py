"""Exports: compiled rows equal the serializer's (lists side-loaded per chunk, derived
fields such as the quote's sentence), the model path stays flat in memory, and NDJSON ends
with a trailer (docs/performance.md section 5)."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory
from rest_framework.versioning import NamespaceVersioning

from api import viewsets
from api.renderers import dumps
from api.rows import NotCompilable, compile_rows
from api.v1.commentary.serializers import (
    CitationSummarySerializer,
    MentionSummarySerializer,
    TakeawayListSerializer,
)
from api.v1.summaries import ActorSummarySerializer, ClaimSummarySerializer, TreatySummarySerializer
from commentary import selectors
from commentary.models import Takeaway
from core.models import EditorialStatus
from tests.api_support import build_world
from tests.commentary.factories import (
    CitationFactory,
    ClaimFactory,
    ExpertFactory,
    MentionFactory,
    TakeawayAuthorFactory,
    TakeawayFactory,
)
from treaties.selectors import treaty_queryset

pytestmark = pytest.mark.django_db

# Sentences that end at "!", "?", "." and a paragraph break, and abbreviations that do not end one.
BODY = (
    "Russia signed first. Then the U.S. objected loudly! North Korea answered? "
    "Art. 4 binds both parties to assist each other.\n\nA second paragraph names China."
)


def _quotes_world() -> dict:
    """build_world (a draft author on t1, a draft actor on its claim) plus a takeaway whose
    spans sit in different sentences, bylined by a public and a draft expert."""
    world = build_world()
    takeaway = TakeawayFactory(body=BODY, slug="sentences", position=9)
    TakeawayAuthorFactory(takeaway=takeaway, expert=ExpertFactory(slug="public-author"), position=1)
    TakeawayAuthorFactory(
        takeaway=takeaway,
        expert=ExpertFactory(slug="draft-author", editorial_status=EditorialStatus.DRAFT),
        position=2,
    )
    for word in ("U.S.", "Korea", "binds", "China"):
        start = BODY.index(word)
        MentionFactory(takeaway=takeaway, start=start, end=start + len(word))
        CitationFactory(takeaway=takeaway, start=start, end=start + len(word), article=None)
        ClaimFactory(takeaway=takeaway, start=start, end=start + len(word))
    return world


def _request():
    request = Request(APIRequestFactory().get("/api/v1/x/export/?format=ndjson"))
    request.version, request.versioning_scheme = "v1", NamespaceVersioning()
    return request


SHAPES = [
    (TreatySummarySerializer, treaty_queryset),
    (MentionSummarySerializer, selectors.mention_list),
    (CitationSummarySerializer, selectors.citation_list),
    (ClaimSummarySerializer, selectors.claim_list),
    (TakeawayListSerializer, selectors.takeaway_list),
]


@pytest.mark.parametrize("published_only", [True, False])
@pytest.mark.parametrize(("serializer_class", "selector"), SHAPES)
def test_compiled_rows_equal_the_serializer(serializer_class, selector, published_only):
    """Byte for byte through orjson, in chunks of 2 rows so that one takeaway's spans fall
    in two chunks (each chunk side-loads its own bodies and bylines)."""
    _quotes_world()
    request = _request()
    serializer = serializer_class(context={"request": request})
    queryset = selector(published_only=published_only).order_by("pk")
    plan = compile_rows(serializer, queryset, request)
    compiled = [dumps(row) for row in plan.rows(queryset, chunk_size=2)]
    expected = [dumps(serializer.to_representation(obj)) for obj in queryset]
    assert len(compiled) > 2 and compiled == expected


SPANS = [
    (MentionSummarySerializer, selectors.mention_list),
    (CitationSummarySerializer, selectors.citation_list),
    (ClaimSummarySerializer, selectors.claim_list),
]


@pytest.mark.parametrize(("serializer_class", "selector"), SPANS)
def test_span_rows_render_sentences_and_only_visible_authors(serializer_class, selector):
    _quotes_world()
    request = _request()
    rows = {}
    for published_only in (True, False):
        queryset = selector(published_only=published_only).filter(takeaway__slug="sentences").order_by("start")
        plan = compile_rows(serializer_class(context={"request": request}), queryset, request)
        rows[published_only] = list(plan.rows(queryset, chunk_size=2))

    def bylines(row):
        authors = row["authors"] if "authors" in row else row["takeaway"]["authors"]
        return [author["expert"]["slug"] for author in authors]

    assert [row["sentence"] for row in rows[True]] == [
        "Then the U.S. objected loudly!",
        "North Korea answered?",
        "Art. 4 binds both parties to assist each other.",
        "A second paragraph names China.",
    ]
    assert {tuple(bylines(row)) for row in rows[True]} == {("public-author",)}
    assert {tuple(bylines(row)) for row in rows[False]} == {("public-author", "draft-author")}


def test_a_list_the_queryset_does_not_prefetch_is_not_compiled():
    from api.v1.summaries import TakeawaySummarySerializer

    with pytest.raises(NotCompilable):
        compile_rows(TakeawaySummarySerializer(), Takeaway.objects.all(), _request())


def test_a_method_field_is_not_compiled():
    from rest_framework import serializers

    class Shouting(ActorSummarySerializer):
        loud = serializers.SerializerMethodField()

        class Meta(ActorSummarySerializer.Meta):
            fields = (*ActorSummarySerializer.Meta.fields, "loud")

        def get_loud(self, actor) -> str:
            return actor.name.upper()

    from actors.models import Actor

    with pytest.raises(NotCompilable):
        compile_rows(Shouting(), Actor.objects.all(), _request())


def test_actor_summary_compiles():
    from actors.models import Actor

    assert compile_rows(ActorSummarySerializer(), Actor.objects.all(), _request()).columns[:3] == ["id", "slug", "name"]


def _export(client, path: str) -> bytes:
    return b"".join(client.get(path).streaming_content)


@pytest.mark.parametrize("resource", ["mentions", "citations", "claims", "takeaways"])
@pytest.mark.parametrize("fmt", ["ndjson", "csv"])
@pytest.mark.parametrize("reader", ["anonymous", "editor"])
def test_compiled_export_is_the_model_paths_bytes(api_client, editor, monkeypatch, resource, fmt, reader):
    """The whole response, compiled and through model instances, for readers who see
    different bylines: the same bytes, in NDJSON and in CSV (same columns)."""
    _quotes_world()
    if reader == "editor":
        api_client.force_authenticate(editor)
    path = f"/api/v1/{resource}/export/?format={fmt}"
    monkeypatch.setattr(viewsets, "EXPORT_VALUES_CHUNK_SIZE", 2)
    compiled = _export(api_client, path)
    monkeypatch.setattr(viewsets, "compile_rows", lambda *args: (_ for _ in ()).throw(NotCompilable()))
    assert compiled.count(b"\n") > 3 and compiled == _export(api_client, path)
    assert (b"draft-author" in compiled) is (reader == "editor")
    if resource != "takeaways":
        assert b"North Korea answered?" in compiled


def test_export_queries_grow_per_chunk_not_per_row(api_client, monkeypatch):
    """Mentions: the export's own queries, then per chunk of rows one for the takeaway
    bodies and one for the bylines, whatever the rows in it."""
    _quotes_world()
    monkeypatch.setattr(viewsets, "EXPORT_VALUES_CHUNK_SIZE", 5)

    def export() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as queries:
            lines = _export(api_client, "/api/v1/mentions/export/").splitlines()
        rows = json.loads(lines[-1])["_trailer"]["rows"]
        assert rows == len(lines) - 1 and all("sentence" in json.loads(line) for line in lines[:-1])
        return rows, len(queries.captured_queries)

    small_rows, small_queries = export()
    chunks = -(-small_rows // 5)
    takeaway = TakeawayFactory(body=BODY)
    TakeawayAuthorFactory(takeaway=takeaway)
    MentionFactory.create_batch(5 - small_rows % 5, takeaway=takeaway)  # fill the last chunk
    filled_rows, filled_queries = export()
    MentionFactory.create_batch(10, takeaway=takeaway)  # two more chunks
    large_rows, large_queries = export()

    assert filled_rows == chunks * 5 and filled_queries == small_queries
    assert large_rows == filled_rows + 10 and large_queries == small_queries + 2 * 2


def test_model_path_collects_garbage_rarely_and_keeps_every_row(api_client, monkeypatch):
    for _ in range(5):
        TakeawayAuthorFactory()
    collections = []
    monkeypatch.setattr(viewsets, "compile_rows", lambda *args: (_ for _ in ()).throw(NotCompilable()))
    monkeypatch.setattr(viewsets, "EXPORT_CHUNK_SIZE", 1)
    monkeypatch.setattr(viewsets, "EXPORT_GC_EVERY", 2)
    monkeypatch.setattr(viewsets.gc, "collect", lambda *a: collections.append(a))

    response = api_client.get("/api/v1/takeaways/export/?format=ndjson")
    *rows, trailer = [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]

    assert len(rows) == 5 and all(row["authors"] for row in rows)
    assert trailer == {"_trailer": {"rows": 5, "complete": True}}
    assert len(collections) == 2  # after rows 2 and 4, not after every chunk


def test_a_shaped_export_side_loads_only_what_it_renders(api_client):
    """`?fields=id,sentence`: the bodies are read, the bylines are not."""
    _quotes_world()
    with CaptureQueriesContext(connection) as queries:
        lines = _export(api_client, "/api/v1/mentions/export/?fields=id,sentence").splitlines()
    rows = [json.loads(line) for line in lines[:-1]]
    assert rows and all(set(row) == {"id", "sentence"} for row in rows)
    assert "North Korea answered?" in {row["sentence"] for row in rows}
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert '"commentary_takeaway"."body"' in sql and "commentary_takeawayauthor" not in sql
