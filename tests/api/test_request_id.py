"""X-Request-ID on every response, echoed when sane, recorded on history rows."""

import uuid

import pytest

from commentary.models import Topic
from core.audit import COMMAND, Audit
from core.services import record_update
from tests.actors.factories import ActorFactory

pytestmark = pytest.mark.django_db


def test_sane_request_id_is_echoed(client):
    response = client.get("/admin/login/", HTTP_X_REQUEST_ID="abc-123.x:y")
    assert response["X-Request-ID"] == "abc-123.x:y"


@pytest.mark.parametrize("bad", ["", "has space", "x" * 65, "<script>", "-leading-dash"])
def test_insane_request_id_is_replaced_by_a_uuid(client, bad):
    response = client.get("/admin/login/", HTTP_X_REQUEST_ID=bad)
    assert response["X-Request-ID"] != bad
    assert uuid.UUID(response["X-Request-ID"]).version == 4


def test_error_responses_carry_a_request_id_too(client):
    assert client.get("/no-such-page/")["X-Request-ID"]


def test_a_write_records_its_audit_on_the_history_row():
    actor = ActorFactory()
    record_update(instance=actor, changes={"name": "Renamed"}, audit=Audit(channel="seed", request_id="load-1"))
    row = actor.history.first()
    assert (row.name, row.history_channel, row.history_request_id) == ("Renamed", "seed", "load-1")


def test_a_command_write_is_attributed_to_the_command_channel():
    actor = ActorFactory()
    record_update(instance=actor, changes={"name": "Renamed"}, audit=COMMAND)
    assert (actor.history.first().history_channel, actor.history.first().history_request_id) == ("command", "")


def test_api_writes_record_the_request_id_they_echo(api_client, editor):
    api_client.force_authenticate(editor)
    response = api_client.post(
        "/api/v1/topics/", {"slug": "ports", "name": "Ports"}, format="json", HTTP_X_REQUEST_ID="req-42"
    )
    assert response.status_code == 201, response.content
    assert response["X-Request-ID"] == "req-42"
    row = Topic.objects.get(slug="ports").history.first()
    assert (row.history_channel, row.history_request_id, row.history_user) == ("api", "req-42", editor)
