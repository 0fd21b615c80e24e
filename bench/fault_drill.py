#!/usr/bin/env python
"""Fault-drill client: what a client sees while an operator breaks Redis or PostgreSQL.

    python bench/fault_drill.py probe --url URL --user U --password P [--label L]
    python bench/fault_drill.py watch --url URL --seconds 30 [--concurrency 8] [--label L]

probe: one round of the requests the issue found broken — /readyz, a list, POST /resolve/,
       the admin login and the admin index with the new session — with status and time.
watch: keeps `concurrency` clients cycling through a list, /resolve/ and /readyz for
       `seconds`, and reports per-second status counts (restart PostgreSQL meanwhile).

Results are printed as JSON and appended to bench/results/faults.json when --record is
given. The server must trust X-Forwarded-Proto (SECURE_PROXY_SSL_HEADER=X-Forwarded-Proto)
because the admin's cookies are Secure in production settings.
"""

import argparse
import collections
import http.client
import json
import re
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
HEADERS = {"X-Forwarded-Proto": "https", "Accept": "application/json"}


class Session:
    def __init__(self, url: str, timeout: float = 15) -> None:
        parts = urlsplit(url)
        self.host, self.port, self.timeout = parts.hostname, parts.port, timeout
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, body=None, headers=None) -> tuple[int, dict, bytes, float]:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        all_headers = {**HEADERS, **(headers or {})}
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=all_headers)
            response = connection.getresponse()
            data = response.read()
            elapsed = time.monotonic() - started
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";")[0]
            return response.status, {k.lower(): v for k, v in response.getheaders()}, data, elapsed
        except (OSError, http.client.HTTPException) as exc:
            return 0, {"error": f"{type(exc).__name__}: {exc}"}, b"", time.monotonic() - started
        finally:
            connection.close()


def _summary(status, headers, body, elapsed) -> dict:
    kind = headers.get("content-type", headers.get("error", ""))
    out = {"status": status, "ms": round(elapsed * 1000), "type": kind.split(";")[0]}
    if "retry-after" in headers:
        out["retry_after"] = headers["retry-after"]
    if status >= 500 or status == 0:
        out["body"] = body[:160].decode(errors="replace")
    return out


def probe(args) -> dict:
    s = Session(args.url)
    result = {"label": args.label, "at": time.strftime("%H:%M:%S")}
    status, headers, body, elapsed = s.request("GET", "/readyz")
    result["readyz"] = {**_summary(status, headers, body, elapsed), "body": body.decode(errors="replace")}
    result["treaties"] = _summary(*s.request("GET", "/api/v1/treaties/"))
    resolve_body = json.dumps({"text": "Article 51 of the UN Charter binds Russia."})
    status, headers, body, elapsed = s.request(
        "POST", "/api/v1/resolve/", body=resolve_body, headers={"Content-Type": "application/json"}
    )
    result["resolve"] = _summary(status, headers, body, elapsed)
    if status == 200:
        result["resolve"]["references"] = json.loads(body)["count"]
    # The admin: login page, login, the index with the new session.
    status, headers, body, elapsed = s.request("GET", "/admin/login/")
    result["admin_login_page"] = _summary(status, headers, body, elapsed)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if token:
        form = urlencode(
            {"csrfmiddlewaretoken": token.group(1).decode(), "username": args.user, "password": args.password}
        )
        status, headers, body, elapsed = s.request(
            "POST",
            "/admin/login/?next=/admin/",
            body=form,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": f"https://{s.host}:{s.port}/admin/login/",
            },
        )
        result["admin_login"] = {**_summary(status, headers, body, elapsed), "location": headers.get("location")}
        status, headers, body, elapsed = s.request("GET", "/admin/")
        result["admin_index"] = {**_summary(status, headers, body, elapsed), "ok": b"Site administration" in body}
    return result


def watch(args) -> dict:
    deadline = time.monotonic() + args.seconds
    started = time.monotonic()
    per_second: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    examples: dict[str, str] = {}
    lock = threading.Lock()
    requests = [
        ("GET", "/api/v1/treaties/", None),
        ("POST", "/api/v1/resolve/", json.dumps({"text": "the UN Charter"})),
        ("GET", "/readyz", None),
        ("GET", "/api/v1/actors/", None),
    ]

    def client(n: int) -> None:
        s = Session(args.url, timeout=10)
        i = n
        while time.monotonic() < deadline:
            method, path, body = requests[i % len(requests)]
            i += 1
            status, headers, data, _ = s.request(method, path, body=body, headers={"Content-Type": "application/json"})
            kind = (headers.get("content-type") or headers.get("error", "")).split(";")[0]
            key = f"{status} {path if path == '/readyz' else 'api'} {kind}"
            with lock:
                per_second[int(time.monotonic() - started)][key] += 1
                if status >= 500 or status == 0:
                    text = data[:200].decode(errors="replace")
                    examples.setdefault(key, f"{text} retry-after={headers.get('retry-after')}")
            time.sleep(0.05)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    totals = collections.Counter()
    for counter in per_second.values():
        totals.update(counter)
    return {
        "label": args.label,
        "seconds": args.seconds,
        "totals": dict(totals),
        "timeline": {str(k): dict(v) for k, v in sorted(per_second.items())},
        "examples": examples,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["probe", "watch"])
    parser.add_argument("--url", required=True)
    parser.add_argument("--user", default="")
    parser.add_argument("--password", default="")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--label", default="")
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    result = probe(args) if args.mode == "probe" else watch(args)
    print(json.dumps(result, indent=1))
    if args.record:
        path = ROOT / "bench" / "results" / "faults.json"
        existing = json.loads(path.read_text()) if path.exists() else []
        path.write_text(json.dumps([*existing, result], indent=1) + "\n")


if __name__ == "__main__":
    main()
