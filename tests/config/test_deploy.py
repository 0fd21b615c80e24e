"""The production start, as an operator runs it: bin/start-production migrates, collects
static files (the manifest storage 500s without them), passes `check --deploy` without a
warning, and serves through gunicorn with the security headers and health endpoints."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-" + "0123456789abcdefghij" * 3


def _production_env(tmp_path: Path, **extra: str) -> dict:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "PYTEST_")) and k not in {"DATABASE_URL", "REDIS_URL", "DEBUG"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="api.example.org,127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
        PYTHON=sys.executable,
    )
    env.update(extra)
    return env


def test_check_deploy_with_production_settings_has_no_warning(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=_production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, **headers: str):
    """GET without following redirects, as the public host would be asked."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("GET", parts.path, headers={"Host": "api.example.org", **headers})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


@pytest.mark.slow
def test_start_production_migrates_collects_checks_and_serves(tmp_path):
    port = _free_port()
    env = _production_env(tmp_path, PORT=str(port), HOST="127.0.0.1", WEB_CONCURRENCY="1", GUNICORN_THREADS="2")
    process = subprocess.Popen(
        [str(ROOT / "bin" / "start-production")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, process.stdout.read().decode()[-3000:]
            try:
                if _get(base + "/readyz")[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, "gunicorn did not become ready"
            time.sleep(0.5)
        assert (tmp_path / "static" / "staticfiles.json").exists()  # collectstatic ran

        # Plain HTTP is redirected to HTTPS, except the health probes.
        status, headers, _ = _get(base + "/api/v1/")
        assert status == 301 and headers["Location"] == "https://api.example.org/api/v1/"
        status, _, body = _get(base + "/healthz")
        assert (status, body) == (200, b'{"status": "ok"}')

        https = {"X-Forwarded-Proto": "https"}
        status, headers, body = _get(base + "/api/v1/", **https)
        assert status == 200 and b'"treaties"' in body
        assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
        assert headers["Content-Security-Policy"].startswith("default-src 'none'")
        assert headers["X-Content-Type-Options"] == "nosniff"

        # The admin and the docs render with the manifest storage, their assets served.
        for page in ("/admin/login/", "/api/v1/docs/", "/api/v1/redoc/"):
            status, headers, body = _get(base + page, **https)
            assert status == 200, (page, body[:300])
            assert headers["Content-Security-Policy"].startswith("default-src 'self'")
            soup = BeautifulSoup(body, "html.parser")
            assets = [tag.get("src") or tag.get("href") for tag in soup.find_all(["script", "link"])]
            static = [url for url in assets if url and url.startswith("/static/")]
            assert static, page
            for url in static:
                assert _get(base + url, **https)[0] == 200, url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=40)
