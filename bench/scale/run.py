#!/usr/bin/env python
"""Scale benchmark for issue 14: every request of the issue's table, at two corpus scales,
measured interleaved through gunicorn over loopback, beside a raw-SQL floor.

    make bench-scale            (or: .venv/bin/python bench/scale/run.py [--rounds 7])

Needs the databases filled by bench/scale/generate.py (pactum_scale_10k, pactum_scale_200k).
For each scale it starts two gunicorn servers on 127.0.0.1: Pactum (config.wsgi with the
production settings, 2 sync workers) and the floor (bench/scale/floor.py, 2 sync workers).
Each round requests every endpoint once per scale, alternating scales, so drift on this
shared machine hits both alike; p50/p95 come from the rounds. Exports are timed separately,
a few times each, cut at --export-seconds (the full 1M-row Pactum export takes minutes),
and report rows/s and time to first byte; the raw COPY of the same query is the physical
limit. Results: bench/results/scale.json and bench/results/scale.md. Never a timed test.
"""

import argparse
import http.client
import json
import os
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RESULTS = ROOT / "bench" / "results"
PG = "postgresql://postgres@127.0.0.1:5432/pactum_scale_{scale}"
SCALES = ("10k", "200k")
PORTS = {"10k": (18110, 18111), "200k": (18120, 18121)}  # (pactum, floor)
# Redis db 12 unless SCALE_REDIS_URL says otherwise (parallel sessions use their own db).
REDIS_URL = os.environ.get("SCALE_REDIS_URL", "redis://127.0.0.1:6379/12")
QUERY = "military cooperation"
REQUEST_TIMEOUT = 120


# --- servers ------------------------------------------------------------------------------
def start_servers(scale: str) -> list[subprocess.Popen]:
    pactum_port, floor_port = PORTS[scale]
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    common = ["--workers", "2", "--worker-class", "sync", "--timeout", "90", "--log-level", "warning"]
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback; production sits behind TLS
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": PG.format(scale=scale),
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"pactum-scale-{scale}",
        "LOG_LEVEL": "WARNING",
        # one client walking 200 cursor pages is not abuse: the bench measures latency, and
        # the anonymous throttle (120/minute, issue 22) would answer 429 part-way
        "ANON_THROTTLE_RATE": "1000000/minute",
        # Each round repeats the same URLs: with the public response cache on, every round
        # after the first would time a cache read. This table measures the work; the cache
        # itself is measured by bench/scale/cache_bench.py (a miss after a write vs a hit).
        "PUBLIC_RESPONSE_CACHE_SECONDS": os.environ.get("PUBLIC_RESPONSE_CACHE_SECONDS", "0"),
    }
    pactum = subprocess.Popen(
        [gunicorn, *common, "--bind", f"127.0.0.1:{pactum_port}", "config.wsgi"], cwd=ROOT, env=env
    )
    floor_env = os.environ | {
        "FLOOR_DATABASE_URL": PG.format(scale=scale),
        "FLOOR_BASE_URL": f"http://127.0.0.1:{pactum_port}",
    }
    floor = subprocess.Popen(
        [gunicorn, *common, "--bind", f"127.0.0.1:{floor_port}", "--chdir", str(HERE), "floor:app"], env=floor_env
    )
    return [pactum, floor]


def wait_ready(port: int, path: str, deadline_s: float = 60) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        try:
            status, _, _ = fetch(port, path)
            if status < 500:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"server on port {port} did not come up")


# --- HTTP ---------------------------------------------------------------------------------
def fetch(port: int, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}", **(headers or {})})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def timed(port: int, path: str, headers: dict | None = None) -> tuple[float, int, int]:
    started = time.perf_counter()
    status, _, body = fetch(port, path, headers)
    return (time.perf_counter() - started) * 1000, status, len(body)


