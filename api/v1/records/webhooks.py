"""Webhook subscriptions of token holders: register a URL and a filter (the changes feed's
filters), list and delete your own, read the delivery log. Deliveries are signed and
queued (webhooks/), never made inside a request."""

from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, mixins, permissions, serializers, viewsets
from rest_framework.decorators import action

from api.plain import refuse_unrouted_method
from api.v1.records.changes import ROUTES
from webhooks.delivery import TargetRefused
from webhooks.models import Delivery, DeliveryAttempt, Subscription
from webhooks.services import subscription_create

FILTERS = ("resource", "treaty", "article", "actor")


class SubscriptionSerializer(serializers.ModelSerializer):
    secret = serializers.SerializerMethodField(help_text="The HMAC-SHA256 key: shown once, in the answer to POST.")

    class Meta:
        model = Subscription
        fields = ("id", "url", *FILTERS, "active", "created", "secret")
        read_only_fields = ("id", "active", "created", "secret")

    def get_secret(self, subscription) -> str | None:
        return subscription.secret if self.context.get("show_secret") else None

    def validate_resource(self, value: str) -> str:
        if value and value not in ROUTES:
            raise serializers.ValidationError(f"Unknown resource. Allowed: {', '.join(sorted(ROUTES))}.")
        return value

    def validate_article(self, value: str) -> str:
        if value and ":" not in value:
            raise serializers.ValidationError("Expected '<treaty-slug>:<article-number>'.")
        return value


class DeliveryAttemptSerializer(serializers.ModelSerializer):
    class Meta:
        model = DeliveryAttempt
        fields = ("at", "status_code", "error", "duration_ms")
        read_only_fields = fields


class DeliverySerializer(serializers.ModelSerializer):
    event = serializers.IntegerField(source="event_id", help_text="Sequence number of the change.")
    attempt_log = DeliveryAttemptSerializer(many=True, read_only=True)

    class Meta:
        model = Delivery
        fields = ("id", "event", "status", "attempts", "next_attempt_at", "attempt_log")
        read_only_fields = fields


class SubscriptionViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """Your webhook subscriptions (token holders only)."""

    serializer_class = SubscriptionSerializer
    permission_classes = [permissions.IsAuthenticated]
    lookup_value_regex = "[0-9a-fA-F-]{32,36}"

    def initial(self, request, *args, **kwargs):
        refuse_unrouted_method(self, request)  # 405 before the 401 of the permission check
        super().initial(request, *args, **kwargs)

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return Subscription.objects.none()
        return Subscription.objects.filter(owner=self.request.user)

    def perform_create(self, serializer):
        filters = {name: serializer.validated_data.get(name, "") for name in FILTERS}
        try:
            serializer.instance = subscription_create(
                owner=self.request.user, url=serializer.validated_data["url"], filters=filters
            )
        except TargetRefused as exc:
            raise exceptions.ValidationError({"url": [str(exc)]}) from exc
        serializer.context["show_secret"] = True

    @extend_schema(responses=DeliverySerializer(many=True))
    @action(detail=True, methods=["get"])
    def deliveries(self, request, pk=None):
        """The delivery log of this subscription: every event, its status and attempts."""
        subscription = self.get_object()
        deliveries = subscription.deliveries.prefetch_related("attempt_log").order_by("event_id")
        page = self.paginate_queryset(deliveries)
        return self.get_paginated_response(DeliverySerializer(page, many=True).data)
