"""Two writers holding the same ETag send their updates at the same moment, on real
threads with their own database connections: exactly one wins, the other gets a 412."""

import threading
import time

import pytest
from django.db import connection
from rest_framework.test import APIClient

from accounts.services import token_create
from core import services
from core.models import EditorialStatus
from tests.treaties.factories import TreatyFactory
from treaties.models import Treaty


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_one_wins_one_gets_412(editor, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers, so there is no real race to prove")
    TreatyFactory(slug="raced", title="Original", editorial_status=EditorialStatus.DRAFT)
    keys = [token_create(user=editor, name=f"writer {n}")[1] for n in range(2)]
    etag = APIClient().get("/api/v1/treaties/raced/", HTTP_AUTHORIZATION=f"Token {keys[0]}")["ETag"]

    # Hold the winner's transaction open a little after it locked the row, so the loser's
    # SELECT ... FOR UPDATE really waits on the lock and then finds the version moved on
    # (the case under test).
    original = services.stamp

    def slow_stamp(instance, audit):
        time.sleep(0.3)
        return original(instance, audit)

    monkeypatch.setattr(services, "stamp", slow_stamp)
    barrier = threading.Barrier(2)
    results: dict[str, tuple[int, dict]] = {}

    def write(key: str, title: str) -> None:
        try:
            client = APIClient()
            client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
            barrier.wait(timeout=10)
            response = client.patch("/api/v1/treaties/raced/", {"title": title}, format="json", HTTP_IF_MATCH=etag)
            results[title] = (response.status_code, response.json())
        finally:
            connection.close()  # each thread has its own connection

    threads = [threading.Thread(target=write, args=(key, title)) for key, title in zip(keys, ("A", "B"), strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    codes = sorted(code for code, _ in results.values())
    assert codes == [200, 412], results
    winner = next(title for title, (code, _) in results.items() if code == 200)
    treaty = Treaty.objects.get(slug="raced")
    assert (treaty.title, treaty.version) == (winner, 2)
    assert treaty.history.count() == 2  # creation + the winner's change, nothing from the loser
