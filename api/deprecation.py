"""Retiring parts of v1: a field or an endpoint is announced, served with warnings until its
sunset, then gone (docs/api-versioning-and-deprecation.md; decision 0022).

The registry below is the only place a retirement is declared. Resource viewsets consult it
when they build a serializer (a retired field still rendered adds the headers; after its
sunset the field is dropped), DeprecationMiddleware when it routes a request (a retired
endpoint adds the headers; after its sunset it answers 410), and the schema generator
(`deprecated: true` on the field or the operation). Responses that serve a retired part carry

    Deprecation: @1767225600                       (RFC 9745: when it was, or will be, deprecated)
    Sunset: Wed, 01 Jul 2026 00:00:00 GMT          (RFC 8594: when it stops being served)
    Link: <https://…/notice>; rel="deprecation"; type="text/html"
"""

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.http import http_date
from rest_framework import serializers

from api.problems import problem_response


@dataclass(frozen=True)
class Retirement:
    """When a part of v1 was deprecated, when it is removed, and where the notice says why
    and what replaces it."""

    deprecated: datetime.datetime
    sunset: datetime.datetime
    notice: str
    replacement: str = ""

    def served(self, now: datetime.datetime) -> bool:
        return now < self.sunset


# "<SerializerClass>.<field>": serializer class names are unique in v1 (they name the
# schema components), so the key is also what the schema shows.
RETIRED_FIELDS: dict[str, Retirement] = {}
# "<ViewClass>.<action>": the viewset action ("TreatyViewSet.list") or, for computed views,
# the HTTP method ("ResolveView.post"), as the schema generator names operations.
RETIRED_ENDPOINTS: dict[str, Retirement] = {}


def nested_serializers(serializer: serializers.BaseSerializer) -> Iterator[serializers.Serializer]:
    target = getattr(serializer, "child", serializer)
    if not isinstance(target, serializers.Serializer):
        return
    yield target
    for field in target.fields.values():
        if isinstance(field, serializers.BaseSerializer):
            yield from nested_serializers(field)


def retire_fields(serializer: serializers.BaseSerializer, request) -> None:
    """Drop the fields past their sunset from `serializer` (nested ones included) and note
    on `request` the retirements of those it still serves."""
    if not RETIRED_FIELDS:
        return
    now = timezone.now()
    for target in nested_serializers(serializer):
        for name in list(target.fields):
            retirement = RETIRED_FIELDS.get(f"{type(target).__name__}.{name}")
            if retirement is None:
                continue
            if retirement.served(now):
                note_retirement(request, retirement)
            else:
                target.fields.pop(name)


def endpoint_key(view_func, method: str) -> str | None:
    cls = getattr(view_func, "cls", None)
    if cls is None:
        return None
    actions = getattr(view_func, "actions", None)
    action = actions.get(method.lower()) if actions else method.lower()
    return f"{cls.__name__}.{action}"


def note_retirement(request, retirement: Retirement) -> None:
    raw = getattr(request, "_request", request)
    noted = raw.__dict__.setdefault("retirements", [])
    if retirement not in noted:
        noted.append(retirement)


def set_deprecation_fields(response: HttpResponse, retirements: list[Retirement]) -> None:
    if not retirements:
        return
    # One date per field: the earliest deprecation and the earliest sunset are the ones to act on.
    response["Deprecation"] = f"@{int(min(r.deprecated for r in retirements).timestamp())}"
    response["Sunset"] = http_date(min(r.sunset for r in retirements).timestamp())
    links = dict.fromkeys(r.notice for r in retirements)
    response["Link"] = ", ".join(f'<{url}>; rel="deprecation"; type="text/html"' for url in links)


class DeprecationMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        set_deprecation_fields(response, request.__dict__.get("retirements", []))
        return response

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        retirement = RETIRED_ENDPOINTS.get(endpoint_key(view_func, request.method) or "")
        if retirement is None:
            return None
        if not retirement.served(timezone.now()):
            response = problem_response(
                status_code=410,
                detail=f"This endpoint was removed on {http_date(retirement.sunset.timestamp())}. "
                f"See {retirement.notice}"
                + (f"; use {retirement.replacement} instead." if retirement.replacement else "."),
                request=request,
            )
            response["Link"] = f'<{retirement.notice}>; rel="deprecation"; type="text/html"'
            return response
        note_retirement(request, retirement)
        return None
