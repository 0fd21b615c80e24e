"""GET /api/v1/usage/: the caller's rate-limit use, per policy, to plan a long harvest.

Public: a token holder sees its token's use; an anonymous client sees its address's (the
address Pactum keys it by, which shows whether a proxy's X-Forwarded-For is honoured).
The request itself counts, as every request does. Never cached: it changes with each call."""

from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers
from rest_framework.response import Response

from accounts.models import ApiToken
from api.plain import ComputedView
from api.throttling import ScopedWindowRateThrottle, client_address, client_key, recorded_usage

CLIENT_POLICIES = {
    "anon": "Every request under /api/ without a valid token, per client address.",
    "token": "Every request under /api/ with this API token.",
}
# Scoped policies add to the client policy on some endpoints (`throttle_scope`).
SCOPED_POLICIES = {"resolve": "POST /api/v1/resolve/, in addition to the client policy."}


class PolicyUsageSerializer(serializers.Serializer):
    policy = serializers.CharField(help_text="Policy name, as in the RateLimit-Policy and RateLimit headers.")
    applies_to = serializers.CharField(help_text="Which requests count against it.")
    limit = serializers.IntegerField(help_text="Requests allowed per window (the header's `q`).")
    window = serializers.IntegerField(help_text="Window length in seconds (`w`).")
    used = serializers.IntegerField(help_text="Requests counted in the current window, this one included.")
    remaining = serializers.IntegerField(help_text="Requests left in the current window (`r`).")
    reset = serializers.IntegerField(help_text="Seconds until the window restarts (`t`).")


class UsageSerializer(serializers.Serializer):
    keyed_by = serializers.ChoiceField(
        choices=["token", "address"], help_text="What the limits are counted per: this API token, or this address."
    )
    token_name = serializers.CharField(allow_null=True, help_text="The token's name; null for anonymous clients.")
    address = serializers.CharField(
        allow_null=True, help_text="The client address counted (after trusted proxies); null with a token."
    )
    policies = PolicyUsageSerializer(many=True, help_text="Every policy that applies to this client.")


def _row(usage, applies_to: str) -> dict:
    return {
        "policy": usage.policy,
        "applies_to": applies_to,
        "limit": usage.limit,
        "window": usage.window,
        "used": usage.used,
        "remaining": usage.remaining,
        "reset": usage.reset,
    }


class UsageView(ComputedView):
    """Your current use of each rate-limit policy: limit, remaining and reset, per token or per address."""

    permission_classes = [permissions.AllowAny]

    @extend_schema(operation_id="usage_retrieve", responses={200: UsageSerializer})
    def get(self, request, **kwargs):
        policy, _ = client_key(request)
        # The middleware has just counted this request against the client policy.
        rows = [_row(u, CLIENT_POLICIES[u.policy]) for u in recorded_usage(request) if u.policy == policy]
        throttle = ScopedWindowRateThrottle()
        rows += [_row(throttle.peek(request, scope), text) for scope, text in SCOPED_POLICIES.items()]
        token = request.auth if isinstance(request.auth, ApiToken) else None
        data = {
            "keyed_by": "token" if policy == "token" else "address",
            "token_name": token.name if token else None,
            "address": None if policy == "token" else client_address(request._request),
            "policies": rows,
        }
        response = Response(UsageSerializer(data).data)
        response["Cache-Control"] = "no-store"
        return response
