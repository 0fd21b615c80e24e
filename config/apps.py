from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The project package doubles as the `core` app: shared abstract bases and Source."""

    name = "config"
    label = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Connects the receiver that stamps channel and request id on every history row.
        from config import audit  # noqa: F401
