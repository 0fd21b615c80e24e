"""Indexes for prefix, word-prefix and typo-tolerant lookups (the API's autocomplete).

PostgreSQL only, and guarded: on SQLite the migration operation does nothing. Per column:
a btree on `UPPER(col::text) text_pattern_ops` (what Django emits for `istartswith`, so a
prefix is an index range scan, not an UPPER() of every row), and where pg_trgm is
available a GIN trigram index on the same expression (for `icontains` word prefixes and
the `<%` typo operator). IF NOT EXISTS keeps them compatible with other branches creating
pg_trgm indexes of their own.
"""

from django.db import migrations

WORD_SIMILARITY_OPERATORS = ("word_similarity_op(text, text)", "word_similarity_commutator_op(text, text)")
WORD_SIMILARITY_COST = 200


def _index_names(table: str, column: str) -> tuple[str, str]:
    return f"{table}_{column}_ac_prefix", f"{table}_{column}_ac_trgm"


def trigram_indexes(indexes: dict[str, tuple[str, ...]]) -> migrations.RunPython:
    """A migration operation creating the prefix and trigram indexes of each (table, column)."""

    def forwards(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
            trigrams = cursor.fetchone() is not None
            if trigrams:
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                # pg_trgm declares the word-similarity operators at the default cost (that of
                # `=`), though each call costs ~50 us; the planner then seq-scans small
                # tables computing it per row (60 ms for 1,000 treaties) rather than asking
                # the trigram index (under 1 ms). A realistic cost fixes the plan choice.
                for function in WORD_SIMILARITY_OPERATORS:
                    cursor.execute(f"ALTER FUNCTION {function} COST {WORD_SIMILARITY_COST}")
            for table, columns in indexes.items():
                for column in columns:
                    prefix, trigram = _index_names(table, column)
                    cursor.execute(
                        f"CREATE INDEX IF NOT EXISTS {prefix} ON {table} ((UPPER({column}::text)) text_pattern_ops)"
                    )
                    if trigrams:
                        cursor.execute(
                            f"CREATE INDEX IF NOT EXISTS {trigram} "
                            f"ON {table} USING gin ((UPPER({column}::text)) gin_trgm_ops)"
                        )

    def backwards(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for table, columns in indexes.items():
                for column in columns:
                    for name in _index_names(table, column):
                        cursor.execute(f"DROP INDEX IF EXISTS {name}")

    return migrations.RunPython(forwards, backwards, elidable=False)
