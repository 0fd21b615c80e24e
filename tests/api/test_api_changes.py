"""The changes feed: every public change in commit order, resumable, filterable, as JSON
and Atom, with tombstones for unpublish and delete; drafts leave nothing."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commentary.models import Citation, Takeaway
from core.audit import COMMAND, Audit
from core.models import EditorialStatus
from core.services import record_create, record_delete, record_transition, record_update
from tests.api_support import build_world
from treaties.models import Treaty

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def _feed(client, **params):
    response = client.get("/api/v1/changes/", params)
    assert response.status_code == 200, response.content
    return response.json()


def _life(world):
    """Draft -> publish -> minor edit -> correction -> unpublish -> delete, plus a citation
    added to a published takeaway and a draft edit that must not show."""
    takeaway = record_create(
        model=Takeaway,
        fields={"publication": world.publication, "position": 9, "slug": "walked", "heading": "H", "body": "B"},
        audit=COMMAND,
    )
    from tests.commentary.factories import TakeawayAuthorFactory

    TakeawayAuthorFactory(takeaway=takeaway, expert=world.town)
    takeaway = record_transition(record=takeaway, status=EditorialStatus.PUBLISHED, audit=COMMAND)
    takeaway = record_update(instance=takeaway, changes={"heading": "H."}, audit=Audit(minor=True))
    takeaway = record_update(instance=takeaway, changes={"heading": "Better"}, audit=COMMAND.because("clearer"))
    record_create(
        model=Citation,
        fields={"takeaway": takeaway, "treaty": world.new, "article": world.art4, "start": 0, "end": 1, "quote": "B"},
        audit=COMMAND,
    )
    record_update(instance=Treaty.objects.get(pk=world.draft_treaty.pk), changes={"title": "secret"}, audit=COMMAND)
    takeaway = record_transition(
        record=Takeaway.objects.get(pk=takeaway.pk), status=EditorialStatus.DRAFT, audit=COMMAND
    )
    record_delete(instance=takeaway, audit=COMMAND)


EXPECTED = ["published", "updated", "corrected", "updated", "unpublished"]


def test_feed_streams_public_changes_in_commit_order_with_tombstones(api_client):
    world = build_world()
    _life(world)
    body = _feed(api_client)
    walked = [e for e in body["results"] if e["record"]["key"] == "walked"]
    assert [e["kind"] for e in walked] == EXPECTED
    assert [e["tombstone"] for e in walked] == [False, False, False, False, True]
    assert walked[2]["correction"]["reason"] == "clearer"
    assert walked[2]["correction"]["changes"] == [{"field": "heading", "old": "H.", "new": "Better"}]
    assert walked[0]["record"]["url"] == "http://testserver/api/v1/takeaways/walked/"
    assert "secret" not in str(body)  # a draft's edits never reach the feed
    assert all(e["kind"] != "deleted" for e in walked)  # deleting an unpublished record is not public


def test_deleting_a_published_record_is_a_tombstone(api_client):
    world = build_world()
    record_delete(instance=Takeaway.objects.get(pk=world.t2.pk), audit=COMMAND)
    (event,) = _feed(api_client)["results"]
    assert (event["kind"], event["tombstone"], event["record"]["key"]) == ("deleted", True, "t2")


def test_cursor_resumes_exactly_where_the_reader_stopped(api_client):
    world = build_world()
    _life(world)
    everything = _feed(api_client)["results"]
    seen, since = [], None
    while True:
        page = _feed(api_client, limit=2, **({"since": since} if since else {}))
        seen += page["results"]
        since = page["cursor"]
        if not page["results"]:
            break
    assert seen == everything and len(everything) >= 5
    assert _feed(api_client, since=since)["results"] == []
    record_update(instance=Treaty.objects.get(pk=world.new.pk), changes={"title": "Later"}, audit=COMMAND)
    (later,) = _feed(api_client, since=since)["results"]
    assert later["kind"] == "corrected" and later["record"]["key"] == "new-treaty"


def test_feed_filters_by_article_treaty_actor_and_resource(api_client):
    world = build_world()
    _life(world)
    record_update(instance=Treaty.objects.get(pk=world.old.pk), changes={"title": "Old, renamed"}, audit=COMMAND)
    about_art4 = _feed(api_client, article="new-treaty:4")["results"]
    assert [(e["kind"], e["record"]["key"]) for e in about_art4] == [("updated", "walked"), ("unpublished", "walked")]
    assert [e["record"]["key"] for e in _feed(api_client, treaty="old-treaty")["results"]] == ["old-treaty"]
    assert {e["record"]["resource"] for e in _feed(api_client, resource="treaty")["results"]} == {"treaty"}
    assert _feed(api_client, actor="nobody")["results"] == []


def test_feed_as_atom(api_client):
    world = build_world()
    _life(world)
    response = api_client.get("/api/v1/changes/", {"format": "atom"})
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    entries = root.findall(f"{ATOM}entry")
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles[0].startswith("published: takeaway") and len(entries) == len(_feed(api_client)["results"])
    assert any(c.get("term") == "tombstone" for e in entries for c in e.findall(f"{ATOM}category"))


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "not-a-cursor"}, "since"),
        ({"limit": "0"}, "limit"),
        ({"resource": "x"}, "resource"),
        ({"resource": ""}, "resource"),  # not in the enum (found by the nightly fuzzer)
        ({"article": "4"}, "article"),
    ],
)
def test_bad_feed_parameters_are_400_problems(api_client, params, field):
    response = api_client.get("/api/v1/changes/", params)
    assert response.status_code == 400 and field in response.json()["errors"]


def test_feed_queries_do_not_grow_with_page_size(api_client):
    world = build_world()
    _life(world)
    counts = []
    for limit in (1, 50):
        with CaptureQueriesContext(connection) as ctx:
            _feed(api_client, limit=limit, article="new-treaty:4")
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1], counts


def test_feed_and_corrections_match_the_openapi_schema(api_client):
    from drf_spectacular.generators import SchemaGenerator

    from tests.api.test_schema import assert_valid, validator_for

    world = build_world()
    _life(world)
    openapi = SchemaGenerator().get_schema(request=None, public=True)
    assert_valid(validator_for(openapi, "/api/v1/changes/"), _feed(api_client))
    corrections = api_client.get("/api/v1/corrections/").json()
    assert corrections["results"] == []  # the corrected takeaway was deleted since
    record_update(instance=Treaty.objects.get(pk=world.old.pk), changes={"title": "Renamed"}, audit=COMMAND)
    corrections = api_client.get("/api/v1/corrections/").json()
    assert len(corrections["results"]) == 1
    assert_valid(validator_for(openapi, "/api/v1/corrections/"), corrections)
    detail = api_client.get("/api/v1/treaties/old-treaty/").json()
    assert_valid(validator_for(openapi, "/api/v1/treaties/{slug}/"), detail)
