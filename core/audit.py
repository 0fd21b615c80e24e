"""Who, where and why for every history row: channel (admin, api, command) and request id.

The values live in context variables so that any code path that saves a record, however
deep, attributes its history row to the request (or command) that caused it, without
passing the request around. `RequestIDMiddleware` sets them per request; management
commands get the "command" channel by default; `audit_context` overrides both.
"""

import contextlib
import contextvars
from collections.abc import Iterator

from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record

CHANNEL_ADMIN = "admin"
CHANNEL_API = "api"
CHANNEL_COMMAND = "command"

_channel: contextvars.ContextVar[str] = contextvars.ContextVar("pactum_channel", default=CHANNEL_COMMAND)
_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("pactum_request_id", default="")


def current_channel() -> str:
    return _channel.get()


def current_request_id() -> str:
    return _request_id.get()


@contextlib.contextmanager
def audit_context(*, channel: str, request_id: str = "") -> Iterator[None]:
    """Attribute every history row written inside the block to `channel` and `request_id`."""
    channel_token = _channel.set(channel)
    request_token = _request_id.set(request_id)
    try:
        yield
    finally:
        _channel.reset(channel_token)
        _request_id.reset(request_token)


@receiver(pre_create_historical_record)
def _stamp_history_row(sender, history_instance, **kwargs) -> None:
    # Every HistoricalRecords in the project uses the HistoryAudit base; guard anyway so a
    # third-party history model without the columns is left alone.
    if hasattr(history_instance, "history_channel") and not history_instance.history_channel:
        history_instance.history_channel = current_channel()
    if hasattr(history_instance, "history_request_id") and not history_instance.history_request_id:
        history_instance.history_request_id = current_request_id()
