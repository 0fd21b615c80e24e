"""The NDJSON export frees each finished chunk (prefetch cycles) instead of accumulating."""

import json

import pytest

from api import viewsets
from tests.commentary.factories import TakeawayAuthorFactory

pytestmark = pytest.mark.django_db


def test_export_collects_garbage_once_per_chunk_and_keeps_every_row(api_client, monkeypatch):
    for _ in range(5):
        TakeawayAuthorFactory()
    collections = []
    monkeypatch.setattr(viewsets, "EXPORT_CHUNK_SIZE", 2)
    monkeypatch.setattr(viewsets.gc, "collect", lambda *a: collections.append(a))

    response = api_client.get("/api/v1/takeaways/export/?format=ndjson")
    rows = [json.loads(line) for line in b"".join(response.streaming_content).splitlines()]

    assert len(rows) == 5
    assert all(row["authors"] for row in rows)
    assert len(collections) == 2  # after rows 2 and 4: one per finished chunk of 2
