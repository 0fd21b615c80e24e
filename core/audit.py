"""Who, why, through which channel and under which request id: one `Audit` per write.

Every write service takes an `audit` argument and nothing else carries this information:
no thread-locals, no context variables, no request objects below the HTTP layer. The
API, the admin, management commands, the seed loader and ingest each build one `Audit`
where they start (`Audit(user=request.user, channel=CHANNEL_API, ...)`) and pass it down.

`stamp()` is the only place that attaches an audit to a model instance before it is
saved or deleted; django-simple-history reads the user and reason from there, and the
receiver below copies channel and request id onto the history row (HistoryAudit columns).
"""

from dataclasses import dataclass, replace
from typing import Any

from django.db import models
from django.dispatch import receiver
from simple_history.signals import pre_create_historical_record

CHANNEL_ADMIN = "admin"
CHANNEL_API = "api"
CHANNEL_COMMAND = "command"
CHANNEL_SEED = "seed"

REASON_MAX_CHARS = 100  # the history_change_reason column


@dataclass(frozen=True)
class Audit:
    """The attribution of one write. `user=None` means a trusted caller (a management
    command, the seed loader, ingest run from a shell): role checks do not apply."""

    user: Any = None
    channel: str = CHANNEL_COMMAND
    reason: str = ""
    request_id: str = ""
    # A fix the editor marks minor (a typo) stays in the private history only; any other
    # change to a published record's substance leaves a public Correction (core.corrections).
    minor: bool = False

    @property
    def trusted(self) -> bool:
        return self.user is None

    def because(self, reason: str) -> "Audit":
        """This audit with `reason`, unless the writer already gave one of their own."""
        return self if self.reason else replace(self, reason=reason)

    def history_attrs(self) -> dict[str, str]:
        """The HistoryAudit columns, for bulk_create_with_history."""
        return {"history_channel": self.channel, "history_request_id": self.request_id}


COMMAND = Audit()


def stamp(instance: models.Model, audit: Audit) -> models.Model:
    """Attach `audit` to `instance` for the history row its next save or delete writes."""
    instance._history_user = audit.user
    instance._change_reason = audit.reason[:REASON_MAX_CHARS] or None
    instance._audit = audit
    return instance


@receiver(pre_create_historical_record)
def _history_row_audit(sender, instance, history_instance, **kwargs) -> None:
    audit = getattr(instance, "_audit", None)
    if audit is not None and hasattr(history_instance, "history_channel"):
        history_instance.history_channel = audit.channel
        history_instance.history_request_id = audit.request_id