def stream(port: int, path: str, limit_s: float) -> dict:
    """Read an NDJSON stream until it ends or `limit_s` passes: rows, rows/s, first byte."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    started = time.perf_counter()
    conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
    response = conn.getresponse()
    first, rows, complete = None, 0, False
    while True:
        chunk = response.read1(1 << 16)
        now = time.perf_counter()
        if not chunk:
            complete = True
            break
        first = first if first is not None else now - started
        rows += chunk.count(b"\n")
        if now - started > limit_s:
            break
    elapsed = time.perf_counter() - started
    conn.close()
    return {
        "status": response.status,
        "rows": rows,
        "seconds": round(elapsed, 2),
        "rows_per_s": round(rows / elapsed),
        # Rows per second once streaming started: the overall rate of a cut run mostly
        # measures the wait for the first byte.
        "streaming_rows_per_s": round(rows / (elapsed - first)) if first and elapsed > first else None,
        "first_byte_ms": round((first or elapsed) * 1000),
        "complete": complete,
    }


def copy_rate(scale: str, limit_s: float) -> dict:
    """COPY (the floor's export query) TO STDOUT: what the database alone delivers."""
    sys.path.insert(0, str(HERE))
    from floor import EXPORT_SQL

    rows = 0
    # No `with connection`: a COPY cut at limit_s leaves the connection mid-command, and the
    # context manager's COMMIT on the way out fails ("another command is already in
    # progress"). Closing it is enough: COPY TO changes nothing.
    conn = psycopg.connect(PG.format(scale=scale), autocommit=True)
    try:
        cur = conn.cursor()
        started = time.perf_counter()
        first = None
        with cur.copy(f"COPY ({EXPORT_SQL}) TO STDOUT") as copy:
            for data in copy:
                first = first if first is not None else time.perf_counter() - started
                rows += bytes(data).count(b"\n")
                if time.perf_counter() - started > limit_s:
                    break
        elapsed = time.perf_counter() - started
    finally:
        conn.close()
    return {
        "rows": rows,
        "seconds": round(elapsed, 2),
        "rows_per_s": round(rows / elapsed),
        "first_byte_ms": round(first * 1000),
    }


# --- what to request ------------------------------------------------------------------------
def targets(scale: str) -> dict:
    """Identifiers picked from the data: the most mentioned actor, the most cited article."""
    with psycopg.connect(PG.format(scale=scale)) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT a.slug, count(*) FROM commentary_mention m JOIN actors_actor a ON a.id = m.actor_id "
            "GROUP BY a.slug ORDER BY 2 DESC LIMIT 1"
        )
        actor, actor_mentions = cur.fetchone()
        cur.execute(
            "SELECT t.slug || ':' || ar.number, count(*) FROM commentary_citation c "
            "JOIN treaties_article ar ON ar.id = c.article_id JOIN treaties_treaty t ON t.id = ar.treaty_id "
            "GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
        )
        article, article_citations = cur.fetchone()
        cur.execute(
            "SELECT t.slug FROM treaties_treaty t JOIN commentary_citation c ON c.treaty_id = t.id "
            "GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1"
        )
        treaty = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM commentary_takeaway")
        takeaways = cur.fetchone()[0]
    return {
        "actor": actor,
        "actor_mentions": actor_mentions,
        "article": article,
        "article_citations": article_citations,
        "treaty": treaty,
        "takeaways": takeaways,
    }


def cursor_page(port: int, page: int) -> str:
    """Follow `next` links to the page-th cursor page (cursor cost must not grow with depth)."""
    path = "/api/v1/takeaways/?cursor=&page_size=50"
    for _ in range(page - 1):
        status, _, body = fetch(port, path)
        if status != 200:
            raise SystemExit(f"cursor walk: {status} at {path}")
        parts = urlsplit(json.loads(body)["next"])
        path = f"{parts.path}?{parts.query}"
    return path


REQUESTS = (
    # key, label, path (formatted with the targets), floor path or None
    ("list", "takeaways list, page 1, 50 rows", "/api/v1/takeaways/?page_size=50", "/takeaways/?page_size=50"),
    (
        "filtered",
        "takeaways filtered by `cites_article` + `mentions`",
        "/api/v1/takeaways/?page_size=50&cites_article={article}&mentions={actor}",
        None,
    ),
    ("q", "takeaways `?q=military cooperation`", "/api/v1/takeaways/?page_size=50&q=military+cooperation", None),
    ("search", "`/search/?q=` same words", "/api/v1/search/?q=military+cooperation", None),
    ("treaty", "treaty detail", "/api/v1/treaties/{treaty}/", "/treaties/{treaty}/"),
    ("cursor200", "cursor page 200 (50 rows)", "{cursor200}", None),
    ("deep", "deep page number (`page=2000` at 200k, `page=100` at 10k: same depth)", "{deep}", None),
    ("comentions", "co-mentions of the most mentioned actor", "/api/v1/actors/{actor}/co-mentions/", None),
    ("revalidate", "list with a matching `If-None-Match` (304)", "/api/v1/takeaways/?page_size=50", None),
)


