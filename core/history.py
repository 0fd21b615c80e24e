"""Stamp the extra history columns (HistoryAudit) from attributes set on the saved instance.

Writers that are not requests (management commands, imports) set `instance._history_channel`
before saving; see core.services.record_upsert. Code that saves many objects through other
services can instead wrap the work in `with history_channel("command"):`."""

import contextvars
from contextlib import contextmanager

from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record

_CHANNEL: contextvars.ContextVar[str] = contextvars.ContextVar("history_channel", default="")


@contextmanager
def history_channel(channel: str):
    """Every history row created inside the block records `channel` (unless the instance says otherwise)."""
    token = _CHANNEL.set(channel)
    try:
        yield
    finally:
        _CHANNEL.reset(token)


@receiver(pre_create_historical_record)
def stamp_history_channel(sender, instance, history_instance, **kwargs) -> None:
    channel = getattr(instance, "_history_channel", "") or _CHANNEL.get()
    if channel and hasattr(history_instance, "history_channel"):
        history_instance.history_channel = channel
