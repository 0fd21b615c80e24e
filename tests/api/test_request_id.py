"""X-Request-ID on every response, echoed when sane, recorded on history rows."""

import uuid

import pytest

from core.audit import audit_context, current_channel
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


def test_history_rows_outside_requests_are_attributed_to_commands():
    assert current_channel() == "command"
    actor = ActorFactory()
    assert (actor.history.first().history_channel, actor.history.first().history_request_id) == ("command", "")
    with audit_context(channel="seed", request_id="load-1"):
        actor.name = "Renamed"
        actor.save()
    assert (actor.history.first().history_channel, actor.history.first().history_request_id) == ("seed", "load-1")
