"""The public response cache (api/viewsets.py public_cache_key): pages, group counts and
details for readers who see only published content, kept per change counter.

Same bytes and validators as a fresh render, at most one query for a hit (the counter's
row without Redis; none with it), a write seen at once, editors never served from it."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.audit import COMMAND
from core.services import record_update
from tests.api_support import ROUTED_RESOURCES
from treaties.models import Treaty

pytestmark = pytest.mark.usefixtures("seeded")
# The change counter is a Redis GET when Redis is configured, else one indexed query.
HIT_QUERIES = 0 if settings.REDIS_URL else 1

PATHS = [f"/api/v1/{resource}/" for resource in ROUTED_RESOURCES] + [
    "/api/v1/takeaways/?ordering=-publication__published_on&page_size=2&page=2",
    "/api/v1/takeaways/?cursor=&page_size=2",
    "/api/v1/mentions/?group_by=actor",
    "/api/v1/takeaways/?format=csv",
    "/api/v1/treaties/?q=cooperation",
]


def fetch(client, path: str, **headers):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path, **headers)
    assert response.status_code == 200, response.content
    return response, len(ctx.captured_queries)


def test_every_seed_treaty_detail_is_the_rendered_one(api_client, settings):
    slugs = list(Treaty.objects.public().values_list("slug", flat=True))
    assert slugs
    settings.PUBLIC_RESPONSE_CACHE_SECONDS = 0
    rendered = {slug: fetch(api_client, f"/api/v1/treaties/{slug}/")[0] for slug in slugs}
    settings.PUBLIC_RESPONSE_CACHE_SECONDS = 600
    for slug in slugs:
        (miss, _), (hit, hit_queries) = (fetch(api_client, f"/api/v1/treaties/{slug}/") for _ in range(2))
        assert miss.content == rendered[slug].content == hit.content
        assert miss["ETag"] == hit["ETag"] == rendered[slug]["ETag"]
        assert hit["Last-Modified"] == rendered[slug]["Last-Modified"]
        assert hit_queries == HIT_QUERIES


@pytest.mark.parametrize("path", PATHS)
def test_a_hit_is_the_miss_without_its_queries(api_client, settings, path):
    settings.PUBLIC_RESPONSE_CACHE_SECONDS = 0
    fresh, fresh_queries = fetch(api_client, path)
    settings.PUBLIC_RESPONSE_CACHE_SECONDS = 600
    miss, miss_queries = fetch(api_client, path)
    hit, hit_queries = fetch(api_client, path)
    assert fresh.content == miss.content == hit.content
    assert fresh["ETag"] == miss["ETag"] == hit["ETag"]
    for header in ("Content-Type", "Cache-Control", "Vary", "Last-Modified"):
        assert fresh.get(header) == miss.get(header) == hit.get(header), header
    assert miss_queries == fresh_queries > HIT_QUERIES
    assert hit_queries == HIT_QUERIES


def test_a_matching_etag_is_a_304_from_the_cache(api_client):
    etag = fetch(api_client, "/api/v1/takeaways/")[0]["ETag"]
    with CaptureQueriesContext(connection) as ctx:
        response = api_client.get("/api/v1/takeaways/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and response["ETag"] == etag
    assert len(ctx.captured_queries) == HIT_QUERIES


@pytest.mark.parametrize("path", ["/api/v1/treaties/", "/api/v1/treaties/?group_by=status"])
def test_a_write_is_seen_at_once(api_client, path):
    treaty = Treaty.objects.public().order_by("signed_on").first()
    before = fetch(api_client, path)[0]
    record_update(instance=treaty, changes={"title": "Retitled for the cache test"}, audit=COMMAND)
    after = fetch(api_client, path)[0]
    assert after["ETag"] != before["ETag"]
    if "group_by" not in path:
        titles = [row["title"] for row in after.json()["results"]]
        assert "Retitled for the cache test" in titles
        assert "Retitled for the cache test" not in [row["title"] for row in before.json()["results"]]
    detail = fetch(api_client, f"/api/v1/treaties/{treaty.slug}/")[0].json()
    assert detail["title"] == "Retitled for the cache test"


def test_editors_are_never_served_from_the_cache(api_client, editor):
    treaty = Treaty.objects.public().first()
    fetch(api_client, "/api/v1/treaties/")
    fetch(api_client, f"/api/v1/treaties/{treaty.slug}/")
    # Behind the counter's back: only a fresh render can see this.
    Treaty.objects.filter(pk=treaty.pk).update(title="Changed behind the counter")
    api_client.force_authenticate(editor)
    assert fetch(api_client, f"/api/v1/treaties/{treaty.slug}/")[0].json()["title"] == "Changed behind the counter"
    titles = [row["title"] for row in fetch(api_client, "/api/v1/treaties/?page_size=100")[0].json()["results"]]
    assert "Changed behind the counter" in titles


def test_errors_are_not_cached(api_client):
    first = api_client.get("/api/v1/treaties/no-such-treaty/")
    Treaty.objects.filter(pk=Treaty.objects.public().first().pk).update(slug="no-such-treaty")
    # A 404 is never stored: once the row exists (here behind the counter's back), it is found.
    assert first.status_code == 404
    assert api_client.get("/api/v1/treaties/no-such-treaty/").status_code == 200
