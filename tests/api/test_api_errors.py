"""Every error is RFC 9457 problem+json, and no input produces a 500."""

import pytest

from tests.api_support import ROUTED_RESOURCES, build_world

pytestmark = pytest.mark.django_db
PROBLEM = "application/problem+json"


@pytest.fixture
def world():
    return build_world()


def problem(response, status: int) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert {"type", "title", "detail", "instance"} <= set(body)
    return body


def test_unknown_parameter_is_named_with_allowed_list_and_suggestion(api_client, world):
    body = problem(api_client.get("/api/v1/treaties/?partyy=ru"), 400)
    assert body["type"] == "urn:pactum:problem:unknown-parameter"
    assert body["unknown"] == ["partyy"]
    assert "party" in body["allowed"] and "page_size" in body["allowed"]
    assert body["suggestions"] == {"partyy": "party"}
    assert 'Did you mean "party"' in body["detail"]


def test_unknown_parameter_without_close_match_has_no_suggestion(api_client, world):
    body = problem(api_client.get("/api/v1/actors/?zzzzzz=1"), 400)
    assert body["suggestions"] == {}


def test_detail_accepts_only_shaping_parameters(api_client, world):
    body = problem(api_client.get("/api/v1/treaties/new-treaty/?party=ru"), 400)
    assert body["unknown"] == ["party"]
    assert body["allowed"] == ["as_of", "fields", "format", "omit", "version"]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("signed_after=1961-13-45", "signed_after"),
        ("in_force_on=yesterday", "in_force_on"),
        ("status=alive", "status"),
        ("party=atlantis", "party"),
        ("provision_type=nope", "provision_type"),
        ("ordering=-nonsense", "ordering"),
        ("page=0", "page"),
        ("page=", "page"),
        ("page_size=", "page_size"),
        ("page=&cursor=", "page"),
        ("page=abc", "page"),
        ("page_size=-1", "page_size"),
        ("page_size=lots", "page_size"),
        ("cursor=%%%", "cursor"),
        ("format=xml", "format"),
        ("fields=title,nope", "fields"),
        ("omit=nope", "omit"),
        ("signed_after=2000-01-01&signed_after=2001-01-01", "signed_after"),
    ],
)
def test_bad_value_is_400_with_per_parameter_errors(api_client, world, query, param):
    body = problem(api_client.get(f"/api/v1/treaties/?{query}"), 400)
    assert body["type"] == "urn:pactum:problem:invalid-parameter"
    assert param in body["errors"]
    assert body["errors"][param] and all(isinstance(m, str) for m in body["errors"][param])


def test_several_bad_values_are_reported_together(api_client, world):
    body = problem(api_client.get("/api/v1/treaties/?status=alive&signed_before=never"), 400)
    assert set(body["errors"]) == {"status", "signed_before"}


def test_unknown_slug_in_a_filter_names_it(api_client, world):
    body = problem(api_client.get("/api/v1/takeaways/?expert=town&expert=nobody"), 400)
    assert body["errors"] == {"expert": ['Unknown expert "nobody".']}


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/treaties/no-such-treaty/",
        "/api/v1/articles/not-a-uuid/",
        "/api/v1/articles/00000000-0000-0000-0000-000000000000/",
        "/api/v1/citations/zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz/",
        "/api/v1/mentions/------------------------------------/",
        "/api/v1/treaties/new-treaty/articles/99/",
        "/api/v1/nothing-here/",
        "/api/v9/",
        "/api/v9/treaties/",
        "/api/",
        "/api/v1/treaties/?page=399",  # past the end, within the 10,000-row page-number reach
    ],
)
def test_unknown_resources_and_versions_are_problem_404s(api_client, world, path):
    problem(api_client.get(path), 404)


def test_page_numbers_past_the_reach_are_a_400_pointing_to_the_cursor(api_client, world):
    body = problem(api_client.get("/api/v1/treaties/?page=999999999"), 400)
    assert "?cursor=" in body["errors"]["page"][0]


def test_missing_slash_still_redirects(api_client, world):
    response = api_client.get("/api/v1/treaties?status=in_force")
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/treaties/?status=in_force"


@pytest.mark.parametrize(("method", "path"), [("put", "/api/v1/treaties/"), ("post", "/api/v1/topics/deterrence/")])
def test_wrong_method_is_problem_405_or_auth(api_client, world, method, path):
    # Writes are checked for permission before the method; a user
    # allowed everything gets the 405 for a method the route does not have.
    from django.contrib.auth import get_user_model

    staff = get_user_model().objects.create_superuser("staff", password="x", email="s@example.org")
    api_client.force_authenticate(staff)
    body = problem(getattr(api_client, method)(path), 405)
    assert method.upper() in body["detail"]


