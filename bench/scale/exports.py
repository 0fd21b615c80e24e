#!/usr/bin/env python
"""Export benchmark (issue 14, docs/performance.md section 5): the NDJSON exports of
mentions, citations, claims and takeaways through gunicorn, for this tree and optionally a
baseline checkout, interleaved, on one scale database.

    .venv/bin/python bench/scale/exports.py --database-url postgres://.../pactum_scale_200k \
        [--baseline /path/to/checkout-of-main] [--repeats 2] [--seconds 120]

Each server is gunicorn with the production settings (2 sync workers, as bench/scale/run.py
starts them, with a timeout above --seconds) and the anonymous throttle lifted. Per export:
rows, rows/s (overall and once streaming), time to first byte, whether the trailer arrived,
the serving worker's peak RSS (sampled every 50 ms from /proc) and CPU seconds (rows per
CPU second hold steadier than rows per second on a shared machine), and the load average
before and after. The raw COPY of the mention query is the physical limit.
Results: bench/results/exports.json. Never a timed test.
"""

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import stream, wait_ready  # noqa: E402

RESOURCES = ("mentions", "citations", "claims", "takeaways")
PORTS = {"pactum": 18130, "baseline": 18131}


def start(tree: Path, port: int, database_url: str, redis_url: str, timeout_s: float) -> subprocess.Popen:
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CACHE_KEY_PREFIX": f"bench-exports-{port}",
        "LOG_LEVEL": "WARNING",
        "ANON_THROTTLE_RATE": "1000000/minute",  # one client, many long requests: not abuse
    }
    command = [gunicorn, "--workers", "2", "--worker-class", "sync", "--timeout", str(int(timeout_s))]
    command += ["--log-level", "warning", "--bind", f"127.0.0.1:{port}", "config.wsgi"]
    return subprocess.Popen(command, cwd=tree, env=env)


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_s(pid: int) -> float:
    """User plus system CPU seconds of a process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _workers(master: int) -> list[int]:
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        return []
    return [int(pid) for pid in children]


def measured(server: subprocess.Popen, port: int, path: str, limit_s: float) -> dict:
    """One export, with the peak RSS of the busiest worker while it ran."""
    workers = _workers(server.pid)
    before = {pid: _rss_kib(pid) for pid in workers}
    cpu_before = {pid: _cpu_s(pid) for pid in workers}
    peak = dict(before)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for pid in workers:
                peak[pid] = max(peak[pid], _rss_kib(pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    load_before = os.getloadavg()[0]
    sampler.start()
    try:
        result = stream(port, path, limit_s)
    finally:
        done.set()
        sampler.join()
    cpu = {pid: _cpu_s(pid) - cpu_before[pid] for pid in workers}
    busiest = max(workers, key=lambda pid: cpu[pid]) if workers else None
    return result | {
        # the serving worker's own CPU time: rows per CPU second hold steadier than rows
        # per second on a machine shared with other work
        "worker_cpu_s": round(cpu[busiest], 2) if busiest else None,
        "rows_per_cpu_s": round(result["rows"] / cpu[busiest]) if busiest and cpu[busiest] else None,
        "peak_rss_mib": round(peak[busiest] / 1024, 1) if busiest else None,
        "rss_before_mib": round(before[busiest] / 1024, 1) if busiest else None,
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }


def copy_rate(database_url: str, limit_s: float) -> dict:
    """COPY of the floor's mention export query: what the database alone delivers."""
    import psycopg
    from floor import EXPORT_SQL

    conn = psycopg.connect(database_url.replace("postgres://", "postgresql://", 1), autocommit=True)
    rows, first = 0, None
    try:
        started = time.perf_counter()
        with conn.cursor().copy(f"COPY ({EXPORT_SQL}) TO STDOUT") as copy:
            for data in copy:
                first = first if first is not None else time.perf_counter() - started
                rows += bytes(data).count(b"\n")
                if time.perf_counter() - started > limit_s:
                    break
        elapsed = time.perf_counter() - started
    finally:
        conn.close()
    return {"rows": rows, "seconds": round(elapsed, 2), "rows_per_s": round(rows / elapsed)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--redis-url", default=os.environ.get("SCALE_REDIS_URL", "redis://127.0.0.1:6379/12"))
    parser.add_argument("--baseline", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=120.0, help="cut each export after this long")
    parser.add_argument("--resources", nargs="+", default=list(RESOURCES), choices=RESOURCES)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "exports.json")
    args = parser.parse_args()

    trees = {"pactum": ROOT} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    servers = {
        name: start(tree, PORTS[name], args.database_url, args.redis_url, args.seconds + 60)
        for name, tree in trees.items()
    }
    try:
        for name in servers:
            wait_ready(PORTS[name], "/api/v1/")
        runs: dict = {name: {resource: [] for resource in args.resources} for name in servers}
        for repeat in range(args.repeats):
            for resource in args.resources:
                names = list(servers) if repeat % 2 == 0 else list(reversed(servers))
                for name in names:
                    path = f"/api/v1/{resource}/export/?format=ndjson"
                    result = measured(servers[name], PORTS[name], path, args.seconds)
                    runs[name][resource].append(result)
                    print(name, resource, json.dumps(result), file=sys.stderr, flush=True)
        copies = [copy_rate(args.database_url, args.seconds) for _ in range(args.repeats)]
    finally:
        for server in servers.values():
            server.terminate()
        for server in servers.values():
            server.wait(timeout=30)

    def median(results: list[dict], key: str):
        values = [r[key] for r in results if r.get(key) is not None]
        return statistics.median(values) if values else None

    summary = {
        name: {
            resource: {
                key: median(results, key)
                for key in (
                    "rows",
                    "rows_per_s",
                    "streaming_rows_per_s",
                    "first_byte_ms",
                    "peak_rss_mib",
                    "rows_per_cpu_s",
                    "load_before",
                )
            }
            | {"complete": all(r["complete"] for r in results)}
            for resource, results in per.items()
        }
        for name, per in runs.items()
    }
    report = {
        "database": args.database_url.rsplit("/", 1)[-1],
        "baseline": str(args.baseline) if args.baseline else None,
        "repeats": args.repeats,
        "cut_seconds": args.seconds,
        "summary": summary,
        "copy_mentions": {"rows_per_s": statistics.median(c["rows_per_s"] for c in copies), "runs": copies},
        "runs": runs,
    }
    args.out.parent.mkdir(exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report["summary"], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
