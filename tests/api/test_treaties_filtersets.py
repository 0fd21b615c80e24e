"""Treaty, article and provision-type filters: each narrows, and rejects bad values."""

import pytest

from tests.api_support import build_filter_world, identifiers

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return build_filter_world()


TREATY_CASES = [
    ("party=ru", {"old-treaty", "new-treaty"}),
    ("party=CHN", {"solo-treaty"}),
    ("party=chn", {"solo-treaty"}),
    ("party=ru&party=cn", {"old-treaty", "new-treaty", "solo-treaty"}),
    ("party_all=ru&party_all=kp", {"old-treaty", "new-treaty"}),
    ("party_all=ru&party_all=cn", set()),
    ("status=lapsed", {"old-treaty"}),
    ("status=lapsed&status=signed", {"old-treaty", "solo-treaty"}),
    ("kind=multilateral", {"solo-treaty"}),
    ("confidence=confirmed", {"solo-treaty"}),
    ("signed_after=2000-01-01", {"new-treaty"}),
    ("signed_before=1961-07-06", {"old-treaty", "solo-treaty"}),
    ("signed_after=1955-01-01&signed_before=1999-01-01", {"old-treaty"}),
    ("in_force_on=1990-01-01", {"old-treaty"}),
    ("in_force_on=1996-09-09", {"old-treaty"}),
    ("in_force_on=1996-09-10", set()),
    ("in_force_on=2025-01-01", {"new-treaty"}),
    ("provision_type=mutual-defense", {"old-treaty", "new-treaty"}),
    ("provision_type=economic-cooperation", set()),
    ("supersedes=old-treaty", {"new-treaty"}),
    ("superseded_by=new-treaty", {"old-treaty"}),
    ("event=summit-2024", {"new-treaty"}),
    ("cited_in_publication=takeaways", {"old-treaty", "new-treaty"}),
    ("cited_in_publication=report", set()),
    ("updated_after=2999-01-01", set()),
    ("updated_before=2999-01-01", {"old-treaty", "new-treaty", "solo-treaty"}),
    ("party=ru&status=in_force", {"new-treaty"}),
]


@pytest.mark.parametrize(("query", "expected"), TREATY_CASES)
def test_treaty_filters_narrow(api_client, world, query, expected):
    assert identifiers(api_client, f"/api/v1/treaties/?{query}") == expected


ARTICLE_CASES = [
    ("treaty=new-treaty", {"4"}),
    ("treaty=old-treaty&treaty=new-treaty", {"4", "I"}),
    ("number=I", {"I"}),
    ("provision_type=mutual-defense", {"4", "I"}),
    ("provision_type=economic-cooperation", set()),
    ("cited_by_expert=town", {"4"}),
    ("cited_by_expert=sun", set()),
    ("cited_in_publication=takeaways", {"4"}),
    ("confidence=unverified", {"4", "I"}),
    ("confidence=confirmed", set()),
]


@pytest.mark.parametrize(("query", "expected"), ARTICLE_CASES)
def test_article_filters_narrow(api_client, world, query, expected):
    assert identifiers(api_client, f"/api/v1/articles/?{query}") == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [("treaty=old-treaty", {"mutual-defense"}), ("treaty=solo-treaty", set())],
)
def test_provision_type_filters_narrow(api_client, world, query, expected):
    assert identifiers(api_client, f"/api/v1/provision-types/?{query}") == expected


@pytest.mark.parametrize(
    ("resource", "query"),
    [
        ("treaties", "party=atlantis"),
        ("treaties", "party=not a slug"),
        ("treaties", "party_all=atlantis"),
        ("treaties", "status=bogus"),
        ("treaties", "kind=trilateral"),
        ("treaties", "confidence=sure"),
        ("treaties", "signed_after=2024-02-30"),
        ("treaties", "signed_before=soon"),
        ("treaties", "in_force_on=1990"),
        ("treaties", "provision_type=world-peace"),
        ("treaties", "supersedes=nope"),
        ("treaties", "superseded_by=nope"),
        ("treaties", "event=nope"),
        ("treaties", "cited_in_publication=nope"),
        ("treaties", "updated_after=yesterday"),
        ("treaties", "party=draft-treaty"),
        ("articles", "treaty=draft-treaty"),
        ("articles", "provision_type=nope"),
        ("articles", "cited_by_expert=ghost"),
        ("articles", "cited_in_publication=nope"),
        ("articles", "confidence=sure"),
        ("provision-types", "treaty=nope"),
    ],
)
def test_treaty_app_filters_reject_bad_values(api_client, world, resource, query):
    response = api_client.get(f"/api/v1/{resource}/?{query}")
    assert response.status_code == 400
    param = query.split("=")[0]
    assert list(response.json()["errors"]) == [param]
