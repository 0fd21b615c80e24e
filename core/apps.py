from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every domain app builds on: abstract bases and Source, the editorial write
    services, permissions, audit and the admin base classes."""

    name = "core"
    label = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Connects the receiver that copies each write's Audit onto its history row.
        from core import audit  # noqa: F401

        # Every write to served content moves the conditional-GET validator (core.changes).
        from core.changes import connect

        connect()