def test_anonymous_write_is_a_problem_too(api_client, world):
    # 401 with a WWW-Authenticate challenge now that token authentication exists.
    response = api_client.post("/api/v1/treaties/", {})
    problem(response, 401)
    assert response["WWW-Authenticate"].startswith("Token")


@pytest.mark.parametrize(
    "query",
    [
        "page=99999999999999999999999999999",
        "page=1e400",
        "page=-5",
        "page_size=100000000000000000000",
        "cursor=",
        "cursor=bm90IGEgY3Vyc29y",
        "cursor=cD1ub3QtYS1kYXRl",
        "cursor=bz05OTk5OTk5OTk5OTk5",
        "party=%00",
        "party=" + "a" * 5000,
        "cites_article=russia:",
        "cites_article=:4",
        "cites_article=not-a-uuid",
        "cites_article=00000000-0000-0000-0000-000000000000",
        "published_after=0000-00-00",
        "published_after=99999-01-01",
        "updated_after=2024-02-30",
        "ordering=",
        "ordering=,,,",
        "fields=",
        "format=",
        "format=ndjson",
        "q=",
    ],
)
@pytest.mark.parametrize("resource", ["takeaways", "treaties", "articles"])
def test_no_input_produces_a_500(api_client, world, resource, query):
    response = api_client.get(f"/api/v1/{resource}/?{query}")
    assert response.status_code < 500, response.content
    if response.status_code >= 400:
        assert response["Content-Type"] == PROBLEM


SEARCH_INPUTS = [
    "%22",
    "*",
    "AND+OR+NOT",
    "%00",
    "a%22b%22c",
    "NEAR(a+b)",
    "title:foo",
    "-",
    "(",
    "a^b",
    "'",
    "%5C",
    "the",
    "%E2%80%9Cmutual%E2%80%9D",
    "x" * 501,
]


def test_search_input_never_produces_a_500(api_client, world):
    for resource in ("actors", "events", "treaties", "articles", "provision-types", "experts"):
        for resource_q in SEARCH_INPUTS:
            response = api_client.get(f"/api/v1/{resource}/?q={resource_q}")
            assert response.status_code in (200, 400), (resource, resource_q, response.content)
    for resource in ("publications", "takeaways", "topics", "citations", "mentions"):
        for resource_q in SEARCH_INPUTS:
            response = api_client.get(f"/api/v1/{resource}/export/?q={resource_q}")
            assert response.status_code in (200, 400), (resource, resource_q)
            if response.status_code == 200:
                b"".join(response.streaming_content)  # a database error would raise mid-stream


def test_options_and_head_are_answered(api_client, world):
    assert api_client.head("/api/v1/treaties/").status_code == 200
    response = api_client.options("/api/v1/treaties/")
    assert response.status_code == 200
    assert response.json()["name"]


def test_unacceptable_accept_header_is_a_problem_406(api_client, world):
    body = problem(api_client.get("/api/v1/treaties/", HTTP_ACCEPT="application/xml"), 406)
    assert body["title"] == "Not Acceptable"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/treaties/%00/",
        "/api/v1/treaties/new-treaty%00/articles/4/",
        "/api/v1/treaties/new-treaty/articles/4%00/",
        "/api/v1/provision-types/%00/",
        "/api/v1/actors/" + "a" * 3000 + "/",
        "/api/v1/takeaways/?cites_article=new-treaty:4%00",
        "/api/v1/articles/?number=4%00",
        "/api/v1/actors/?iso3=R%00S",
        "/api/v1/treaties/?fields=slug%00",
        "/api/v1/treaties/?ordering=slug%00",
    ],
)
def test_nul_bytes_and_oversized_identifiers_are_4xx(api_client, world, path):
    response = api_client.get(path)
    assert 400 <= response.status_code < 500, response.content
    assert response["Content-Type"] == PROBLEM


@pytest.mark.parametrize("resource", ROUTED_RESOURCES)
@pytest.mark.parametrize("query", ["page=", "page_size=", "cursor=&page="])
def test_empty_paging_integers_are_400_on_every_list(api_client, world, resource, query):
    # Found by the nightly fuzzer: `?page=` was served as page 1 (200), while the schema
    # says page and page_size are integers from 1. `cursor=` alone stays the first cursor page.
    body = problem(api_client.get(f"/api/v1/{resource}/?{query}"), 400)
    name = "page_size" if query == "page_size=" else "page"
    assert list(body["errors"]) == [name]


def test_an_empty_cursor_still_opens_cursor_mode(api_client, world):
    response = api_client.get("/api/v1/treaties/?cursor=")
    assert response.status_code == 200
    assert set(response.json()) == {"next", "previous", "results"}
