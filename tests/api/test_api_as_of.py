"""As-of reads: the published state at an instant, from the history tables, walked through
draft -> publish -> edit -> unpublish -> delete; immutable responses; 400 on bad input."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from commentary.models import Takeaway
from core.audit import COMMAND
from core.models import EditorialStatus
from core.services import record_create, record_delete, record_transition, record_update
from tests.api_support import build_world
from tests.commentary.factories import TakeawayAuthorFactory
from treaties.models import Treaty

pytestmark = pytest.mark.django_db
IMMUTABLE = "public, max-age=31536000, immutable"
RESOURCES = [
    "takeaways",
    "treaties",
    "articles",
    "publications",
    "experts",
    "actors",
    "events",
    "provision-types",
    "topics",
    "citations",
    "mentions",
    "claims",
]


def _at(api_client, path, instant, **params):
    return api_client.get(path, {"as_of": instant.isoformat(), **params})


def _walk(world):
    """Create a draft takeaway, publish it, edit it, unpublish it, delete it; the instant
    after each step."""
    takeaway = record_create(
        model=Takeaway,
        fields={
            "publication": world.publication,
            "position": 9,
            "slug": "walked",
            "heading": "First heading",
            "body": "Body.",
            "editorial_status": EditorialStatus.DRAFT,
        },
        audit=COMMAND,
    )
    TakeawayAuthorFactory(takeaway=takeaway, expert=world.town, position=1)
    instants = {"draft": timezone.now()}
    takeaway = record_transition(record=takeaway, status=EditorialStatus.PUBLISHED, audit=COMMAND)
    instants["published"] = timezone.now()
    takeaway = record_update(instance=takeaway, changes={"heading": "Second heading"}, audit=COMMAND)
    record_update(instance=world.publication, changes={"title": "Renamed takeaways"}, audit=COMMAND)
    instants["edited"] = timezone.now()
    takeaway = record_transition(record=takeaway, status=EditorialStatus.DRAFT, audit=COMMAND)
    instants["unpublished"] = timezone.now()
    record_delete(instance=takeaway, audit=COMMAND)
    instants["deleted"] = timezone.now()
    return instants


EXPECTED = {
    "draft": None,
    "published": ("First heading", "Takeaways"),
    "edited": ("Second heading", "Renamed takeaways"),
    "unpublished": None,
    "deleted": None,
}


def test_takeaway_list_and_detail_at_each_step_of_its_life(api_client):
    world = build_world()
    instants = _walk(world)
    for step, instant in instants.items():
        listed = {row["slug"]: row for row in _at(api_client, "/api/v1/takeaways/", instant).json()["results"]}
        detail = _at(api_client, "/api/v1/takeaways/walked/", instant)
        expected = EXPECTED[step]
        if expected is None:
            assert "walked" not in listed, step
            assert detail.status_code == 404, step
            continue
        heading, publication_title = expected
        assert listed["walked"]["heading"] == heading, step
        assert listed["walked"]["publication"]["title"] == publication_title, step
        assert [a["expert"]["slug"] for a in listed["walked"]["authors"]] == ["town"], step
        body = detail.json()
        assert detail.status_code == 200, step
        assert (body["heading"], body["publication"]["title"]) == expected, step
        assert body["editorial_status"] == "published" and body["topics"] == []
        # the other takeaways were there all along; the draft one never is
        assert {"t1", "t2"} <= listed.keys() and "t-draft" not in listed


def test_as_of_detail_keeps_the_relations_it_had_then(api_client):
    world = build_world()
    before = timezone.now()
    record_update(instance=world.town, changes={"name": "Jenny Town-Renamed"}, audit=COMMAND)
    record_transition(record=world.art4, status=EditorialStatus.DRAFT, audit=COMMAND)
    body = _at(api_client, "/api/v1/takeaways/t1/", before).json()
    assert [a["expert"]["name"] for a in body["authors"]] == ["Jenny Town"]  # the draft author stays hidden
    assert [c["article"]["number"] for c in body["citations"] if c["article"]] == ["4"]
    assert {m["actor"]["slug"] for m in body["mentions"]} == {"ru"}
    now = api_client.get("/api/v1/takeaways/t1/").json()
    assert [c["article"] for c in now["citations"]] == []
    treaty = _at(api_client, "/api/v1/treaties/new-treaty/", before).json()
    assert [a["number"] for a in treaty["articles"]] == ["4"]
    assert sorted(p["actor"]["slug"] for p in treaty["parties"]) == ["kp", "ru"]
    article = _at(api_client, f"/api/v1/articles/{world.art4.pk}/", before).json()
    assert article["treaty"]["slug"] == "new-treaty" and [t["slug"] for t in article["cited_by"]] == ["t1"]
    assert [link["target"]["number"] for link in article["links_out"]] == ["I"]
    by_number = _at(api_client, "/api/v1/treaties/new-treaty/articles/4/", before)
    assert by_number.json()["id"] == str(world.art4.pk)


def test_every_versioned_detail_has_the_live_key_set(api_client):
    world = build_world()
    instant = timezone.now()
    for path in (
        "/api/v1/actors/ru/",
        "/api/v1/treaties/new-treaty/",
        f"/api/v1/articles/{world.art4.pk}/",
        "/api/v1/experts/town/",
        "/api/v1/publications/takeaways/",
        "/api/v1/takeaways/t1/",
    ):
        live = api_client.get(path).json()
        then = _at(api_client, path, instant)
        assert then.status_code == 200, (path, then.content)
        assert then.json().keys() == live.keys(), path
        assert then.json()["version"] == live["version"], path


def test_as_of_responses_are_immutable(api_client):
    build_world()
    instant = timezone.now()
    first = _at(api_client, "/api/v1/treaties/", instant)
    assert first["Cache-Control"] == IMMUTABLE
    api_client.get("/api/v1/treaties/")  # unrelated read
    record_update(instance=Treaty.objects.get(slug="old-treaty"), changes={"title": "Later title"}, audit=COMMAND)
    second = _at(api_client, "/api/v1/treaties/", instant)
    assert second["ETag"] == first["ETag"] and second.json() == first.json()
    assert "Later title" not in second.content.decode()
    again = api_client.get("/api/v1/treaties/", {"as_of": instant.isoformat()}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_versioned_permalink_serves_the_version_that_was_read(api_client):
    world = build_world()
    version = world.t1.version
    record_update(instance=world.t1, changes={"heading": "Rewritten"}, audit=COMMAND)
    old = api_client.get("/api/v1/takeaways/t1/", {"version": version})
    assert old.status_code == 200 and old.json()["heading"] == "Alliance" and old.json()["version"] == version
    assert old["Cache-Control"] == IMMUTABLE
    assert api_client.get("/api/v1/takeaways/t1/", {"version": version + 1}).json()["heading"] == "Rewritten"
    assert api_client.get("/api/v1/takeaways/t1/", {"version": 99}).status_code == 404
    assert api_client.get("/api/v1/takeaways/t-draft/", {"version": 1}).status_code == 404


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ({"as_of": "yesterday"}, "as_of", "ISO 8601"),
        ({"as_of": "2024-13-45T00:00:00Z"}, "as_of", "ISO 8601"),
        ({"as_of": "2999-01-01T00:00:00Z"}, "as_of", "future"),
        ({"as_of": "2024-01-01T00:00:00Z", "slug": "t1"}, "as_of", "drop slug"),
        ({"version": "1"}, "version", "one record"),
    ],
)
def test_bad_as_of_requests_are_400_problems(api_client, query, field, message):
    response = api_client.get("/api/v1/takeaways/", query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert message in response.json()["errors"][field][0]


def test_unversioned_resources_refuse_as_of(api_client):
    response = api_client.get("/api/v1/corrections/", {"as_of": "2024-01-01T00:00:00Z"})
    assert response.status_code == 400
    assert "not versioned" in response.json()["errors"]["as_of"][0]


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/search/?q=treaty",
        "/api/v1/changes/",
        "/api/v1/timeline/",
        "/api/v1/autocomplete/?q=ru",
        "/api/v1/network/actors/",
        "/api/v1/usage/",
        "/api/v1/actors/ru/co-mentions/",
        "/api/v1/treaties/export/",
    ],
)
def test_computed_views_answer_as_of_with_a_400_problem(api_client, path):
    """Every GET endpoint that is not a versioned list or detail refuses as_of, never ignores it."""
    build_world()
    response = api_client.get(path + ("&" if "?" in path else "?") + "as_of=2024-01-01T00:00:00Z")
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body.get("unknown") == ["as_of"] or "as_of" in body["errors"]


def test_every_routed_collection_is_versioned():
    from api.v1.urls import router

    unversioned = [prefix for prefix, viewset, _ in router.registry if viewset.as_of is None]
    assert unversioned == []


# Shapes with optional relations: a page without any (no citation on it names an article)
# skips that query, so a small page may run fewer. Their budget, whatever the page size:
# citations: count, rows, takeaways, publications, bylines, experts, treaties, articles;
# claims: count, rows, takeaways, publications, bylines, experts, then links and records
# for articles (plus their treaties), treaties and actors.
AS_OF_QUERY_BUDGET = {"citations": 8, "claims": 13}


@pytest.mark.parametrize("resource", RESOURCES)
def test_as_of_list_queries_do_not_grow_with_page_size(seeded, api_client, resource):
    instant = timezone.now().isoformat()
    counts, rows = [], []
    for size in (1, 200):
        with CaptureQueriesContext(connection) as ctx:
            response = api_client.get(f"/api/v1/{resource}/", {"as_of": instant, "page_size": size})
        assert response.status_code == 200
        rows.append(len(response.json()["results"]))
        counts.append(len(ctx.captured_queries))
    assert counts[0] <= counts[1] <= AS_OF_QUERY_BUDGET.get(resource, counts[0]), counts
    assert rows[0] == 1 and (rows[1] > 1 or resource == "publications")


UNVERSIONED = {"provision_types", "provision_codings", "topics", "sources", "supersedes", "superseded_by", "events"}


def _strip(value, skip=frozenset()):
    """A body without the relations that are not versioned (rendered empty as of)."""
    if isinstance(value, dict):
        out = {k: _strip(v) for k, v in value.items() if k not in UNVERSIONED | set(skip)}
        if "relations" in out:  # ties in (kind, start date) have no defined order live
            out["relations"] = sorted(out["relations"], key=repr)
        return out
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _every_row(api_client, resource, **params):
    """Every row of a collection, page after page (as-of lists are ordered differently)."""
    rows, page = [], 1
    while True:
        body = api_client.get(f"/api/v1/{resource}/", {"page_size": 200, "page": page, **params}).json()
        rows += body["results"]
        if not body["next"]:
            return rows
        page += 1


@pytest.mark.parametrize("resource", RESOURCES)
def test_as_of_now_matches_the_live_api_on_the_seed(seeded, api_client, resource):
    instant = timezone.now().isoformat()
    live, then = _every_row(api_client, resource), _every_row(api_client, resource, as_of=instant)
    by_id = {row["id"]: row for row in then}
    assert live and by_id.keys() == {row["id"] for row in live}
    # a topic's takeaways: a many-to-many without history, empty as of (docs/as-of.md)
    skip = {"takeaways"} if resource == "topics" else set()
    for row in live:
        assert _strip(by_id[row["id"]]) == _strip(row)
    for row in live:
        cache.clear()  # the anonymous rate limit (266 mentions) is not under test here
        path = row["url"].removeprefix("http://testserver")
        detail_live, detail_then = api_client.get(path).json(), api_client.get(path, {"as_of": instant}).json()
        assert _strip(detail_then, skip) == _strip(detail_live, skip), path
