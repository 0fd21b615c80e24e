"""Vendor-guarded: create the native full-text objects and fill the index.

PostgreSQL gets a generated weighted tsvector column, a GIN index and plpgsql triggers on
every searchable table; SQLite gets an FTS5 external-content table and triggers. Other
vendors get nothing (the icontains fallback serves them). The objects are generated from
search/registry.py by search/db.py, which also re-checks them after every
migrate (a later table rebuild on SQLite drops triggers)."""

from django.db import migrations

from search.db import install_from_migration, uninstall_from_migration


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_search_document"),
        ("actors", "0001_initial"),
        ("treaties", "0001_initial"),
        ("commentary", "0001_initial"),
    ]

    operations = [migrations.RunPython(install_from_migration, uninstall_from_migration, elidable=False)]
