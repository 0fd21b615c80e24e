from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The project package doubles as the `core` app: shared abstract bases and Source."""

    name = "core"
    label = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Two receivers stamp the history rows' extra columns: core.history takes the
        # channel a writer set on the instance (seed, imports); core.audit fills what is
        # still empty from the request context (admin/api/command and X-Request-ID).
        from core import audit, history  # noqa: F401
