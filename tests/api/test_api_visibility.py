"""Anonymous readers see published records only, on every path: lists, counts, details,
nested summaries, filters, CSV and NDJSON. Staff and editors see drafts."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from tests.api_support import ROUTED_RESOURCES, build_world

pytestmark = pytest.mark.django_db

DRAFT_MARKERS = ("secret-state", "draft-treaty", "t-draft", "ghost", "Secret State", "Unpublished", "Ghost Writer")
RESOURCES = ROUTED_RESOURCES


@pytest.fixture
def world():
    return build_world()


def assert_no_draft(content: bytes | str, where: str) -> None:
    text = content.decode() if isinstance(content, bytes) else content
    for marker in DRAFT_MARKERS:
        assert marker not in text, f"{marker!r} leaked in {where}"


def all_detail_urls(client, resource: str) -> list[str]:
    return [item["url"] for item in client.get(f"/api/v1/{resource}/?page_size=200").json()["results"]]


@pytest.mark.parametrize("resource", RESOURCES)
def test_lists_details_and_nested_hide_drafts(api_client, world, resource):
    listing = api_client.get(f"/api/v1/{resource}/?page_size=200")
    assert_no_draft(listing.content, f"{resource} list")
    urls = all_detail_urls(api_client, resource)
    assert urls
    for url in urls:
        assert_no_draft(api_client.get(url).content, url)


@pytest.mark.parametrize("resource", RESOURCES)
def test_csv_and_ndjson_hide_drafts(api_client, world, resource):
    assert_no_draft(api_client.get(f"/api/v1/{resource}/?format=csv&page_size=200").content, f"{resource} csv")
    export = api_client.get(f"/api/v1/{resource}/export/")
    assert_no_draft(b"".join(export.streaming_content), f"{resource} ndjson")
    export = api_client.get(f"/api/v1/{resource}/export/?format=csv")
    assert_no_draft(b"".join(export.streaming_content), f"{resource} export csv")


def test_counts_exclude_drafts_and_rejected_links(api_client, world):
    counts = {r: api_client.get(f"/api/v1/{r}/").json()["count"] for r in RESOURCES}
    assert counts["treaties"] == 2  # draft-treaty hidden
    assert counts["articles"] == 2  # art 5 is a draft
    assert counts["takeaways"] == 2  # t-draft hidden
    assert counts["experts"] == 2  # ghost hidden
    assert counts["actors"] == 3  # secret-state hidden
    assert counts["citations"] == 2  # rejected, draft article and draft takeaway hidden
    assert counts["mentions"] == 3  # draft actor and draft takeaway hidden


def test_draft_details_are_404(api_client, world):
    for path in (
        "/api/v1/treaties/draft-treaty/",
        "/api/v1/actors/secret-state/",
        "/api/v1/takeaways/t-draft/",
        "/api/v1/experts/ghost/",
        f"/api/v1/articles/{world.art_draft.id}/",
        "/api/v1/treaties/new-treaty/articles/5/",
        f"/api/v1/citations/{world.c_rejected.id}/",
        f"/api/v1/mentions/{world.m_draft_actor.id}/",
    ):
        response = api_client.get(path)
        assert response.status_code == 404, path
        assert response["Content-Type"] == "application/problem+json", path
        body = response.json()
        # a hidden record answers exactly like a missing one: nothing of it leaks
        assert body["status"] == 404 and set(body) <= {"type", "title", "status", "detail", "instance"}, body


def test_draft_fk_targets_render_as_null(api_client, world):
    assert api_client.get("/api/v1/publications/takeaways/").json()["publisher"] is None


def test_filters_do_not_resolve_or_match_drafts(api_client, world):
    # a draft actor is unknown to anonymous filters...
    response = api_client.get("/api/v1/treaties/?party=secret-state")
    assert response.status_code == 400
    # ...and draft links never make a published record match.
    body = api_client.get("/api/v1/treaties/?provision_type=economic-cooperation").json()
    assert body["count"] == 0  # only the draft article 5 carries it
    body = api_client.get("/api/v1/takeaways/?cites_article=new-treaty:4").json()
    assert [t["slug"] for t in body["results"]] == ["t1"]  # t2's citation is rejected, t-draft is a draft


def test_conditional_validators_differ_between_anonymous_and_staff(api_client, world):
    anonymous = api_client.get("/api/v1/treaties/")
    staff = get_user_model().objects.create_user("staff", password="x", is_staff=True)
    api_client.force_authenticate(staff)
    privileged = api_client.get("/api/v1/treaties/")
    assert anonymous["ETag"] != privileged["ETag"]
    assert privileged["Cache-Control"] == "private, no-cache"


@pytest.mark.parametrize("how", ["staff", "Editors", "Contributors"])
def test_staff_and_editors_see_drafts(api_client, world, how):
    # The roles are the groups created by the editorial roles migration.
    user = get_user_model().objects.create_user("ed", password="x", is_staff=how == "staff")
    if how != "staff":
        user.groups.add(Group.objects.get_or_create(name=how)[0])
    api_client.force_authenticate(user)
    assert api_client.get("/api/v1/treaties/").json()["count"] == 3
    assert api_client.get("/api/v1/treaties/draft-treaty/").status_code == 200
    detail = api_client.get("/api/v1/treaties/new-treaty/").json()
    assert "secret-state" in json.dumps(detail["parties"])
    assert "draft-treaty" in json.dumps(detail["supersedes"])
    assert api_client.get("/api/v1/treaties/?party=secret-state").json()["count"] == 1


def test_ordinary_users_see_only_published(api_client, world):
    api_client.force_authenticate(get_user_model().objects.create_user("reader", password="x"))
    assert api_client.get("/api/v1/treaties/").json()["count"] == 2
    assert_no_draft(api_client.get("/api/v1/treaties/new-treaty/").content, "treaty for a plain user")
