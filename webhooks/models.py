"""Webhook subscriptions of token holders, and the log of every delivery attempt."""

import secrets
import uuid

from django.conf import settings
from django.db import models

from core.models import ChangeEvent


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class Subscription(models.Model):
    """A URL that receives signed POSTs for the public changes matching its filters (the
    changes feed's filters: resource, treaty, article, actor; empty matches all)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(max_length=500, help_text="Where deliveries are POSTed (public addresses only).")
    secret = models.CharField(max_length=64, default=new_secret, editable=False, help_text="HMAC-SHA256 key.")
    resource = models.CharField(max_length=64, blank=True, help_text="Only changes of this kind of record.")
    treaty = models.CharField(max_length=200, blank=True, help_text="Only changes about this treaty (slug).")
    article = models.CharField(max_length=200, blank=True, help_text="About this article (treaty-slug:number).")
    actor = models.CharField(max_length=200, blank=True, help_text="Only changes about this actor (slug).")
    active = models.BooleanField(default=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]

    def __str__(self) -> str:
        return self.url

    def matches(self, event: ChangeEvent, subjects: set[tuple[str, str]]) -> bool:
        if self.resource and self.resource != event.resource:
            return False
        return all(not key or (kind, key) in subjects for kind, key in self.filters())

    def filters(self) -> list[tuple[str, str]]:
        return [("treaty", self.treaty), ("article", self.article), ("actor", self.actor)]


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    RETRYING = "retrying", "Retrying"
    SUCCEEDED = "succeeded", "Succeeded"
    FAILED = "failed", "Failed (gave up)"


class Delivery(models.Model):
    """One event for one subscription, tried until it succeeds or the attempts run out."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="deliveries")
    event = models.ForeignKey(ChangeEvent, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["event_id", "created"]
        constraints = [models.UniqueConstraint(fields=["subscription", "event"], name="delivery_once_per_event")]

    def __str__(self) -> str:
        return f"{self.event} -> {self.subscription}"


class DeliveryAttempt(models.Model):
    """One POST of a delivery: when, the HTTP status (None when it never got one), why it failed."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="attempt_log")
    at = models.DateTimeField(auto_now_add=True)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.delivery_id} {self.status_code or self.error[:40]}"
