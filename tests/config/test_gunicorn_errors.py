"""What gunicorn's own HTTP parser refuses, before Django runs, is problem+json like every
other API error: an over-long request line (414), too many or too large header fields
(431), a malformed request line (400). Real gunicorn, started with config/gunicorn.conf.py,
spoken to through a raw socket (an HTTP client library would refuse to send these)."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from http import HTTPStatus
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-" + "0123456789abcdefghij" * 3


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _exchange(port: int, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes, read until the server closes, split status, headers and body."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(raw)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status_line, *lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines)}
    return int(status_line.split()[1]), headers, body


@pytest.fixture(scope="module")
def gunicorn_port(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gunicorn")
    port = _free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "PYTEST_", "GUNICORN_")) and k not in {"DATABASE_URL", "REDIS_URL", "DEBUG"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp / "static"),
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="2",
        GUNICORN_ACCESS_LOG="",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "config/gunicorn.conf.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.stdout.read().decode()[-3000:]
            try:
                if _exchange(port, b"GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.3)
        yield port
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=40)


def _problem(port: int, raw: bytes, status: int) -> dict:
    got, headers, body = _exchange(port, raw)
    assert got == status, body[:500]
    assert headers["content-type"] == "application/problem+json"
    assert int(headers["content-length"]) == len(body)
    # The security headers every Pactum response carries (docs/deployment.md).
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["connection"] == "close"
    problem = json.loads(body)
    assert set(problem) == {"type", "title", "status", "detail"}
    assert problem["status"] == status and problem["type"] == "about:blank"
    return problem


@pytest.mark.slow
def test_an_over_long_request_line_is_a_414_problem(gunicorn_port):
    raw = b"GET /api/v1/actors/?q=" + b"a" * 5000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    problem = _problem(gunicorn_port, raw, 414)
    assert problem["title"] == HTTPStatus.REQUEST_URI_TOO_LONG.phrase
    assert problem["detail"] == "The request line (method, path and query string) is longer than 4094 bytes."


@pytest.mark.slow
def test_too_many_header_fields_is_a_431_problem(gunicorn_port):
    fields = b"".join(b"X-Field-%d: v\r\n" % n for n in range(150))
    raw = b"GET /api/v1/actors/ HTTP/1.1\r\nHost: 127.0.0.1\r\n" + fields + b"\r\n"
    problem = _problem(gunicorn_port, raw, 431)
    assert problem["title"] == "Request Header Fields Too Large"
    assert problem["detail"] == (
        "The request has more than 100 header fields, or a header field longer than 8190 bytes."
    )


@pytest.mark.slow
def test_an_oversized_header_field_is_a_431_problem(gunicorn_port):
    raw = b"GET /api/v1/actors/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + b"c" * 10000 + b"\r\n\r\n"
    assert _problem(gunicorn_port, raw, 431)["title"] == "Request Header Fields Too Large"


@pytest.mark.slow
def test_a_malformed_request_line_is_a_400_problem(gunicorn_port):
    problem = _problem(gunicorn_port, b"NOT-HTTP\r\n\r\n", 400)
    assert problem["title"] == "Bad Request" and "NOT-HTTP" in problem["detail"]


@pytest.mark.slow
def test_a_well_formed_request_still_reaches_django(gunicorn_port):
    status, headers, body = _exchange(gunicorn_port, b"GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
    assert (status, json.loads(body)) == (200, {"status": "ok"})
