"""The edge of the API: checks that run once, before any view, parser or database sees a
request, so that hostile input is a clear problem+json 4xx instead of a 500 deep inside.

- `RequestLimitsMiddleware`: a body larger than `DATA_UPLOAD_MAX_MEMORY_SIZE` is refused
  with 413 from its Content-Length, before anything reads it; a malformed Content-Length
  is a 400; a body without one (Transfer-Encoding: chunked) is a 411, since Django would
  read it as empty.
- `ControlCharactersMiddleware`: NUL and the other control characters are refused in the
  path, the query string and the header values (PostgreSQL cannot store NUL in text, and
  no identifier or filter value legitimately holds one). JSON and form bodies are checked
  by the parsers in `api.parsers`.
- `WriteTransactionMiddleware`: an unsafe request under /api/ runs in one transaction that
  is rolled back when the response is an error, so a failed request writes nothing even
  when the failure comes after a save (rendering the response, say).
"""

import re
from collections.abc import Callable

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest

from api.problems import TYPE_INVALID_PARAMETER, problem_response

API_PREFIX = "/api/"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "TRACE")

# Unicode "Cc": C0, DEL and C1. Tab, LF and CR are allowed where free text is (see `text_controls`).
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Header values arrive as latin-1 decoded bytes, so 0x80-0x9f may be part of a UTF-8
# sequence there: only C0 (tab excepted) and DEL are refused in headers.
HEADER_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def is_api(request: HttpRequest) -> bool:
    return request.path_info.startswith(API_PREFIX)


def describe_control(value: str, pattern: re.Pattern = CONTROL) -> str | None:
    """'Control character U+0000 is not allowed.' for the first one in `value`, else None."""
    match = pattern.search(value)
    if match is None:
        return None
    return f"Control character U+{ord(match.group()):04X} is not allowed."


def max_body_bytes() -> int | None:
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


class RequestLimitsMiddleware:
    """413 problem+json for a declared body over the limit, before the body is read."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if is_api(request) and request.META.get("HTTP_TRANSFER_ENCODING"):
            # Django reads a body by its Content-Length only: a chunked body would be read
            # as empty, and a write would "succeed" without the client's data.
            return problem_response(
                status_code=411,
                detail="A request body needs a Content-Length; bodies sent with Transfer-Encoding are not read.",
                request=request,
            )
        if is_api(request):
            raw = request.META.get("CONTENT_LENGTH") or "0"
            if not re.fullmatch(r"[0-9]{1,18}", raw.strip()):
                return problem_response(
                    status_code=400,
                    detail="Content-Length must be a non-negative integer.",
                    request=request,
                    type_=TYPE_INVALID_PARAMETER,
                    errors={"Content-Length": ["Must be a non-negative integer."]},
                )
            limit = max_body_bytes()
            if limit is not None and int(raw) > limit:
                return problem_response(
                    status_code=413,
                    detail=f"The request body has {int(raw)} bytes; at most {limit} are accepted.",
                    request=request,
                    max_bytes=limit,
                )
        return self.get_response(request)


class ControlCharactersMiddleware:
    """400 for a control character in the path, a query parameter or a header value."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def errors(self, request: HttpRequest) -> dict[str, list[str]]:
        errors: dict[str, list[str]] = {}
        if message := describe_control(request.path_info):
            errors["path"] = [message]
        for name, values in request.GET.lists():
            if message := describe_control(name):
                errors[CONTROL.sub("?", name)] = [message]
                continue
            for value in values:
                if message := describe_control(value, TEXT_CONTROL):
                    errors[name] = [message]
                    break
        for key, value in request.META.items():
            message = (
                describe_control(value, HEADER_CONTROL) if key.startswith("HTTP_") and isinstance(value, str) else None
            )
            if message:
                header = "-".join(part.capitalize() for part in key[5:].split("_"))
                errors[header] = [message]
        return errors

    def __call__(self, request: HttpRequest) -> HttpResponse:
        errors = self.errors(request)
        if not errors:
            return self.get_response(request)
        names = ", ".join(f'"{name}"' for name in errors)
        if not is_api(request):
            return HttpResponseBadRequest(f"Control characters are not allowed ({names}).", content_type="text/plain")
        return problem_response(
            status_code=400,
            detail=f"Invalid value for {names}: control characters are not allowed.",
            request=request,
            type_=TYPE_INVALID_PARAMETER,
            errors=errors,
        )


class WriteTransactionMiddleware:
    """Unsafe API requests are atomic: any error response (4xx or 5xx) rolls back.

    Unlike ATOMIC_REQUESTS this leaves reads outside a transaction (no BEGIN per GET, and
    no write lock on SQLite in IMMEDIATE mode)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method in SAFE_METHODS or not is_api(request):
            return self.get_response(request)
        with transaction.atomic(using=DEFAULT_DB_ALIAS):
            response = self.get_response(request)
            if response.status_code >= 400:
                transaction.set_rollback(True, using=DEFAULT_DB_ALIAS)
        return response
