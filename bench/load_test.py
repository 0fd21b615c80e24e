#!/usr/bin/env python
"""Bounded load test against a running Pactum (a script, never a timed unit test).

    python bench/load_test.py [--url http://127.0.0.1:8311] [--connections 200] [--duration 60]
                              [--timeout 10] [--out bench/results/load.json] [--path /api/v1/... ...]

Opens N keep-alive HTTP/1.1 connections (asyncio streams, standard library only) and keeps
one request in flight on each for the whole duration, cycling through a mix of public
reads (lists, details, search, the API root), or only the given --path values (repeatable:
capacity of one request, such as the takeaway list). Each request has a client time-out; a
time-out closes the connection and opens a new one, as a real client would.

Counted separately:
- ok: 2xx/3xx;
- shed: 503 with Retry-After from the load shedder (urn:pactum:problem:overloaded) —
  retryable by design, reported apart from errors; the client then waits Retry-After
  seconds before its next request, as a well-behaved client does;
- errors: any other status >= 400, and connection failures;
- timeouts: no complete response within --timeout seconds.

Writes throughput, latency percentiles (of completed responses) and the counts to
--out, with the server configuration passed in --label (the numbers mean little without it).
"""

import argparse
import asyncio
import itertools
import json
import os
import statistics
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent


def build_paths(base: str) -> list[str]:
    """A mix of public reads, with real slugs from the running server."""

    def slugs(resource: str, n: int) -> list[str]:
        with urllib.request.urlopen(f"{base}/api/v1/{resource}/?page_size={n}", timeout=30) as response:
            return [row["slug"] for row in json.loads(response.read())["results"]]

    paths = [
        "/api/v1/",
        "/api/v1/treaties/",
        "/api/v1/actors/",
        "/api/v1/actors/?kind=state",
        "/api/v1/articles/?page_size=10",
        "/api/v1/takeaways/",
        "/api/v1/experts/",
        "/api/v1/publications/",
        "/api/v1/search/?q=treaty",
        "/api/v1/search/?q=nuclear+weapons",
    ]
    paths += [f"/api/v1/treaties/{slug}/" for slug in slugs("treaties", 5)]
    paths += [f"/api/v1/actors/{slug}/" for slug in slugs("actors", 5)]
    paths += [f"/api/v1/takeaways/{slug}/" for slug in slugs("takeaways", 3)]
    return paths


class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.statuses: dict[int, int] = {}
        self.ok = self.shed = self.errors = self.timeouts = self.connection_errors = 0
        self.bytes = 0


async def read_response(reader: asyncio.StreamReader) -> tuple[int, dict, bytes]:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("connection closed by the server")
    status = int(status_line.split()[1])
    headers: dict[str, str] = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = b""
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            if size == 0:
                await reader.readline()
                break
            body += await reader.readexactly(size)
            await reader.readline()
    else:
        body = await reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers, body


async def client(host: str, port: int, paths, stats: Stats, deadline: float, timeout: float) -> None:
    reader = writer = None
    while time.monotonic() < deadline:
        path = next(paths)
        started = time.monotonic()
        try:
            if writer is None:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
            request = f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n"
            writer.write(request.encode())
            status, headers, body = await asyncio.wait_for(read_response(reader), timeout)
        except TimeoutError:
            stats.timeouts += 1
            writer and writer.close()
            reader = writer = None
            continue
        except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError, IndexError):
            stats.connection_errors += 1
            writer and writer.close()
            reader = writer = None
            await asyncio.sleep(0.05)
            continue
        elapsed = time.monotonic() - started
        if time.monotonic() > deadline + timeout:
            break
        stats.latencies.append(elapsed)
        stats.statuses[status] = stats.statuses.get(status, 0) + 1
        stats.bytes += len(body)
        if status < 400:
            stats.ok += 1
        elif status == 503 and b"urn:pactum:problem:overloaded" in body and "retry-after" in headers:
            stats.shed += 1
            # A well-behaved client waits as asked before its next request.
            await asyncio.sleep(min(float(headers["retry-after"]), max(0.0, deadline - time.monotonic())))
        else:
            stats.errors += 1
        if headers.get("connection", "").lower() == "close":
            writer.close()
            reader = writer = None
    if writer is not None:
        writer.close()


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, max(0, round(q * len(sorted_values)) - 1))
    return sorted_values[index]


async def run(args) -> dict:
    parts = urlsplit(args.url)
    paths = args.path or build_paths(args.url)
    stats = Stats()
    load_before = os.getloadavg()
    started = time.monotonic()
    deadline = started + args.duration
    cycle = itertools.cycle(paths)
    host, port = parts.hostname, parts.port or 80
    await asyncio.gather(*(client(host, port, cycle, stats, deadline, args.timeout) for _ in range(args.connections)))
    wall = time.monotonic() - started
    load_after = os.getloadavg()
    latencies = sorted(stats.latencies)
    completed = len(latencies)
    return {
        "label": args.label,
        "url": args.url,
        "connections": args.connections,
        "duration_s": args.duration,
        "wall_s": round(wall, 1),
        "client_timeout_s": args.timeout,
        "paths": len(paths),
        "completed": completed,
        "throughput_rps": round(completed / wall, 1),
        "ok": stats.ok,
        "shed_503": stats.shed,
        "errors": stats.errors + stats.connection_errors,
        "connection_errors": stats.connection_errors,
        "timeouts": stats.timeouts,
        "statuses": {str(k): v for k, v in sorted(stats.statuses.items())},
        "latency_ms": {
            "p50": round(percentile(latencies, 0.50) * 1000, 1),
            "p90": round(percentile(latencies, 0.90) * 1000, 1),
            "p95": round(percentile(latencies, 0.95) * 1000, 1),
            "p99": round(percentile(latencies, 0.99) * 1000, 1),
            "max": round((latencies[-1] if latencies else 0) * 1000, 1),
            "mean": round(statistics.fmean(latencies) * 1000, 1) if latencies else 0,
        },
        "mb_received": round(stats.bytes / 1e6, 1),
        # The machine's 1-minute load average (client and server share it), before and after.
        "load_average_1m": [round(load_before[0], 1), round(load_after[0], 1)],
        "cpus": os.cpu_count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8311")
    parser.add_argument("--connections", type=int, default=200)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--label", default="")
    parser.add_argument("--path", action="append", default=[], help="request only these paths (repeatable)")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "load.json"))
    args = parser.parse_args()
    result = asyncio.run(run(args))
    print(json.dumps(result, indent=2))
    if args.out != "-":
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
