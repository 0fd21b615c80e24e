from django.apps import AppConfig


class SearchConfig(AppConfig):
    """Full-text search: one document table, with a native index per database vendor."""

    name = "search"
    label = "search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate, pre_migrate

        from .db import ensure_search_objects_after_migrate, release_triggers_before_migrate

        # SQLite alters a table by rebuilding and renaming it, which fails while a trigger
        # elsewhere names the table (and drops the table's own triggers): step aside
        # before migrations run, then re-check after every migrate and heal if needed.
        pre_migrate.connect(release_triggers_before_migrate, sender=self)
        post_migrate.connect(ensure_search_objects_after_migrate, sender=self)
