"""Actor and event filters: each narrows, and rejects bad values."""

import pytest

from tests.api_support import build_filter_world, identifiers

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return build_filter_world()


ACTOR_CASES = [
    ("kind=person", {"putin"}),
    ("kind=person&kind=think_tank", {"putin", "stimson", "38-north"}),
    ("iso3=RUS", {"ru"}),
    ("iso3=rus&iso3=CHN", {"ru", "cn"}),
    ("parent=stimson", {"38-north"}),
    ("country=ru", {"putin"}),
    ("country=RUS", {"putin"}),
    ("party_to=old-treaty", {"ru", "kp"}),
    ("party_to=solo-treaty", {"cn"}),
    ("mentioned_in=takeaways", {"ru", "kp"}),
    ("mentioned_in=report", set()),
    ("mentioned_by=town", {"ru"}),
    ("mentioned_by=sun", {"ru", "kp"}),
    ("mentioned_by_all=town&mentioned_by_all=sun", {"ru"}),
    ("active_on=1950-01-01&kind=state&iso3=SUN", {"ussr"}),
    ("active_on=2000-01-01&iso3=SUN", set()),
    ("confidence=confirmed", set()),
    ("kind=state&party_to=new-treaty", {"ru", "kp"}),
]


@pytest.mark.parametrize(("query", "expected"), ACTOR_CASES)
def test_actor_filters_narrow(api_client, world, query, expected):
    assert identifiers(api_client, f"/api/v1/actors/?{query}") == expected


EVENT_CASES = [
    ("participant=putin", {"summit-2024"}),
    ("participant=kp", set()),
    ("treaty=new-treaty", {"summit-2024"}),
    ("treaty=old-treaty", set()),
    ("kind=summit", {"summit-2024"}),
    ("kind=vote", set()),
    ("start_after=2024-06-19", {"summit-2024"}),
    ("start_after=2024-06-20", set()),
    ("start_before=2024-06-18", set()),
    ("confidence=unverified", {"summit-2024"}),
]


@pytest.mark.parametrize(("query", "expected"), EVENT_CASES)
def test_event_filters_narrow(api_client, world, query, expected):
    assert identifiers(api_client, f"/api/v1/events/?{query}") == expected


@pytest.mark.parametrize(
    ("resource", "query"),
    [
        ("actors", "kind=planet"),
        ("actors", "iso3=ZZZ"),
        ("actors", "iso3=RUSS"),
        ("actors", "parent=nobody"),
        ("actors", "country=nobody"),
        ("actors", "party_to=nope"),
        ("actors", "mentioned_in=nope"),
        ("actors", "mentioned_by=ghost"),
        ("actors", "mentioned_by_all=nope"),
        ("actors", "active_on=1991-02-30"),
        ("actors", "confidence=x"),
        ("events", "participant=secret-state"),
        ("events", "treaty=draft-treaty"),
        ("events", "kind=party"),
        ("events", "start_after=never"),
        ("events", "start_before=2024-13-01"),
    ],
)
def test_actor_app_filters_reject_bad_values(api_client, world, resource, query):
    response = api_client.get(f"/api/v1/{resource}/?{query}")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == [query.split("=")[0]]
