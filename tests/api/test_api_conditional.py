"""Conditional GET (ETag, Last-Modified, 304), cache headers and CORS."""

import pytest
from django.test.utils import override_settings
from django.utils.http import http_date

from tests.api_support import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return build_world()


@pytest.mark.parametrize(
    "path", ["/api/v1/treaties/", "/api/v1/treaties/new-treaty/", "/api/v1/takeaways/?expert=town"]
)
def test_if_none_match_returns_304_with_validators(api_client, world, path):
    first = api_client.get(path)
    assert first.status_code == 200
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and etag.endswith('"')
    second = api_client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert second.status_code == 304
    assert second.content == b""
    assert second["ETag"] == etag
    assert second["Last-Modified"] == last_modified
    assert second["Cache-Control"] == first["Cache-Control"]


def test_cursor_pages_have_validators_and_304(api_client, world):
    first = api_client.get("/api/v1/treaties/?cursor=")
    assert first.status_code == 200 and first["ETag"]
    assert api_client.get("/api/v1/treaties/?cursor=", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    world.old.description = "edited"
    world.old.save()
    assert api_client.get("/api/v1/treaties/?cursor=", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_list_etag_changes_when_a_nested_row_changes(api_client, world):
    before = api_client.get("/api/v1/takeaways/")["ETag"]
    world.town.name = "Jenny Town (renamed)"
    world.town.save()
    after = api_client.get("/api/v1/takeaways/", HTTP_IF_NONE_MATCH=before)
    assert after.status_code == 200
    assert "Jenny Town (renamed)" in after.content.decode()


def test_list_etag_changes_when_rows_are_added(api_client, world):
    from tests.actors.factories import StateFactory

    before = api_client.get("/api/v1/actors/?page_size=1")["ETag"]
    StateFactory(slug="zz-last", name="Zzz")  # not on page 1, but the count changes
    assert api_client.get("/api/v1/actors/?page_size=1", HTTP_IF_NONE_MATCH=before).status_code == 200


def test_etag_changes_when_a_listed_row_changes(api_client, world):
    before = api_client.get("/api/v1/treaties/")["ETag"]
    world.old.description = "edited"
    world.old.save()
    after = api_client.get("/api/v1/treaties/", HTTP_IF_NONE_MATCH=before)
    assert after.status_code == 200
    assert after["ETag"] != before


def test_detail_etag_changes_when_a_nested_row_changes(api_client, world):
    before = api_client.get("/api/v1/treaties/new-treaty/")["ETag"]
    world.art4.heading = "Military and other assistance"
    world.art4.save()
    after = api_client.get("/api/v1/treaties/new-treaty/", HTTP_IF_NONE_MATCH=before)
    assert after.status_code == 200
    assert after.json()["articles"][0]["heading"] == "Military and other assistance"


def test_etag_depends_on_query_and_format(api_client, world):
    plain = api_client.get("/api/v1/treaties/")["ETag"]
    assert api_client.get("/api/v1/treaties/?format=csv")["ETag"] != plain
    assert api_client.get("/api/v1/treaties/?fields=slug")["ETag"] != plain


def test_if_modified_since_returns_304(api_client, world):
    first = api_client.get("/api/v1/treaties/new-treaty/")
    response = api_client.get("/api/v1/treaties/new-treaty/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert response.status_code == 304
    stale = http_date(0)
    assert api_client.get("/api/v1/treaties/new-treaty/", HTTP_IF_MODIFIED_SINCE=stale).status_code == 200


def test_anonymous_reads_are_publicly_cacheable(api_client, world):
    response = api_client.get("/api/v1/actors/")
    assert response["Cache-Control"] == "public, max-age=60"
    vary = {v.strip() for v in response["Vary"].split(",")}
    assert {"Accept", "Authorization", "Cookie"} <= vary


def test_errors_are_not_cached(api_client, world):
    assert api_client.get("/api/v1/actors/?bogus=1")["Cache-Control"] == "no-store"


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.example.org"])
def test_cors_allows_configured_origins_only(api_client, world):
    allowed = api_client.get("/api/v1/treaties/", HTTP_ORIGIN="https://app.example.org")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.org"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    other = api_client.get("/api/v1/treaties/", HTTP_ORIGIN="https://evil.example.com")
    assert "Access-Control-Allow-Origin" not in other


# A process-local cache: the Redis server is shared with other test runs, whose FLUSHDB
# would reset the counter between the two requests (a safe 200, but not the 304 under test).
LOCAL_CACHE = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


@override_settings(CACHES=LOCAL_CACHE)
@pytest.mark.parametrize("path", ["/api/v1/takeaways/?page_size=50", "/api/v1/treaties/?cursor=", "/api/v1/mentions/"])
def test_a_list_304_runs_at_most_one_query(api_client, world, path):
    """Revalidation skips the page: one change-counter lookup (none with Redis), no COUNT,
    no page, no prefetch (core.changes, docs/performance.md section 6)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    etag = api_client.get(path)["ETag"]
    with CaptureQueriesContext(connection) as ctx:
        response = api_client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert len(ctx.captured_queries) <= 1, [q["sql"] for q in ctx.captured_queries]


@override_settings(CACHES=LOCAL_CACHE)
def test_any_write_to_served_content_moves_list_validators(api_client, world):
    from core import changes
    from tests.commentary.factories import TopicFactory

    before = changes.current()
    etag = api_client.get("/api/v1/treaties/")["ETag"]
    TopicFactory()  # not even a treaty: one counter for everything, since lists nest others
    assert changes.current() != before
    assert api_client.get("/api/v1/treaties/", HTTP_IF_NONE_MATCH=etag).status_code == 200