def prepare(scale: str) -> dict:
    port = PORTS[scale][0]
    t = targets(scale)
    t["cursor200"] = cursor_page(port, 200)
    t["deep"] = f"/api/v1/takeaways/?page_size=50&page={t['takeaways'] // 100}"
    paths = {key: path.format(**t) for key, _, path, _ in REQUESTS}
    fetch(port, paths["list"])  # the first request after start-up may create the change counter
    status, headers, body = fetch(port, paths["list"])
    t["etag"] = headers.get("ETag")
    t["paths"] = paths
    # The floor must produce Pactum's bytes, or its figure is no floor.
    _, _, floor_body = fetch(PORTS[scale][1], "/takeaways/?page_size=50")
    t["floor_list_identical"] = floor_body == body
    if floor_body != body:
        t["floor_list_equal_json"] = json.loads(floor_body) == json.loads(body)
    _, _, treaty_body = fetch(port, paths["treaty"])
    _, _, floor_treaty = fetch(PORTS[scale][1], f"/treaties/{t['treaty']}/")
    t["floor_treaty_identical"] = floor_treaty == treaty_body
    _, _, export_head = fetch_head(port, "/api/v1/mentions/export/?format=ndjson", 3)
    _, _, floor_head = fetch_head(PORTS[scale][1], "/mentions/export/", 3)
    t["floor_export_first_lines_identical"] = export_head == floor_head
    return t


def fetch_head(port: int, path: str, lines: int) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    conn.request("GET", path, headers={"Host": f"127.0.0.1:{port}"})
    response = conn.getresponse()
    data = b""
    while data.count(b"\n") < lines:
        chunk = response.read1(1 << 16)
        if not chunk:
            break
        data += chunk
    conn.close()
    return response.status, {}, b"\n".join(data.split(b"\n")[:lines])


