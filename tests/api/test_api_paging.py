"""Page-number and cursor pagination."""

from urllib.parse import parse_qs, urlparse

import pytest

from tests.actors.factories import StateFactory

pytestmark = pytest.mark.django_db


def query_of(url: str) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}


def test_default_page_size_is_25_with_count_and_links(api_client):
    StateFactory.create_batch(30)
    body = api_client.get("/api/v1/actors/").json()
    assert body["count"] == 30
    assert len(body["results"]) == 25
    assert body["previous"] is None
    assert query_of(body["next"]) == {"page": "2"}
    second = api_client.get(body["next"]).json()
    assert len(second["results"]) == 5
    assert second["next"] is None
    assert second["previous"].startswith("http://testserver/api/v1/actors/")


def test_page_size_is_capped_at_200(api_client):
    StateFactory.create_batch(205)
    body = api_client.get("/api/v1/actors/?page_size=1000").json()
    assert len(body["results"]) == 200
    assert body["count"] == 205


def test_page_size_param_is_carried_in_links(api_client):
    StateFactory.create_batch(5)
    body = api_client.get("/api/v1/actors/?page_size=2&kind=state").json()
    assert query_of(body["next"]) == {"page": "2", "page_size": "2", "kind": "state"}


def test_page_past_the_end_is_404(api_client):
    StateFactory.create_batch(3)
    response = api_client.get("/api/v1/actors/?page=2")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def walk_cursor(client, url: str) -> list[str]:
    seen = []
    while url:
        body = client.get(url).json()
        assert "count" not in body
        seen += [item["slug"] for item in body["results"]]
        url = body["next"]
    return seen


def test_cursor_mode_walks_everything_once_without_count(api_client):
    actors = StateFactory.create_batch(12)
    seen = walk_cursor(api_client, "/api/v1/actors/?cursor=&page_size=5")
    assert seen == [a.slug for a in actors]  # creation order


def test_cursor_mode_is_stable_under_inserts(api_client):
    first = StateFactory.create_batch(6)
    page = api_client.get("/api/v1/actors/?cursor=&page_size=3").json()
    assert [a["slug"] for a in page["results"]] == [a.slug for a in first[:3]]
    StateFactory.create_batch(4)  # inserted while the client is paging
    rest = walk_cursor(api_client, page["next"])
    assert rest[:3] == [a.slug for a in first[3:]]
    assert len(rest) == 3 + 4


def test_cursor_previous_link_goes_back(api_client):
    StateFactory.create_batch(6)
    first = api_client.get("/api/v1/actors/?cursor=&page_size=3").json()
    second = api_client.get(first["next"]).json()
    back = api_client.get(second["previous"]).json()
    assert [a["slug"] for a in back["results"]] == [a["slug"] for a in first["results"]]


def test_cursor_mode_keeps_filters(api_client):
    StateFactory.create_batch(3)
    from tests.actors.factories import PersonFactory

    PersonFactory.create_batch(3)
    body = api_client.get("/api/v1/actors/?cursor=&kind=person&page_size=2").json()
    assert {a["kind"] for a in body["results"]} == {"person"}
    assert query_of(body["next"])["kind"] == "person"


@pytest.mark.parametrize("query", ["cursor=&ordering=name", "cursor=&page=2", "cursor=abc"])
def test_cursor_misuse_is_400(api_client, query):
    StateFactory.create_batch(2)
    response = api_client.get(f"/api/v1/actors/?{query}")
    assert response.status_code == 400
    assert response.json()["errors"]


# --- bounded counts and the depth cap (issue 14, core/counts.py) ---------------------------


def test_count_is_exact_below_the_limit(api_client, settings):
    settings.PAGE_COUNT_EXACT_LIMIT = 10
    StateFactory.create_batch(7)
    body = api_client.get("/api/v1/actors/").json()
    assert (body["count"], body["count_exact"]) == (7, True)


def test_sqlite_counts_exactly_past_the_limit(api_client, settings):
    from django.db import connection

    if connection.vendor == "postgresql":
        pytest.skip("PostgreSQL estimates past the limit (next test)")
    settings.PAGE_COUNT_EXACT_LIMIT = 3
    StateFactory.create_batch(8)
    body = api_client.get("/api/v1/actors/?page_size=5").json()
    assert (body["count"], body["count_exact"]) == (8, True)


@pytest.mark.postgres
def test_count_switches_to_an_estimate_past_the_limit(api_client, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if connection.vendor != "postgresql":
        pytest.skip("the planner estimate is PostgreSQL's")
    settings.PAGE_COUNT_EXACT_LIMIT = 3
    StateFactory.create_batch(8)
    with CaptureQueriesContext(connection) as ctx:
        body = api_client.get("/api/v1/actors/?page_size=5").json()
    assert body["count_exact"] is False
    assert body["count"] >= 4  # the planner's guess, never below what the capped count saw
    assert len(body["results"]) == 5 and query_of(body["next"]) == {"page": "2", "page_size": "5"}
    sqls = [q["sql"] for q in ctx.captured_queries]
    assert any(s.startswith("EXPLAIN (FORMAT JSON)") for s in sqls)
    assert not any("COUNT(" in s.upper() and "LIMIT" not in s.upper() for s in sqls), "an uncapped COUNT ran"
    # The last page is found from the rows, not from the estimate.
    second = api_client.get(body["next"]).json()
    assert [len(second["results"]), second["next"]] == [3, None]
    assert api_client.get("/api/v1/actors/?page_size=5&page=3").status_code == 404
    last = api_client.get("/api/v1/actors/?page=last")
    assert last.status_code == 400 and "cursor" in last.json()["errors"]["page"][0]


def test_deep_page_numbers_point_to_the_cursor(api_client, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    StateFactory.create_batch(2)
    with CaptureQueriesContext(connection) as ctx:
        response = api_client.get("/api/v1/actors/?page=401")  # 401 × 25 > 10,000
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert "?cursor=" in response.json()["errors"]["page"][0]
    assert not any("actors_actor" in q["sql"] for q in ctx.captured_queries)  # refused before the page
    assert api_client.get("/api/v1/actors/?page=400").status_code == 404  # within the cap: past the end
    settings.PAGE_NUMBER_MAX_ROWS = 4
    assert api_client.get("/api/v1/actors/?page=3&page_size=2").status_code == 400
