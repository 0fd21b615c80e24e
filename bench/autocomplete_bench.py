#!/usr/bin/env python
"""Autocomplete benchmark: p50/p95 of GET /api/v1/autocomplete/ on the current database.

    DATABASE_URL=postgres://.../pactum_scale_200k python bench/autocomplete_bench.py

Runs the whole request (Django test client, anonymous) for a set of typed prefixes, first
as the database is, then with the trigram indexes of the autocomplete migrations created
(core/trigrams.py) inside a transaction that is rolled back, so a shared benchmark database is left as it
was. Results go to bench/results/autocomplete.json. Never a timed test.
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

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402

from core.trigrams import trigram_indexes  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "autocomplete.json"
QUERIES = ["k", "ki", "kim", "kim jong", "kim jung", "rus", "treaty", "dprk", "mutual", "zz", "stimson", "vlad"]
REPEATS = 15
INDEXES = {
    "actors_actor": ("name", "short_name"),
    "actors_actoralias": ("name",),
    "actors_event": ("name",),
    "treaties_treaty": ("title", "short_title"),
    "commentary_expert": ("name",),
    "commentary_publication": ("title",),
    "commentary_topic": ("name",),
}


def _server_ms(q: str) -> float:
    """EXPLAIN ANALYZE execution time of the autocomplete SQL: the database's share, which
    the machine's load inflates far less than the round trips around it."""
    from api.v1.autocomplete import (
        TARGETS,
        TYPO_MIN_CHARS,
        TYPO_SETTINGS_SQL,
        TYPO_THRESHOLD,
        autocomplete_sql,
        trigrams_available,
    )

    sql, params = autocomplete_sql(q=q, types=list(TARGETS), published_only=True, limit=10)
    with transaction.atomic(), connection.cursor() as cursor:
        if len(q) >= TYPO_MIN_CHARS and trigrams_available():
            cursor.execute(TYPO_SETTINGS_SQL, [TYPO_THRESHOLD])
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return round(plan[0]["Execution Time"], 3)


def _floor(client: Client) -> float:
    """p50 of the cheapest API request (the provision-type vocabulary, one small query)."""
    samples = []
    for _ in range(REPEATS * 3):
        start = time.perf_counter()
        client.get("/api/v1/provision-types/", {"page_size": 1})
        samples.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(samples), 2)


def _time(client: Client) -> dict:
    per_query, everything = {}, []
    for q in QUERIES:
        client.get("/api/v1/autocomplete/", {"q": q})  # warm the plan and caches
        samples = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            response = client.get("/api/v1/autocomplete/", {"q": q})
            samples.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, response.content
        per_query[q] = {
            "p50_ms": round(statistics.median(samples), 2),
            "hits": len(response.json()["results"]),
            "sql_execution_ms": _server_ms(q) if connection.vendor == "postgresql" else None,
        }
        everything += samples
    everything.sort()
    server = [v["sql_execution_ms"] for v in per_query.values() if v["sql_execution_ms"] is not None]
    return {
        "p50_ms": round(statistics.median(everything), 2),
        "sql_execution_p50_ms": round(statistics.median(server), 3) if server else None,
        "floor_request_p50_ms": _floor(client),
        "p95_ms": round(everything[int(len(everything) * 0.95)], 2),
        "queries": per_query,
    }


def main() -> None:
    settings.ALLOWED_HOSTS = ["*"]
    client = Client()
    report = {
        "database": connection.settings_dict["NAME"],
        "vendor": connection.vendor,
        "load_average_1m": os.getloadavg()[0],
        "cores": os.cpu_count(),
    }
    report["as_is"] = _time(client)
    if connection.vendor == "postgresql":
        with transaction.atomic():
            # the autocomplete migrations' own operation, inside the rolled-back transaction
            trigram_indexes(INDEXES).code(apps, connection.schema_editor(atomic=False))
            with connection.cursor() as cursor:
                for table in INDEXES:
                    cursor.execute(f"ANALYZE {table}")
            from api.v1 import autocomplete

            autocomplete._trigram_state.clear()
            report["with_trigram_indexes"] = _time(client)
            transaction.set_rollback(True)
        autocomplete._trigram_state.clear()
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    print(
        json.dumps(
            {
                k: v if not isinstance(v, dict) else {"p50_ms": v["p50_ms"], "p95_ms": v["p95_ms"]}
                for k, v in report.items()
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
