"""Run by tests/ops/test_sqlite_locking.py in a subprocess: the embedded SQLite setup with a
real database file (pytest-django's own SQLite test database is in memory), real threads
and their own connections. Prints one JSON document on stdout.

    python tests/ops/sqlite_writers.py race|held-lock|both DB_PATH [--deferred]

race:      four API writers create topics at the same moment, each holding its
           transaction open a little (as a slow write does): every one must succeed.
held-lock: another process-level connection holds the write lock longer than the busy
           timeout; the API write must answer 503 + Retry-After, not 500.
--deferred uses Django's default transaction mode, the configuration before the fix.
"""

import json
import os
import sqlite3
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
mode, db_path = sys.argv[1], sys.argv[2]
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
os.environ.pop("REDIS_URL", None)

import django  # noqa: E402
from django.conf import settings  # noqa: E402

if "--deferred" in sys.argv:
    settings.DATABASES["default"]["OPTIONS"] = {"timeout": settings.DATABASES["default"]["OPTIONS"]["timeout"]}
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from accounts.services import roles_setup, token_create  # noqa: E402
from core import services  # noqa: E402
from core.permissions import EDITORS  # noqa: E402

call_command("migrate", verbosity=0)
roles_setup()
editor = get_user_model().objects.create_user(username="edna", password="pw", is_staff=True)
editor.groups.add(Group.objects.get(name=EDITORS))
key = token_create(user=editor, name="writer")[1]
journal_mode = connection.cursor().execute("PRAGMA journal_mode").fetchone()[0]
connection.close()


def post(name: str) -> tuple[int, str, dict, str]:
    client = Client(raise_request_exception=False)
    response = client.post(
        "/api/v1/topics/",
        {"name": name, "slug": name.lower().replace(" ", "-")},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {key}",
    )
    try:
        body = response.json()
    except ValueError:
        body = {"raw": response.content[:200].decode(errors="replace")}
    return response.status_code, response.get("Content-Type", ""), body, response.get("Retry-After", "")


results: dict = {"race": [], "held-lock": []}
if mode in {"race", "both"}:
    from commentary.models import Topic

    original = services.stamp

    def slow_stamp(instance, audit):
        # Inside the write transaction: read first (as validation and version checks do),
        # then hold the transaction a little before writing.
        Topic.objects.count()
        time.sleep(0.3)
        return original(instance, audit)

    services.stamp = slow_stamp
    barrier = threading.Barrier(4)

    def write(n: int) -> None:
        try:
            barrier.wait(timeout=10)
            results["race"].append(post(f"Topic {n}"))
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    services.stamp = original
if mode in {"held-lock", "both"}:
    # A short busy timeout for this part only (SQLITE_BUSY_TIMEOUT in production).
    connection.close()
    connection.settings_dict["OPTIONS"]["timeout"] = float(os.environ.get("HELD_LOCK_TIMEOUT", "0.5"))
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        results["held-lock"].append(post("Blocked topic"))
        waited = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    results["held-lock"].append(round(waited, 2))
print(json.dumps({"journal_mode": journal_mode, "results": results}))
