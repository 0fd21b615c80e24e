"""The task-queue side of webhooks (django-tasks; the database backend by default, so
it runs embedded on SQLite and on PostgreSQL; `manage.py db_worker` runs the tasks)."""

from django_tasks import task

from webhooks.models import Delivery, DeliveryStatus
from webhooks.services import deliveries_for, delivery_attempt


@task()
def fan_out(event_ids: list[int]) -> int:
    """Create the deliveries of committed events and queue each one."""
    deliveries = deliveries_for(event_ids=event_ids)
    for delivery in deliveries:
        deliver.enqueue(str(delivery.pk))
    return len(deliveries)


@task()
def deliver(delivery_id: str) -> str:
    """One attempt; on failure the next one is queued after the backoff delay."""
    delivery = Delivery.objects.select_related("subscription", "event").filter(pk=delivery_id).first()
    if delivery is None or delivery.status in (DeliveryStatus.SUCCEEDED, DeliveryStatus.FAILED):
        return "skipped"
    delivery = delivery_attempt(delivery=delivery)
    if delivery.status == DeliveryStatus.RETRYING:
        deliver.using(run_after=delivery.next_attempt_at).enqueue(str(delivery.pk))
    return delivery.status


def enqueue_fan_out(event_ids: list[int]) -> None:
    """core.outbox' after-commit hook: queue the fan-out, never deliver in the request."""
    fan_out.enqueue(event_ids)


def enqueue_delivery(delivery: Delivery) -> None:
    deliver.enqueue(str(delivery.pk))
