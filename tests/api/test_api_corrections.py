"""Public corrections: a substantive change to a published record leaves a field-level
correction with the editor's reason; minor fixes, drafts and workflow moves do not."""

import pytest
from rest_framework.test import APIClient

from api.writes import MINOR_HEADER
from core.audit import COMMAND, Audit
from core.models import Correction, EditorialStatus
from core.services import record_transition, record_update
from tests.api_support import build_world
from treaties.models import Treaty

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


def _patch(client, path, data, **headers):
    etag = client.get(path)["ETag"]
    return client.patch(path, data, format="json", HTTP_IF_MATCH=etag, **headers)


def test_substantive_api_edit_of_a_published_record_is_a_public_correction(editor_client, api_client):
    build_world()
    response = _patch(
        editor_client,
        "/api/v1/treaties/new-treaty/",
        {"title": "Treaty on Comprehensive Strategic Partnership"},
        HTTP_X_CHANGE_REASON="Official title per the Kremlin text",
    )
    assert response.status_code == 200, response.content
    detail = api_client.get("/api/v1/treaties/new-treaty/").json()
    correction_record_id = detail["id"]
    (correction,) = detail["corrections"]
    assert correction["reason"] == "Official title per the Kremlin text"
    assert correction["version"] == response.json()["version"]
    assert correction["changes"] == [
        {
            "field": "title",
            "old": "Comprehensive Strategic Partnership",
            "new": "Treaty on Comprehensive Strategic Partnership",
        }
    ]
    listed = api_client.get("/api/v1/corrections/").json()["results"]
    assert [(c["record"]["resource"], c["record"]["id"]) for c in listed] == [("treaty", correction_record_id)]
    assert api_client.get("/api/v1/corrections/", {"resource": "takeaway"}).json()["results"] == []


@pytest.mark.parametrize("how", ["header", "body"])
def test_minor_fixes_stay_in_the_private_history(editor_client, api_client, how):
    build_world()
    headers = {f"HTTP_{MINOR_HEADER.upper().replace('-', '_')}": "true"} if how == "header" else {}
    data = {"title": "Comprehensive Strategic Partnership."} | ({"minor": True} if how == "body" else {})
    response = _patch(editor_client, "/api/v1/treaties/new-treaty/", data, **headers)
    assert response.status_code == 200, response.content
    assert response.json()["title"] == "Comprehensive Strategic Partnership."
    assert api_client.get("/api/v1/treaties/new-treaty/").json()["corrections"] == []
    assert not Correction.objects.exists()
    history = editor_client.get("/api/v1/treaties/new-treaty/history/").json()
    assert history[0]["changes"][0]["field"] == "title"


def test_bad_minor_values_are_400_and_write_nothing(editor_client):
    build_world()
    response = _patch(editor_client, "/api/v1/treaties/new-treaty/", {"title": "X", "minor": "perhaps"})
    assert response.status_code == 400 and "minor" in response.json()["errors"]
    assert Treaty.objects.get(slug="new-treaty").title == "Comprehensive Strategic Partnership"


def test_drafts_and_workflow_moves_are_not_corrections():
    world = build_world()
    record_update(instance=world.draft_treaty, changes={"title": "Still a draft"}, audit=COMMAND)
    treaty = record_transition(record=Treaty.objects.get(pk=world.old.pk), status=EditorialStatus.DRAFT, audit=COMMAND)
    treaty = record_update(instance=treaty, changes={"title": "Edited while unpublished"}, audit=COMMAND)
    record_transition(record=treaty, status=EditorialStatus.PUBLISHED, audit=COMMAND)
    assert not Correction.objects.exists()


def test_corrections_list_hides_records_that_are_not_published_now(api_client):
    world = build_world()
    record_update(instance=world.old, changes={"title": "Renamed"}, audit=Audit(reason="typo in source"))
    assert len(api_client.get("/api/v1/corrections/").json()["results"]) == 1
    record_transition(record=Treaty.objects.get(pk=world.old.pk), status=EditorialStatus.DRAFT, audit=COMMAND)
    assert api_client.get("/api/v1/corrections/").json()["results"] == []


@pytest.mark.parametrize("minor", [False, True])
def test_admin_minor_checkbox_and_reason_reach_the_correction(client, editor, minor):
    from tests.core.test_admin_editorial import _treaty_form

    world = build_world()
    client.force_login(editor)
    url = f"/admin/treaties/treaty/{world.new.pk}/change/"
    assert b'name="minor_change"' in client.get(url).content
    form = _treaty_form(world.new, title="Corrected title", change_reason="Official text")
    if minor:
        form["minor_change"] = "on"
    response = client.post(url, form)
    assert response.status_code == 302, response.content[:2000]
    assert Treaty.objects.get(pk=world.new.pk).title == "Corrected title"
    corrections = list(Correction.objects.values_list("reason", flat=True))
    assert corrections == ([] if minor else ["Official text"])


def test_corrections_list_queries_do_not_grow_with_rows(api_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    world = build_world()
    counts = []
    for title in ("One", "Two", "Three"):
        record_update(instance=Treaty.objects.get(pk=world.old.pk), changes={"title": title}, audit=COMMAND)
        with CaptureQueriesContext(connection) as ctx:
            body = api_client.get("/api/v1/corrections/").json()
        counts.append(len(ctx.captured_queries))
    assert [c["changes"][0]["new"] for c in body["results"]] == ["One", "Two", "Three"]
    assert counts[0] == counts[-1], counts


def test_correction_keys_are_frozen_and_match_the_schema(api_client):
    from drf_spectacular.generators import SchemaGenerator

    from tests.api.test_schema import assert_valid, validator_for

    world = build_world()
    record_update(instance=Treaty.objects.get(pk=world.old.pk), changes={"description": "Lapsed."}, audit=COMMAND)
    listing = api_client.get("/api/v1/corrections/").json()
    (item,) = listing["results"]
    assert set(item) == {"id", "url", "record", "made_at", "version", "reason", "changes"}
    detail = api_client.get(item["url"]).json()
    assert detail == item
    openapi = SchemaGenerator().get_schema(request=None, public=True)
    assert_valid(validator_for(openapi, "/api/v1/corrections/"), listing)
    assert_valid(validator_for(openapi, "/api/v1/corrections/{id}/"), detail)
