"""With several gunicorn workers, new connections are spread over all of them (one
SO_REUSEPORT socket per worker, config/gunicorn.conf.py). With one shared socket, gthread
workers accept greedily and keep-alive pins each connection to the winner: a load test saw
185 of 200 connections on one worker, which shed load while the other idled. Linux only:
the connections are found through /proc."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-" + "0123456789abcdefghij" * 3
CONNECTIONS = 40

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads connections from Linux's /proc"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _established_inodes(port: int) -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
            if local_port == port and fields[3] == "01":  # ESTABLISHED, server side
                inodes.add(fields[9])
    return inodes


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            match = re.fullmatch(r"socket:\[(\d+)\]", os.readlink(fd))
        except OSError:
            continue
        if match:
            inodes.add(match.group(1))
    return inodes


def test_connections_are_spread_over_the_workers(tmp_path):
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
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="2",
        GUNICORN_ACCESS_LOG="",
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "config/gunicorn.conf.py", "config.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    clients = []
    try:
        deadline = time.monotonic() + 60
        while len(_children(process.pid)) < 2 or not _ready(port):
            assert process.poll() is None and time.monotonic() < deadline, "gunicorn did not start"
            time.sleep(0.3)
        # Keep-alive connections, each answered once, then held open as a client would.
        for _ in range(CONNECTIONS):
            client = socket.create_connection(("127.0.0.1", port), timeout=10)
            client.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert client.recv(4096).startswith(b"HTTP/1.1 200")
            clients.append(client)
        established = _established_inodes(port)
        held = sorted(len(_socket_inodes(pid) & established) for pid in _children(process.pid))
        assert sum(held) == CONNECTIONS, held
        # Spread by a hash of the client's address: about even; 8 of 40 or fewer on one worker
        # has a probability under 1 in 100,000.
        assert held[0] > 8, held
    finally:
        for client in clients:
            client.close()
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=40)


def _ready(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(b"GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            return b" 200 " in sock.recv(64)
    except OSError:
        return False
