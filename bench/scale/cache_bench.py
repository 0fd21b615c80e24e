#!/usr/bin/env python
"""The public response cache at scale (issue 14: "a cache hit must be at least 10x cheaper
than a miss"): for each request, the first read after a write (a miss) against the next
identical read (a hit), through gunicorn over loopback, on the 200k corpus.

    .venv/bin/python bench/scale/cache_bench.py [--scale 200k] [--rounds 9]

Needs the database filled by bench/scale/generate.py and Redis (db 12 unless
SCALE_REDIS_URL). Each round moves the change counter first, as any editorial write does
(an INCR of the same Redis key, through Django's cache with the server's key prefix), so
the next request is a miss; then it repeats the request (a hit). The miss includes
everything a first reader pays; the hit is the counter read plus one cache read. Results:
bench/results/public-cache.json and .md, with the load average. Never a timed test.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

import run as scale_run  # noqa: E402  (bench/scale/run.py: servers, HTTP, targets)

RESULTS = ROOT / "bench" / "results"
REQUESTS = (
    ("list", "takeaways list, page 1, 50 rows", "/api/v1/takeaways/?page_size=50"),
    (
        "filtered",
        "takeaways by `cites_article` + `mentions`",
        "/api/v1/takeaways/?page_size=50&cites_article={article}&mentions={actor}",
    ),
    ("q", "takeaways `?q=military cooperation`", "/api/v1/takeaways/?page_size=50&q=military+cooperation"),
    ("treaty", "treaty detail", "/api/v1/treaties/{treaty}/"),
    ("group", "mentions `group_by=actor`", "/api/v1/mentions/?group_by=actor"),
)


def bump_counter(scale: str) -> None:
    """What every content write does to the change counter (core.changes): INCR in Redis."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
    os.environ["REDIS_URL"] = scale_run.REDIS_URL
    os.environ["CACHE_KEY_PREFIX"] = f"pactum-scale-{scale}"
    import django

    django.setup()
    from core import changes

    changes.bump()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", default="200k")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    scale = args.scale
    os.environ["PUBLIC_RESPONSE_CACHE_SECONDS"] = "600"  # the production default, on
    port = scale_run.PORTS[scale][0]
    servers = scale_run.start_servers(scale)
    try:
        scale_run.wait_ready(port, "/api/v1/")
        t = scale_run.targets(scale)
        paths = {key: path.format(**t) for key, _, path in REQUESTS}
        for path in paths.values():  # warm connections and plans; not measured
            scale_run.fetch(port, path)
        samples = {key: {"miss": [], "hit": []} for key in paths}
        samples_floor: list[float] = []
        for r in range(args.rounds):
            for key, path in paths.items():
                bump_counter(scale)
                for kind in ("miss", "hit"):
                    ms, status, _ = scale_run.timed(port, path)
                    if status != 200:
                        raise SystemExit(f"{key} {kind}: {status} for {path}")
                    samples[key][kind].append(ms)
            for _ in range(3):  # the cheapest answer the server gives: what any hit must also pay
                samples_floor.append(scale_run.timed(port, "/healthz")[0])
            print(f"round {r + 1}/{args.rounds} done", file=sys.stderr)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
    rows = {}
    for key, label, _ in REQUESTS:
        miss, hit = statistics.median(samples[key]["miss"]), statistics.median(samples[key]["hit"])
        rows[key] = {
            "label": label,
            "path": paths[key],
            "miss_p50_ms": round(miss, 1),
            "hit_p50_ms": round(hit, 1),
            "ratio": round(miss / hit, 1),
            "samples": samples[key],
        }
    report = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "scale": scale,
        "rounds": args.rounds,
        "load_average_1m_at_end": round(os.getloadavg()[0], 2),
        "requests": rows,
        "healthz_p50_ms": round(statistics.median(samples_floor), 1),
    }
    lines = [
        "# Public response cache: a miss after a write against the next read (issue 14)",
        "",
        f"`bench/scale/cache_bench.py` on {report['when']}, {scale} corpus, {args.rounds} rounds, gunicorn "
        "(2 sync workers, production settings, Redis), loopback HTTP; "
        f"load average {report['load_average_1m_at_end']}.",
        "",
        "| request | miss p50 | hit p50 | miss / hit |",
        "|---|---|---|---|",
    ]
    for row in rows.values():
        lines.append(f"| {row['label']} | {row['miss_p50_ms']} ms | {row['hit_p50_ms']} ms | {row['ratio']}× |")
    lines += [
        "",
        f"For scale: `GET /healthz` (no database, no cache, the whole middleware stack) takes "
        f"{report['healthz_p50_ms']} ms p50 on the same server; a hit cannot cost less than that.",
    ]
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "public-cache.json").write_text(json.dumps(report, indent=2) + "\n")
    (RESULTS / "public-cache.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
