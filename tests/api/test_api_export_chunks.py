"""Exports: compiled rows equal the serializer's, the model path stays flat in memory, and
NDJSON ends with a trailer (docs/performance.md section 5)."""

import json

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory
from rest_framework.versioning import NamespaceVersioning

from api import viewsets
from api.rows import NotCompilable, compile_rows
from api.v1.commentary.serializers import CitationSummarySerializer, MentionSummarySerializer
from api.v1.summaries import ActorSummarySerializer, TreatySummarySerializer
from tests.api_support import build_world
from tests.commentary.factories import CitationFactory, MentionFactory, TakeawayAuthorFactory
from treaties.selectors import treaty_queryset

pytestmark = pytest.mark.django_db


def test_model_path_collects_garbage_rarely_and_keeps_every_row(api_client, monkeypatch):
    for _ in range(5):
        TakeawayAuthorFactory()
    collections = []
    monkeypatch.setattr(viewsets, "EXPORT_CHUNK_SIZE", 1)
    monkeypatch.setattr(viewsets, "EXPORT_GC_EVERY", 2)
    monkeypatch.setattr(viewsets.gc, "collect", lambda *a: collections.append(a))

    response = api_client.get("/api/v1/takeaways/export/?format=ndjson")
    *rows, trailer = [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]

    assert len(rows) == 5 and all(row["authors"] for row in rows)
    assert trailer == {"_trailer": {"rows": 5, "complete": True}}
    assert len(collections) == 2  # after rows 2 and 4, not after every chunk


def _request():
    request = Request(APIRequestFactory().get("/api/v1/x/export/?format=ndjson"))
    request.version, request.versioning_scheme = "v1", NamespaceVersioning()
    return request


@pytest.mark.parametrize(
    ("serializer_class", "selector"),
    [
        (TreatySummarySerializer, treaty_queryset),
    ],
)
def test_compiled_rows_equal_the_serializer(serializer_class, selector):
    build_world()
    CitationFactory(article=None)  # a null nested relation renders as null
    request = _request()
    serializer = serializer_class(context={"request": request})
    queryset = selector(published_only=False)
    plan = compile_rows(serializer, queryset.model, request)
    compiled = list(plan.rows(queryset, chunk_size=100))
    expected = [serializer.to_representation(obj) for obj in queryset]
    assert compiled and json.dumps(compiled, default=str) == json.dumps(expected, default=str)


def test_list_fields_are_not_compiled():
    from api.v1.summaries import TakeawaySummarySerializer
    from commentary.models import Takeaway

    with pytest.raises(NotCompilable):
        compile_rows(TakeawaySummarySerializer(), Takeaway, _request())


@pytest.mark.parametrize("serializer_class", [MentionSummarySerializer, CitationSummarySerializer])
def test_span_rows_are_not_compiled_because_they_quote_the_sentence(serializer_class):
    """Mention and citation rows carry the sentence around the span and the byline (issue 12),
    computed from the takeaway body: they export through the instance path, not compiled
    values (a known cost at scale, docs/performance.md)."""
    model = serializer_class.Meta.model
    with pytest.raises(NotCompilable):
        compile_rows(serializer_class(), model, _request())


def test_mention_export_runs_a_constant_number_of_queries(api_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    build_world()
    with CaptureQueriesContext(connection) as small:
        lines = b"".join(api_client.get("/api/v1/mentions/export/").streaming_content).splitlines()
    assert json.loads(lines[-1])["_trailer"]["rows"] == len(lines) - 1 >= 1
    assert all("sentence" in json.loads(line) for line in lines[:-1])
    MentionFactory.create_batch(20)  # published takeaways (the factory's default)
    with CaptureQueriesContext(connection) as large:
        lines = b"".join(api_client.get("/api/v1/mentions/export/").streaming_content).splitlines()
    assert json.loads(lines[-1])["_trailer"]["rows"] >= 20
    assert len(large.captured_queries) == len(small.captured_queries)


def test_actor_summary_compiles():
    from actors.models import Actor

    assert compile_rows(ActorSummarySerializer(), Actor, _request()).columns[:3] == ["id", "slug", "name"]
