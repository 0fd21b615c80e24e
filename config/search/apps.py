from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Full-text search: one document table, with a native index per database vendor."""

    name = "config.search"
    label = "search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from .db import ensure_search_objects_after_migrate

        # Later migrations may drop our triggers (SQLite rebuilds a table to alter it, and
        # its triggers go with it); re-check after every migrate and heal if needed.
        post_migrate.connect(ensure_search_objects_after_migrate, sender=self)
