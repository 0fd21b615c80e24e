#!/usr/bin/env python
"""Read-API benchmark: page-number vs cursor paging at depth, and export memory.

    python bench/api_bench.py [N]        (default N=20000 actors; DATABASE_URL picks the DB)

Everything runs inside one transaction that is rolled back. Requests go through Django's
test client (no network), so the figures are server-side time. Results go to
bench/results/api.json (one entry per vendor). Never a timed test.
"""

import base64
import json
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
# Every request comes from one address: lift the rate limits, or the bench measures 429s.
os.environ.setdefault("ANON_THROTTLE_RATE", "1000000/minute")
os.environ.setdefault("TOKEN_THROTTLE_RATE", "1000000/minute")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402

from actors.models import Actor, ActorKind  # noqa: E402
from core.models import EditorialStatus  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "api.json"
REPEATS = 5
PAGE_SIZE = 50


def _time(client: Client, url: str) -> float:
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        response = client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.content[:300])
    return round(statistics.median(samples), 2)


def _cursor_at(row: Actor) -> str:
    # The same encoding DRF's CursorPagination uses: position on `created`, no offset.
    token = base64.b64encode(urlencode({"p": str(row.created)}).encode()).decode()
    return token


def _export(client: Client, url: str, *, trace: bool) -> tuple[float, int, int]:
    """(ms, peak traced KiB, lines). Timing and tracing are separate passes: tracemalloc
    slows Python several times over."""
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    lines = 0
    for chunk in client.get(url).streaming_content:
        lines += chunk.count(b"\n")
    elapsed = (time.perf_counter() - started) * 1000
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    if trace:
        tracemalloc.stop()
    return round(elapsed, 1), round(peak / 1024), lines


def main(n: int) -> dict:
    client = Client(HTTP_HOST="localhost")
    result: dict = {"vendor": connection.vendor, "actors": n, "page_size": PAGE_SIZE, "median_ms": {}}
    with transaction.atomic():
        Actor.objects.bulk_create(
            Actor(
                name=f"Bench actor {i:06d}",
                slug=f"bench-actor-{i:06d}",
                kind=ActorKind.STATE,
                editorial_status=EditorialStatus.PUBLISHED,
            )
            for i in range(n)
        )
        rows = list(Actor.objects.order_by("created", "id").only("id", "created"))
        last_page = (len(rows) + PAGE_SIZE - 1) // PAGE_SIZE
        deep = rows[-PAGE_SIZE - 1]
        timings = result["median_ms"]
        timings["page 1"] = _time(client, f"/api/v1/actors/?page_size={PAGE_SIZE}")
        timings[f"page {last_page // 2} (middle)"] = _time(
            client, f"/api/v1/actors/?page_size={PAGE_SIZE}&page={last_page // 2}"
        )
        timings[f"page {last_page} (last)"] = _time(client, f"/api/v1/actors/?page_size={PAGE_SIZE}&page={last_page}")
        timings["cursor first page"] = _time(client, f"/api/v1/actors/?page_size={PAGE_SIZE}&cursor=")
        timings["cursor at the end"] = _time(client, f"/api/v1/actors/?page_size={PAGE_SIZE}&cursor={_cursor_at(deep)}")
        timings["filtered page (kind=state, ordering=-name)"] = _time(
            client, f"/api/v1/actors/?page_size={PAGE_SIZE}&kind=state&ordering=-name"
        )
        elapsed, _, lines = _export(client, "/api/v1/actors/export/?format=ndjson", trace=False)
        _, peak, _ = _export(client, "/api/v1/actors/export/?format=ndjson", trace=True)
        _, small_peak, _ = _export(client, "/api/v1/actors/export/?format=ndjson&kind=person", trace=True)
        result["export"] = {
            "rows": lines,
            "ms": elapsed,
            "peak_python_kib": peak,
            "peak_python_kib_for_a_small_export": small_peak,
        }
        transaction.set_rollback(True)
    return result


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    figures = main(n)
    existing = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    existing[figures["vendor"]] = figures
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(existing, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
