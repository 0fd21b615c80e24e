#!/usr/bin/env python
"""Schema endpoint benchmark: time GET /api/v1/schema/ generated (the behaviour before the
per-process cache, forced by emptying the cache) and cached, in YAML and JSON.

    python bench/schema_bench.py        (needs no data; writes bench/results/schema.json)

Never a timed test: figures depend on the machine (2 shared cores when first measured).
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
# Every request comes from one address: lift the rate limits, or the bench measures 429s.
os.environ.setdefault("ANON_THROTTLE_RATE", "1000000/minute")
os.environ.setdefault("TOKEN_THROTTLE_RATE", "1000000/minute")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402

from api.schema_view import CachedSchemaView  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "schema.json"
REPEATS = 5
FORMATS = {"yaml": "application/vnd.oai.openapi", "json": "application/vnd.oai.openapi+json"}


def _time(client: Client, accept: str, *, cold: bool) -> tuple[float, int]:
    if cold:
        CachedSchemaView._rendered.clear()
    started = time.perf_counter()
    response = client.get("/api/v1/schema/", HTTP_ACCEPT=accept)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, response.status_code
    return elapsed * 1000, len(response.content)


def main() -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    result = {}
    for name, accept in FORMATS.items():
        generated = [_time(client, accept, cold=True) for _ in range(REPEATS)]
        cached = [_time(client, accept, cold=False) for _ in range(REPEATS)]
        result[name] = {
            "bytes": generated[0][1],
            "generated_ms_median": round(statistics.median(ms for ms, _ in generated), 1),
            "cached_ms_median": round(statistics.median(ms for ms, _ in cached), 2),
        }
        print(f"{name}: {result[name]}")
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