# --- measuring --------------------------------------------------------------------------------
def summary(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": round(statistics.median(ordered), 1), "p95_ms": round(p95, 1), "n": len(ordered)}


def measure(rounds: int, prepared: dict) -> dict:
    floors = {f"{key}_floor": [] for key, _, _, floor_path in REQUESTS if floor_path}
    samples = {scale: {key: [] for key, *_ in REQUESTS} | {k: [] for k in floors} for scale in SCALES}
    sizes: dict = {scale: {} for scale in SCALES}
    for r in range(rounds + 1):  # round 0 warms caches and connections, and is dropped
        for key, _, _, floor_path in REQUESTS:
            for scale in SCALES if r % 2 else reversed(SCALES):
                port, t = PORTS[scale][0], prepared[scale]
                headers = {"If-None-Match": t["etag"]} if key == "revalidate" else None
                ms, status, size = timed(port, t["paths"][key], headers)
                # Page numbers stop at 10,000 rows since issue 14: the deep page is a 400.
                expected = {"revalidate": (304,), "deep": (200, 400)}.get(key, (200,))
                if status not in expected:
                    raise SystemExit(f"{scale} {key}: {status} (expected {expected}) for {t['paths'][key]}")
                if r:
                    samples[scale][key].append(ms)
                sizes[scale][key] = size
                if floor_path:
                    ms, status, _ = timed(PORTS[scale][1], floor_path.format(**t))
                    if r:
                        samples[scale][f"{key}_floor"].append(ms)
        print(f"round {r}/{rounds} done", file=sys.stderr)
    return {
        scale: {key: summary(v) | {"bytes": sizes[scale].get(key)} for key, v in per.items()}
        for scale, per in samples.items()
    }


def measure_exports(repeats: int, limit_s: float) -> dict:
    out: dict = {}
    for scale in SCALES:
        pactum, floor = PORTS[scale]
        runs = {"pactum": [], "floor": [], "copy": []}
        for _ in range(repeats):
            runs["pactum"].append(stream(pactum, "/api/v1/mentions/export/?format=ndjson", limit_s))
            runs["floor"].append(stream(floor, "/mentions/export/", limit_s))
            runs["copy"].append(copy_rate(scale, limit_s))
        out[scale] = {
            name: {
                "rows_per_s": statistics.median(r["rows_per_s"] for r in rs),
                "first_byte_ms": statistics.median(r["first_byte_ms"] for r in rs),
                "runs": rs,
            }
            for name, rs in runs.items()
        }
        print(f"exports {scale} done", file=sys.stderr)
    return out


# --- report ---------------------------------------------------------------------------------
def _streaming(export: dict) -> str:
    rates = [r["streaming_rows_per_s"] for r in export["runs"] if r.get("streaming_rows_per_s")]
    return f"{statistics.median(rates):,.0f}" if rates else "n/a"


def markdown(report: dict) -> str:
    lat, exp = report["latency"], report["exports"]
    lines = [
        "# Scale benchmark (issue 14)",
        "",
        f"Generated by `make bench-scale` on {report['when']}; {report['rounds']} interleaved rounds per request "
        "(after one warm-up round), gunicorn 2 sync workers per server, PostgreSQL 15, loopback HTTP.",
        "",
        "| request | 10k p50 | 10k p95 | 200k p50 | 200k p95 | growth (p50) | 200k body |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, label, _, _ in REQUESTS:
        a, b = lat["10k"][key], lat["200k"][key]
        growth = b["p50_ms"] / a["p50_ms"] if a["p50_ms"] else float("nan")
        row = f"| {label} | {a['p50_ms']:,} ms | {a['p95_ms']:,} ms | {b['p50_ms']:,} ms | {b['p95_ms']:,} ms "
        lines.append(row + f"| {growth:.1f}× | {b['bytes']:,} B |")
    lines += [
        "",
        "Exports of the mentions (NDJSON), each cut at "
        f"{report['export_seconds']} s; medians of {report['export_repeats']} runs:",
        "",
    ]
    lines += [
        "| export | 10k rows/s (streaming) | 10k first byte | 200k rows/s (streaming) | 200k first byte |",
        "|---|---|---|---|---|",
    ]
    for name, label in (
        ("pactum", "Pactum `/mentions/export/`"),
        ("floor", "floor (psycopg + orjson)"),
        ("copy", "raw `COPY (same query) TO STDOUT`"),
    ):
        a, b = exp["10k"][name], exp["200k"][name]
        lines.append(
            f"| {label} | {a['rows_per_s']:,.0f} ({_streaming(a)}) | {a['first_byte_ms']:,.0f} ms | "
            f"{b['rows_per_s']:,.0f} ({_streaming(b)}) | {b['first_byte_ms']:,.0f} ms |"
        )
    lines += ["", "Pactum against the floor (same JSON bytes; throughput ratio = floor time / Pactum time):", ""]
    lines += ["| request | scale | Pactum p50 | floor p50 | Pactum/floor throughput |", "|---|---|---|---|---|"]
    for scale in SCALES:
        p, f = lat[scale]["list"]["p50_ms"], lat[scale]["list_floor"]["p50_ms"]
        lines.append(f"| takeaways list, 50 rows | {scale} | {p:,} ms | {f:,} ms | {f / p:.2f} |")
        p, f = lat[scale]["treaty"]["p50_ms"], lat[scale]["treaty_floor"]["p50_ms"]
        lines.append(f"| treaty detail (rendered: public cache off) | {scale} | {p:,} ms | {f:,} ms | {f / p:.2f} |")
        p, f = exp[scale]["pactum"]["rows_per_s"], exp[scale]["floor"]["rows_per_s"]
        c = exp[scale]["copy"]["rows_per_s"]
        lines.append(f"| mention export | {scale} | {p:,} rows/s | {f:,} rows/s | {p / f:.3f} (COPY: {c:,} rows/s) |")
    lines += ["", "Targets picked from the data:", ""]
    for scale in SCALES:
        t = report["targets"][scale]
        lines.append(
            f"- {scale}: actor `{t['actor']}` ({t['actor_mentions']:,} mentions), article `{t['article']}` "
            f"({t['article_citations']:,} citations), treaty `{t['treaty']}`; floor list bytes identical: "
            f"{t['floor_list_identical']}, first export lines identical: {t['floor_export_first_lines_identical']}, "
            f"treaty detail bytes identical: {t['floor_treaty_identical']}"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    global SCALES
    parser = argparse.ArgumentParser(description="Scale benchmark (issue 14)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--export-seconds", type=float, default=45.0)
    parser.add_argument("--export-repeats", type=int, default=2)
    parser.add_argument("--scales", default=",".join(SCALES), help="for a quick check: --scales 10k")
    args = parser.parse_args()
    SCALES = tuple(args.scales.split(","))
    servers = []
    try:
        for scale in SCALES:
            servers += start_servers(scale)
        for scale in SCALES:
            wait_ready(PORTS[scale][0], "/api/v1/")
            wait_ready(PORTS[scale][1], "/takeaways/?page_size=1")
        prepared = {scale: prepare(scale) for scale in SCALES}
        latency = measure(args.rounds, prepared)
        exports = measure_exports(args.export_repeats, args.export_seconds)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
    report = {
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "rounds": args.rounds,
        "export_seconds": args.export_seconds,
        "export_repeats": args.export_repeats,
        "targets": {s: {k: v for k, v in t.items() if k != "etag"} for s, t in prepared.items()},
        "latency": latency,
        "exports": exports,
    }
    if len(SCALES) < 2:
        print(json.dumps(report, indent=2, default=str))
        return 0
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale.json").write_text(json.dumps(report, indent=2, default=str) + "\n")
    (RESULTS / "scale.md").write_text(markdown(report))
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
