#!/usr/bin/env python
"""Capture the SQL Pactum runs for each scale-benchmark request and EXPLAIN the slow ones.

    .venv/bin/python bench/scale/explain.py [--scale 200k] [--min-ms 20] [--only filtered,q]

Runs each request of bench/scale/run.py in-process (Django test client, production
settings), records every query with its duration (CaptureQueriesContext), then runs
EXPLAIN (ANALYZE, BUFFERS) for each query slower than --min-ms. The export is read for its
first EXPORT_ROWS rows only, and profiled (cProfile, top functions by own time) so the
Python share is visible. Output: bench/results/scale-plans-<scale>.md (diagnosis material
for docs/performance.md).
"""

import argparse
import cProfile
import io
import os
import pstats
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
EXPORT_ROWS = 5_000


def setup(scale: str) -> None:
    os.environ.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(48),
        ALLOWED_HOSTS="testserver,127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/pactum_scale_{scale}",
        REDIS_URL=os.environ.get("SCALE_REDIS_URL", "redis://127.0.0.1:6379/12"),
        CACHE_KEY_PREFIX=f"pactum-explain-{scale}",
        LOG_LEVEL="WARNING",
    )
    import django

    django.setup()


def paths(scale: str) -> dict[str, str]:
    import run

    t = run.targets(scale)
    t["cursor200"] = "/api/v1/takeaways/?cursor=&page_size=50"  # the walk is measured by run.py
    t["deep"] = f"/api/v1/takeaways/?page_size=50&page={t['takeaways'] // 100}"
    out = {key: path.format(**t) for key, _, path, _ in run.REQUESTS if key not in ("cursor200", "revalidate")}
    out["export"] = "/api/v1/mentions/export/?format=ndjson"
    return out


def capture(client, path: str):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        started = time.perf_counter()
        response = client.get(path)
        if response.streaming:
            rows = 0
            for chunk in response.streaming_content:
                rows += chunk.count(b"\n")
                if rows >= EXPORT_ROWS:
                    break
            response.close()
        elapsed = (time.perf_counter() - started) * 1000
    return response.status_code, elapsed, list(ctx.captured_queries)


def explain(sql: str) -> str:
    from django.db import connection

    if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
        return "(not a SELECT)"
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


def profile_export(client, path: str) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    response = client.get(path)
    rows = 0
    for chunk in response.streaming_content:
        rows += chunk.count(b"\n")
        if rows >= EXPORT_ROWS:
            break
    response.close()
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(12)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="200k")
    parser.add_argument("--min-ms", type=float, default=20.0)
    parser.add_argument("--only", default="")
    parser.add_argument("--out", default="", help="output file (default bench/results/scale-plans-<scale>.md)")
    args = parser.parse_args()
    setup(args.scale)
    from django.test import Client

    client = Client()
    selected = paths(args.scale)
    if args.only:
        selected = {k: v for k, v in selected.items() if k in args.only.split(",")}
    lines = [f"# SQL of the scale requests at {args.scale} (bench/scale/explain.py)", ""]
    for key, path in selected.items():
        capture(client, path)  # warm
        status, elapsed, queries = capture(client, path)
        total = sum(float(q["time"]) for q in queries) * 1000
        lines += [
            f"## {key}: `{path}`",
            "",
            f"HTTP {status}, {elapsed:.0f} ms in-process, {len(queries)} queries, {total:.0f} ms in SQL.",
            "",
        ]
        for q in queries:
            ms = float(q["time"]) * 1000
            lines.append(f"- {ms:.1f} ms: `{q['sql'][:160]}`")
        for q in queries:
            if float(q["time"]) * 1000 >= args.min_ms and key != "export":
                lines += ["", "```sql", q["sql"], "```", "", "```", explain(q["sql"]), "```"]
        if key == "export":
            lines += ["", "```sql", queries[0]["sql"] if queries else "", "```", ""]
            lines += [f"Profile of the first {EXPORT_ROWS} rows:", "", "```", profile_export(client, path), "```"]
        lines.append("")
        print(f"{key}: {elapsed:.0f} ms, {len(queries)} queries", file=sys.stderr)
    out = Path(args.out) if args.out else ROOT / "bench" / "results" / f"scale-plans-{args.scale}.md"
    out.write_text("\n".join(lines) + "\n")
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
