#!/usr/bin/env python
"""Research-query benchmark: p50 of group_by and the actor network on the current database.

    DATABASE_URL=postgres://.../pactum_scale_200k python bench/research_bench.py

Whole requests through the Django test client, anonymous, read only. Results go to
bench/results/research.json with the machine's load average (a shared 2-core machine
inflates every figure). Never a timed test.
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

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "research.json"
REPEATS = 5
PATHS = [
    "/api/v1/mentions/?group_by=actor",
    "/api/v1/mentions/?group_by=expert,actor",
    "/api/v1/takeaways/?group_by=topic",
    "/api/v1/treaties/?group_by=party",
    "/api/v1/network/actors/?max_nodes=50&max_edges=200",
]


def main() -> None:
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    report = {"database": connection.settings_dict["NAME"], "load_average_1m": os.getloadavg()[0], "paths": {}}
    for path in PATHS:
        samples = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            response = client.get(path)
            samples.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.content[:500]
        report["paths"][path] = {"p50_ms": round(statistics.median(samples), 1), "min_ms": round(min(samples), 1)}
        print(path, report["paths"][path], flush=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
