"""SQLite, the embedded default: concurrent writers queue instead of failing with
"database is locked", and a lock that outlasts the busy timeout is a 503 + Retry-After.

Runs tests/ops/sqlite_writers.py in a subprocess on a real database file, with real
threads (pytest-django's SQLite test database lives in memory, where locking differs)."""

import json
import os
import subprocess
import sys
from pathlib import Path

from config.settings.base import database_from_url

HELPER = Path(__file__).with_name("sqlite_writers.py")
ROOT = HELPER.parents[2]
PROBLEM_503 = {
    "type": "urn:pactum:problem:database-unavailable",
    "title": "Service Unavailable",
    "status": 503,
    "detail": "The database is unavailable or busy; retry after the delay in Retry-After.",
    "instance": "/api/v1/topics/",
}


def _run(mode: str, db_path: Path, **env) -> dict:
    result = subprocess.run(
        [sys.executable, str(HELPER), mode, str(db_path)],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_sqlite_uses_wal_immediate_transactions_and_a_busy_timeout():
    options = database_from_url("sqlite:////tmp/pactum.sqlite3")["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] == 5
    assert "PRAGMA journal_mode=WAL" in options["init_command"]
    assert "OPTIONS" not in database_from_url("postgres://u@db/pactum") or (
        "transaction_mode" not in database_from_url("postgres://u@db/pactum")["OPTIONS"]
    )


def test_concurrent_writers_succeed_and_a_lock_past_the_timeout_is_503(tmp_path):
    # One subprocess (one migrate) for both halves.
    outcome = _run("both", tmp_path / "pactum.sqlite3")
    assert outcome["journal_mode"] == "wal"

    # Four API writers at once, each holding its transaction: all succeed (before: 500s).
    race = outcome["results"]["race"]
    assert sorted(status for status, _, _, _ in race) == [201, 201, 201, 201], race
    assert sorted(body["slug"] for _, _, body, _ in race) == ["topic-0", "topic-1", "topic-2", "topic-3"]

    # A lock held past the busy timeout: 503 + Retry-After, after waiting for the lock.
    (status, content_type, body, retry_after), waited = outcome["results"]["held-lock"]
    assert (status, content_type, retry_after) == (503, "application/problem+json", "5")
    assert body == PROBLEM_503
    assert waited >= 0.5  # it waited for the lock before giving up
