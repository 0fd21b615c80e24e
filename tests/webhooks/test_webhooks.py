"""Webhooks end to end with a local receiver (an http.server thread on 127.0.0.1):
deliveries are queued (never sent in the request), signed, retried with backoff when the
receiver fails, logged attempt by attempt, replayable, and carry the changes feed's events."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from core.audit import COMMAND
from core.services import record_update
from tests.api_support import build_world
from treaties.models import Treaty
from webhooks.delivery import SIGNATURE_HEADER, verify
from webhooks.models import Delivery, DeliveryStatus
from webhooks.services import delivery_replay
from webhooks.tasks import enqueue_delivery

pytestmark = pytest.mark.django_db(transaction=True)


class Receiver:
    """Answers the status codes in `script` in turn (then 200) and keeps what it got."""

    def __init__(self, script=()):
        self.script = list(script)
        self.received: list[tuple[int, dict, bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = receiver.script.pop(0) if receiver.script else 200
                receiver.received.append((status, dict(self.headers), body))
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    made = []

    def make(script=()):
        made.append(Receiver(script))
        return made[-1]

    yield make
    for one in made:
        one.close()


@pytest.fixture
def token_client(editor):
    client = APIClient()
    client.force_authenticate(editor)
    return client


def _work():
    """Run the task worker until nothing is left (what `manage.py db_worker` does)."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")


def _subscribe(client, url, **filters):
    response = client.post("/api/v1/webhooks/", {"url": url, **filters}, format="json")
    assert response.status_code == 201, response.content
    return response.json()


def test_signed_deliveries_with_retries_replay_the_changes_feed(token_client, receiver):
    world = build_world()
    hook = receiver(script=[500, 503])  # the first two POSTs fail
    subscription = _subscribe(token_client, hook.url)
    assert subscription["secret"] and token_client.get("/api/v1/webhooks/").json()["results"][0]["secret"] is None
    for title in ("One", "Two", "Three"):
        record_update(instance=Treaty.objects.get(pk=world.old.pk), changes={"title": title}, audit=COMMAND)
    assert hook.received == []  # nothing is sent inside the write
    _work()
    succeeded = [(headers, body) for status, headers, body in hook.received if status == 200]
    assert len(hook.received) == 5 and len(succeeded) == 3
    for headers, body in succeeded:
        assert verify(secret=subscription["secret"], body=body, header=headers[SIGNATURE_HEADER])
        assert not verify(secret="wrong", body=body, header=headers[SIGNATURE_HEADER])
        assert not verify(secret=subscription["secret"], body=body + b" ", header=headers[SIGNATURE_HEADER])
    # Cursors are opaque (their base64 does not sort like the sequence), so the feed's own
    # order is the reference: every delivery is one feed event, and in feed order they replay
    # the writes as made.
    delivered = {p["cursor"]: p for p in (json.loads(body) for _, body in succeeded)}
    feed = [e["cursor"] for e in APIClient().get("/api/v1/changes/").json()["results"]]
    assert sorted(delivered) == sorted(feed) and len(feed) == 3
    assert [delivered[c]["correction"]["changes"][0]["new"] for c in feed] == ["One", "Two", "Three"]
    log = token_client.get(f"/api/v1/webhooks/{subscription['id']}/deliveries/").json()["results"]
    assert [d["status"] for d in log] == ["succeeded"] * 3
    assert [[a["status_code"] for a in d["attempt_log"]] for d in log] == [[500, 503, 200], [200], [200]]


def test_a_receiver_that_keeps_failing_is_given_up_and_can_be_replayed(token_client, receiver, settings):
    world = build_world()
    hook = receiver(script=[500] * settings.WEBHOOK_MAX_ATTEMPTS)
    _subscribe(token_client, hook.url, treaty="old-treaty")
    record_update(instance=Treaty.objects.get(pk=world.new.pk), changes={"title": "Not followed"}, audit=COMMAND)
    record_update(instance=Treaty.objects.get(pk=world.old.pk), changes={"title": "Followed"}, audit=COMMAND)
    _work()
    (delivery,) = Delivery.objects.all()  # the filter let one event through
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, settings.WEBHOOK_MAX_ATTEMPTS)
    enqueue_delivery(delivery_replay(delivery=delivery))  # the admin's replay action
    _work()
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SUCCEEDED
    assert delivery.attempt_log.count() == settings.WEBHOOK_MAX_ATTEMPTS + 1


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.8/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://[::1]/hook",
        "http://192.168.1.1/",
        "ftp://example.org/",
    ],
)
def test_private_loopback_and_link_local_targets_are_refused(token_client, url):
    response = token_client.post("/api/v1/webhooks/", {"url": url}, format="json")
    assert response.status_code == 400 and "url" in response.json()["errors"]


def test_anonymous_readers_cannot_subscribe():
    response = APIClient().post("/api/v1/webhooks/", {"url": "http://127.0.0.1:9/hook"}, format="json")
    assert response.status_code == 401
