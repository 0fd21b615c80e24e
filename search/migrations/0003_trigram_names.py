"""Vendor-guarded: pg_trgm and a trigram index on the documents' weight-A text (titles,
headings, names) for prefix and typo-tolerant short queries (search.suggest). Other
vendors get nothing: suggest() falls back to a prefix match there."""

from django.db import migrations

SQL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS search_document_a_trgm ON search_searchdocument USING gin (a gin_trgm_ops)",
)
REVERSE = ("DROP INDEX IF EXISTS search_document_a_trgm",)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in SQL:
            schema_editor.execute(statement)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in REVERSE:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_native_fulltext_index_vendor_guarded")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
