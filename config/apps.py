from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The project package doubles as the `core` app: shared abstract bases and Source."""

    name = "config"
    label = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from config import history  # noqa: F401  (connects the history-channel receiver)
