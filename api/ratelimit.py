"""Every response under /api/ carries the IETF RateLimit fields
(draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy` states each policy that applies
(`"anon";q=120;w=60`), `RateLimit` the client's state in it (`"anon";r=117;t=42`).

The client policy (`anon` by address, `token` by API token) is counted here, before the
edge checks, the load shedder and the view, so that every answer counts and carries the
fields: refusals (413, 400, 404, 503) included. Scoped policies (`resolve`) are counted by
the view's throttle and join the fields on the way out. Over the limit: 429 problem+json
with Retry-After, before any other work.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from api.problems import problem_response
from api.throttling import ClientRateThrottle, PolicyUsage, recorded_usage

API_PREFIX = "/api/"


def policy_field(usages: list[PolicyUsage]) -> str:
    return ", ".join(f'"{u.policy}";q={u.limit};w={u.window}' for u in usages)


def state_field(usages: list[PolicyUsage]) -> str:
    return ", ".join(f'"{u.policy}";r={u.remaining};t={u.reset}' for u in usages)


def set_rate_limit_fields(response: HttpResponse, usages: list[PolicyUsage]) -> None:
    if usages:
        response["RateLimit-Policy"] = policy_field(usages)
        response["RateLimit"] = state_field(usages)


def throttled_response(request: HttpRequest, usage: PolicyUsage) -> HttpResponse:
    response = problem_response(
        status_code=429,
        detail=f'Request was throttled: the "{usage.policy}" policy allows {usage.limit} requests '
        f"per {usage.window} seconds. Expected available in {usage.reset} seconds.",
        request=request,
    )
    response["Retry-After"] = str(usage.reset)
    return response


class RateLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        throttle = ClientRateThrottle(request)
        if throttle.allow_request(request, None):
            response = self.get_response(request)
        else:
            response = throttled_response(request, throttle.usage)
        set_rate_limit_fields(response, recorded_usage(request))
        return response
