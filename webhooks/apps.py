from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "webhooks"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # After a transaction with public changes commits, fan them out to subscriptions
        # through the task queue: never inside the request that made the change.
        from core.outbox import on_change_committed
        from webhooks.tasks import enqueue_fan_out

        on_change_committed(enqueue_fan_out)
