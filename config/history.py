"""Stamp the extra history columns (HistoryAudit) from attributes set on the saved instance.

Writers that are not requests (management commands, imports) set `instance._history_channel`
before saving; see config.services.record_upsert."""

from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record


@receiver(pre_create_historical_record)
def stamp_history_channel(sender, instance, history_instance, **kwargs) -> None:
    channel = getattr(instance, "_history_channel", "")
    if channel and hasattr(history_instance, "history_channel"):
        history_instance.history_channel = channel
