"""Webhook writes: register a subscription, fan a change out, deliver, retry, replay."""

import datetime
import time

import orjson
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.models import ChangeEvent
from core.outbox import encode_cursor
from webhooks.delivery import TargetRefused, check_target, post
from webhooks.models import Delivery, DeliveryAttempt, DeliveryStatus, Subscription


def subscription_create(*, owner, url: str, filters: dict[str, str]) -> Subscription:
    """Register `url` for `owner`; refused (TargetRefused) if it points inside the network."""
    check_target(url)
    return Subscription.objects.create(owner=owner, url=url, **filters)


def payload(event: ChangeEvent) -> bytes:
    """The body POSTed for an event: the changes feed's item, without host-dependent URLs."""
    return orjson.dumps(
        {
            "cursor": encode_cursor(event.seq),
            "kind": event.kind,
            "occurred_at": event.occurred_at.isoformat(),
            "tombstone": event.tombstone,
            "record": {
                "resource": event.resource,
                "id": str(event.record_id),
                "key": event.record_key,
                "label": event.record_label,
                "version": event.version,
            },
            "correction": event.correction,
        }
    )


def deliveries_for(*, event_ids: list[int]) -> list[Delivery]:
    """One Delivery per (event, matching active subscription), created once."""
    subscriptions = list(Subscription.objects.filter(active=True))
    if not subscriptions:
        return []
    created = []
    for event in ChangeEvent.objects.filter(seq__in=event_ids).prefetch_related("subjects").order_by("seq"):
        subjects = {(s.kind, s.key) for s in event.subjects.all()}
        for subscription in subscriptions:
            if subscription.matches(event, subjects):
                delivery, new = Delivery.objects.get_or_create(subscription=subscription, event=event)
                if new:
                    created.append(delivery)
    return created


def retry_delay(attempts: int) -> datetime.timedelta:
    """Exponential backoff: base, 2x base, 4x base... after the 1st, 2nd, 3rd failure."""
    return datetime.timedelta(seconds=settings.WEBHOOK_RETRY_BASE_SECONDS * 2 ** (attempts - 1))


def delivery_attempt(*, delivery: Delivery) -> Delivery:
    """POST the delivery once and record the attempt; set the next attempt time on failure."""
    started = time.monotonic()
    try:
        status_code, error = post(
            url=delivery.subscription.url, body=payload(delivery.event), secret=delivery.subscription.secret
        )
    except TargetRefused as exc:
        status_code, error = None, str(exc)
    with transaction.atomic():
        DeliveryAttempt.objects.create(
            delivery=delivery,
            status_code=status_code,
            error=error,
            duration_ms=int((time.monotonic() - started) * 1000),
        )
        delivery.attempts += 1
        if status_code is not None and 200 <= status_code < 300:
            delivery.status, delivery.next_attempt_at = DeliveryStatus.SUCCEEDED, None
        elif delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
            delivery.status, delivery.next_attempt_at = DeliveryStatus.FAILED, None
        else:
            delivery.status = DeliveryStatus.RETRYING
            delivery.next_attempt_at = timezone.now() + retry_delay(delivery.attempts)
        delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
    return delivery


def delivery_replay(*, delivery: Delivery) -> Delivery:
    """Send a delivery again from the start (the admin's replay): attempts are kept in the log."""
    delivery.status, delivery.attempts, delivery.next_attempt_at = DeliveryStatus.PENDING, 0, None
    delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
    return delivery
