"""/api/v1/timeline/: events, treaty milestones and publications in date order; iCalendar."""

import pytest
from drf_spectacular.generators import SchemaGenerator

from tests.api.test_api_queries import count_queries
from tests.api.test_schema import assert_valid, validator_for
from tests.treaties.factories import TreatyFactory

SEED = pytest.mark.usefixtures("seeded")


@SEED
def test_the_2024_treaty_in_date_order(api_client):
    body = api_client.get("/api/v1/timeline/?treaty=russia-dprk-2024").json()
    rows = [(row["date"], row["kind"], row["key"]) for row in body["results"]]
    assert rows == sorted(rows, key=lambda r: r[0])
    assert ("2024-06-19", "signed", "russia-dprk-2024") in rows
    assert ("2024-12-04", "in_force", "russia-dprk-2024") in rows
    assert ("2024-06-19", "event", "russia-dprk-2024-signing") in rows
    assert any(kind == "published" for _date, kind, _key in rows)


@SEED
def test_what_kim_jong_un_took_part_in(api_client):
    body = api_client.get("/api/v1/timeline/?actor=kim-jong-un&date_before=2024-06-30").json()
    events = [row["key"] for row in body["results"] if row["kind"] == "event"]
    assert events == [
        "kim-putin-summit-vladivostok-2019",
        "kim-putin-summit-vostochny-2023",
        "putin-state-visit-dprk-2024",
        "russia-dprk-2024-signing",
    ]


@SEED
def test_icalendar(api_client):
    response = api_client.get("/api/v1/timeline/?treaty=russia-dprk-2024&format=ics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20240619" in text


@pytest.mark.django_db
def test_timeline_queries_do_not_grow_with_rows(api_client):
    for _ in range(3):
        TreatyFactory()
    few, _ = count_queries(api_client, "/api/v1/timeline/")
    for _ in range(20):
        TreatyFactory()
    many, body = count_queries(api_client, "/api/v1/timeline/")
    assert few == many <= 4
    assert body["count"] >= 23


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["actor=atlantis", "treaty=nope", "date_after=yesterday", "limit=0", "x=1"])
def test_bad_timeline_input_is_a_400(api_client, query):
    assert api_client.get(f"/api/v1/timeline/?{query}").status_code == 400


@pytest.mark.django_db
def test_timeline_matches_the_schema(api_client):
    TreatyFactory()
    openapi = SchemaGenerator().get_schema(request=None, public=True)
    assert_valid(validator_for(openapi, "/api/v1/timeline/"), api_client.get("/api/v1/timeline/").json())
