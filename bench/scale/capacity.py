#!/usr/bin/env python
"""Capacity at the scale corpus: requests/s and latency of one request at N concurrent clients.

    .venv/bin/python bench/scale/capacity.py [--scale 200k] [--clients 8,64] [--duration 30]
                                             [--port 18130] [--out bench/results/scale-capacity.json]

Starts Pactum as production runs it (`gunicorn -c config/gunicorn.conf.py config.wsgi`:
gthread workers, load shedding, production settings) against pactum_scale_<scale>, then
runs bench/load_test.py for each request and client count in turn (keep-alive clients, one
request in flight each), and writes every result plus the machine's load average before
and after each run. A script, never a timed test; the machine may be shared, so the load
average is part of the result.
"""

import argparse
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import PG, REDIS_URL, targets  # noqa: E402

REQUESTS = {
    "list": "/api/v1/takeaways/?page_size=50",
    "q": "/api/v1/takeaways/?page_size=50&q=military+cooperation",
    "search": "/api/v1/search/?q=military+cooperation",
    "treaty": "/api/v1/treaties/{treaty}/",
}


def start(scale: str, port: int) -> subprocess.Popen:
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": PG.format(scale=scale),
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": f"pactum-capacity-{scale}",
        "LOG_LEVEL": "WARNING",
        "GUNICORN_ACCESS_LOG": "",
        "BIND": f"127.0.0.1:{port}",
        # Every client is one address: the anonymous quota (120/minute) would measure 429s.
        "ANON_THROTTLE_RATE": "100000000/minute",
        # The production default (600 s) serves repeats from the public response cache; run
        # with PUBLIC_RESPONSE_CACHE_SECONDS=0 to measure the rendering itself.
        "PUBLIC_RESPONSE_CACHE_SECONDS": os.environ.get("PUBLIC_RESPONSE_CACHE_SECONDS", "600"),
    }
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    server = subprocess.Popen([gunicorn, "-c", "config/gunicorn.conf.py", "config.wsgi"], cwd=ROOT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5):
                return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("gunicorn did not come up")


def load_test(port: int, path: str, clients: int, duration: float, label: str) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "load_test.py"),
            "--url",
            f"http://127.0.0.1:{port}",
            "--connections",
            str(clients),
            "--duration",
            str(duration),
            "--timeout",
            "30",
            "--path",
            path,
            "--label",
            label,
            "--out",
            "-",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="200k")
    parser.add_argument("--clients", default="8,64")
    parser.add_argument("--duration", type=float, default=30)
    parser.add_argument("--only", default="", help="comma-separated keys of REQUESTS")
    parser.add_argument("--port", type=int, default=18130)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "scale-capacity.json"))
    args = parser.parse_args()
    t = targets(args.scale)
    wanted = [k for k in REQUESTS if not args.only or k in args.only.split(",")]
    server = start(args.scale, args.port)
    runs = []
    try:
        for key in wanted:
            path = REQUESTS[key].format(**t)
            load_test(args.port, path, 2, 3, "warm-up")
            for clients in (int(c) for c in args.clients.split(",")):
                before = os.getloadavg()
                result = load_test(args.port, path, clients, args.duration, key)
                result["loadavg_before"] = [round(x, 2) for x in before]
                result["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
                runs.append(result)
                lat = result["latency_ms"]
                print(
                    f"{key:7} {clients:3d} clients: {result['throughput_rps']:7.1f} req/s, p50 {lat['p50']} ms, "
                    f"p95 {lat['p95']} ms, ok {result['ok']}, shed {result['shed_503']}, errors {result['errors']}, "
                    f"load {result['loadavg_before'][0]}",
                    file=sys.stderr,
                )
    finally:
        server.terminate()
        server.wait(30)
    report = {
        "scale": args.scale,
        "server": "gunicorn -c config/gunicorn.conf.py (gthread, WEB_CONCURRENCY=cpu count, 16 threads, "
        "MAX_CONCURRENT_REQUESTS=threads/2 per worker), production settings, Redis cache",
        "cpus": os.cpu_count(),
        "measured_at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "runs": runs,
    }
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
