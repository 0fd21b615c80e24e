"""Commentary filters: each narrows, and rejects bad values."""

import pytest

from tests.api_support import build_filter_world, identifiers

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    return build_filter_world()


TAKEAWAY_CASES = [
    ("expert=town", {"t1"}),
    ("expert=sun", {"t2"}),
    ("expert=town&expert=sun", {"t1", "t2"}),
    ("publication=takeaways", {"t1", "t2"}),
    ("publication=report", set()),
    ("mentions=kp", {"t2"}),
    ("mentions=PRK", {"t2"}),
    ("mentions=ru", {"t1", "t2"}),
    ("mentions_all=ru&mentions_all=kp", {"t2"}),
    ("cites_treaty=old-treaty", {"t2"}),
    ("cites_treaty=new-treaty", {"t1"}),
    ("cites_article=new-treaty:4", {"t1"}),
    ("cites_article=old-treaty:I", set()),
    ("topic=deterrence", {"t1"}),
    ("published_after=2024-06-21", {"t1", "t2"}),
    ("published_after=2024-06-22", set()),
    ("published_before=2024-06-20", set()),
    ("confidence=unverified", {"t1", "t2"}),
    ("expert=sun&mentions=ru", {"t2"}),
]


@pytest.mark.parametrize(("query", "expected"), TAKEAWAY_CASES)
def test_takeaway_filters_narrow(api_client, world, query, expected):
    assert identifiers(api_client, f"/api/v1/takeaways/?{query}") == expected


def test_cites_article_accepts_the_uuid(api_client, world):
    assert identifiers(api_client, f"/api/v1/takeaways/?cites_article={world.art4.id}") == {"t1"}


EXPERT_CASES = [
    ("affiliation=38-north", {"town"}),
    ("publication=takeaways", {"town", "sun"}),
    ("topic=deterrence", {"town"}),
    ("mentions=kp", {"sun"}),
    ("cites_treaty=old-treaty", {"sun"}),
    ("updated_after=2999-01-01", set()),
]


@pytest.mark.parametrize(("query", "expected"), EXPERT_CASES)
def test_expert_filters_narrow(api_client, world, query, expected):
    assert identifiers(api_client, f"/api/v1/experts/?{query}") == expected


PUBLICATION_CASES = [
    ("kind=report", {"report"}),
    ("publisher=38-north", {"report"}),
    ("subject_treaty=new-treaty", {"takeaways"}),
    ("expert=sun", {"takeaways"}),
    ("topic=deterrence", {"takeaways"}),
    ("mentions=kp", {"takeaways"}),
    ("cites_treaty=old-treaty", {"takeaways"}),
    ("published_after=2024-01-01", {"takeaways"}),
    ("published_before=2024-01-01", {"report"}),
]


@pytest.mark.parametrize(("query", "expected"), PUBLICATION_CASES)
def test_publication_filters_narrow(api_client, world, query, expected):
    assert identifiers(api_client, f"/api/v1/publications/?{query}") == expected


TOPIC_CASES = [
    ("takeaway=t1", {"deterrence"}),
    ("takeaway=t2", set()),
    ("publication=takeaways", {"deterrence"}),
    ("expert=town", {"deterrence"}),
    ("expert=sun", set()),
]


@pytest.mark.parametrize(("query", "expected"), TOPIC_CASES)
def test_topic_filters_narrow(api_client, world, query, expected):
    assert identifiers(api_client, f"/api/v1/topics/?{query}") == expected


def test_citation_filters_narrow(api_client, world):
    c_art4, c_old = str(world.c_art4.id), str(world.c_old.id)
    cases = {
        "takeaway=t1": {c_art4},
        "treaty=old-treaty": {c_old},
        "article=new-treaty:4": {c_art4},
        f"article={world.art4.id}": {c_art4},
        "expert=sun": {c_old},
        "publication=takeaways": {c_art4, c_old},
        "method=auto": set(),
        "review_status=pending": {c_art4, c_old},
        "review_status=confirmed": set(),
        "created_after=2999-01-01": set(),
        "created_before=2999-01-01": {c_art4, c_old},
    }
    for query, expected in cases.items():
        assert identifiers(api_client, f"/api/v1/citations/?{query}") == expected, query


def test_mention_filters_narrow(api_client, world):
    ru1, ru2, kp2 = (str(m.id) for m in (world.m_russia_t1, world.m_russia_t2, world.m_dprk_t2))
    cases = {
        "actor=kp": {kp2},
        "actor=RUS": {ru1, ru2},
        "takeaway=t2": {ru2, kp2},
        "expert=town": {ru1},
        "publication=takeaways": {ru1, ru2, kp2},
        "method=editor": {ru1, ru2, kp2},
        "review_status=rejected": set(),
        "actor=kp&expert=town": set(),
    }
    for query, expected in cases.items():
        assert identifiers(api_client, f"/api/v1/mentions/?{query}") == expected, query


@pytest.mark.parametrize(
    ("resource", "query"),
    [
        ("takeaways", "expert=ghost"),
        ("takeaways", "publication=nope"),
        ("takeaways", "mentions=secret-state"),
        ("takeaways", "mentions_all=nope"),
        ("takeaways", "cites_treaty=draft-treaty"),
        ("takeaways", "cites_article=new-treaty:5"),
        ("takeaways", "cites_article=new-treaty:"),
        ("takeaways", "cites_article=1234"),
        ("takeaways", "topic=nope"),
        ("takeaways", "published_after=2024-06-31"),
        ("takeaways", "published_before=x"),
        ("experts", "affiliation=nope"),
        ("experts", "publication=nope"),
        ("experts", "topic=nope"),
        ("experts", "mentions=nope"),
        ("experts", "cites_treaty=nope"),
        ("publications", "kind=book"),
        ("publications", "publisher=secret-state"),
        ("publications", "subject_treaty=nope"),
        ("publications", "expert=nope"),
        ("publications", "published_after=x"),
        ("topics", "takeaway=t-draft"),
        ("topics", "expert=nope"),
        ("citations", "takeaway=nope"),
        ("citations", "treaty=nope"),
        ("citations", "article=00000000-0000-0000-0000-000000000000"),
        ("citations", "method=magic"),
        ("citations", "review_status=maybe"),
        ("citations", "created_after=x"),
        ("mentions", "actor=nope"),
        ("mentions", "expert=nope"),
        ("mentions", "review_status=maybe"),
    ],
)
def test_commentary_filters_reject_bad_values(api_client, world, resource, query):
    response = api_client.get(f"/api/v1/{resource}/?{query}")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == [query.split("=")[0]]
