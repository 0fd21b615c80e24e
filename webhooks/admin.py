"""Webhooks in the admin: subscriptions, and deliveries with their attempts and a replay."""

from django.contrib import admin, messages

from webhooks.models import Delivery, DeliveryAttempt, Subscription
from webhooks.services import delivery_replay
from webhooks.tasks import enqueue_delivery


@admin.register(Subscription)
class SubscriptionAdmin(admin.ModelAdmin):
    list_display = ("url", "owner", "resource", "treaty", "article", "actor", "active", "created")
    list_filter = ("active",)
    search_fields = ("url", "owner__username")
    readonly_fields = ("secret", "created")


class DeliveryAttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    extra = 0
    can_delete = False
    readonly_fields = ("at", "status_code", "error", "duration_ms")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ("event", "subscription", "status", "attempts", "next_attempt_at", "created")
    list_filter = ("status",)
    readonly_fields = ("subscription", "event", "status", "attempts", "next_attempt_at", "created")
    inlines = [DeliveryAttemptInline]
    actions = ["replay"]

    @admin.action(description="Replay the selected deliveries")
    def replay(self, request, queryset):
        for delivery in queryset:
            enqueue_delivery(delivery_replay(delivery=delivery))
        messages.success(request, f"{queryset.count()} deliveries queued again.")
