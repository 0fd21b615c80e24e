"""Signing, target checks (SSRF) and the HTTP POST of one webhook delivery.

Signature: `Pactum-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
Receivers recompute it over the raw body and refuse old timestamps (replays).

Targets: the host is resolved and *every* address checked; private, loopback, link-local,
multicast, reserved and unspecified addresses are refused unless they fall in
`WEBHOOK_ALLOWED_NETWORKS` (empty by default; the tests allow 127.0.0.1 only). Redirects
are not followed (a public URL could redirect to an internal one).
"""

import hashlib
import hmac
import ipaddress
import socket
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings

SIGNATURE_HEADER = "Pactum-Signature"
TIMEOUT_SECONDS = 10


class TargetRefused(ValueError):
    """The URL points at an address webhooks may not reach."""


def sign(*, secret: str, body: bytes, timestamp: int) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify(*, secret: str, body: bytes, header: str, tolerance: int = 300, now: float | None = None) -> bool:
    """What a receiver does (documented, and used by the tests)."""
    parts = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
    timestamp = int(parts.get("t", "0"))
    if abs((now or time.time()) - timestamp) > tolerance:
        return False
    return hmac.compare_digest(sign(secret=secret, body=body, timestamp=timestamp), header)


def _allowed(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    networks = [ipaddress.ip_network(n) for n in getattr(settings, "WEBHOOK_ALLOWED_NETWORKS", [])]
    if any(address in network for network in networks):
        return True
    return address.is_global and not (address.is_multicast or address.is_reserved or address.is_unspecified)


def check_target(url: str) -> None:
    """Raise TargetRefused unless every address of the URL's host may be reached."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TargetRefused("Only http(s) URLs with a host are accepted.")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as exc:
        raise TargetRefused(f"The host {parts.hostname} does not resolve.") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if not _allowed(address):
            raise TargetRefused(f"{parts.hostname} resolves to {address}, a non-public address.")


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def post(*, url: str, body: bytes, secret: str) -> tuple[int | None, str]:
    """POST the body, signed; (HTTP status or None, error text)."""
    check_target(url)
    request = urllib.request.Request(url, data=body, method="POST")
    request.add_header("Content-Type", "application/json")
    request.add_header("User-Agent", "Pactum-Webhooks/1")
    request.add_header(SIGNATURE_HEADER, sign(secret=secret, body=body, timestamp=int(time.time())))
    try:
        with _opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            return response.status, ""
    except urllib.error.HTTPError as exc:
        return exc.code, f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError) as exc:
        return None, str(getattr(exc, "reason", exc))[:500]
