"""Vendor-specific database objects of the search index, and the SQL that keeps it current.

Everything here is generated from the apps' search declarations (registry.specs() and
registry.dependents(), collected from each app's search.py), so adding a field to a weight
is a one-line change followed by `manage.py search_index --rebuild` (or any migrate: the
post_migrate check notices the changed definition and reinstalls).

PostgreSQL
    search_searchdocument.vector  tsvector GENERATED ALWAYS AS (A/B/C weighted, english) STORED
    search_document_vector_<kind> GIN index on vector, partial: one per kind
    search_sync_<kind>()          one plpgsql trigger function per source table
SQLite
    search_searchdocument_fts     FTS5 external-content table over a, b, c
                                  (tokenize='porter unicode61'), synced by three triggers
    search_sync_<kind>_{ai,au,ad} triggers per source table
Both
    search_index_state            one row: digest of the installed definitions

Source-table triggers upsert the record's document (INSERT ... SELECT ... ON CONFLICT DO
UPDATE, the same SQL on both vendors) and delete it with the record. Dependent syncs:
an actor's aliases feed the actor's document, an article's provision types (the M2M rows
and the types' names) feed the article's, and a takeaway's heading feeds its citations'
and mentions' documents.
"""

import hashlib
import logging

from django.apps import apps as global_apps
from django.db import connections

from .registry import SearchSpec, Source, dependents, specs, specs_by_label

log = logging.getLogger(__name__)

DOC_TABLE = "search_searchdocument"
FTS_TABLE = "search_searchdocument_fts"
STATE_TABLE = "search_index_state"
TRIGGER_PREFIX = "search_sync_"
SUPPORTED_VENDORS = ("postgresql", "sqlite")
# LIKE pattern for our object names; "_" is a LIKE wildcard, so escape it (backslash is
# PostgreSQL's default escape; SQLite is told with ESCAPE).
_LIKE_PREFIX = TRIGGER_PREFIX.replace("_", "\\_") + "%"


def _model(spec: SearchSpec):
    return global_apps.get_model(spec.label)


def _source_sql(source: Source, vendor: str) -> str:
    if source.sql:
        return source.sql.get(vendor) or source.sql["*"]
    column = f"t.{source.column}"
    return f"'{source.prefix}' || {column}" if source.prefix else column


def _weight_sql(sources: tuple[Source, ...], vendor: str) -> str:
    if not sources:
        return "''"
    return " || ' ' || ".join(f"coalesce({_source_sql(s, vendor)}, '')" for s in sources)


def upsert_sql(spec: SearchSpec, vendor: str, where: str, *, oldest_first: bool = False) -> str:
    """INSERT the documents of `spec`'s rows matching `where` (over `t`), or update them.
    `oldest_first` (a rebuild): documents are numbered in the records' creation order, so
    the newest records land in the newest index segments, as they do when written live."""
    model = _model(spec)
    a, b, c = (_weight_sql(s, vendor) for s in (spec.a, spec.b, spec.c))
    pk = model._meta.pk.column
    order = ""
    if oldest_first:
        fields = {f.name for f in model._meta.concrete_fields}
        order = f" ORDER BY {'t.created, ' if 'created' in fields else ''}t.{pk}"
    return (
        f"INSERT INTO {DOC_TABLE} (kind, object_id, a, b, c) "
        f"SELECT '{spec.kind}', t.{pk}, {a}, {b}, {c} FROM {model._meta.db_table} t "
        f"WHERE {where}{order} "
        "ON CONFLICT (kind, object_id) DO UPDATE SET a = excluded.a, b = excluded.b, c = excluded.c"
    )


def delete_sql(spec: SearchSpec, row: str) -> str:
    pk = _model(spec)._meta.pk.column
    return f"DELETE FROM {DOC_TABLE} WHERE kind = '{spec.kind}' AND object_id = {row}.{pk}"


# --- PostgreSQL -------------------------------------------------------------------------


# Documents per index segment. Each document's vector also holds the lexeme of its segment
# ("segment 17": the space keeps any parsed query, which splits on spaces, from matching it).
# A GIN scan ANDed with one segment's lexeme reads only that stretch of every posting list,
# so ranking can take its candidates from the newest segments at a cost that does not grow
# with the corpus (search/ranking.py, docs/decisions/0027-search-segments.md).
SEGMENT_SIZE = 16_384


def segment_lexeme_sql(number_sql: str) -> str:
    """SQL text of the segment lexeme for a segment number (an SQL integer expression)."""
    return f"'segment ' || ({number_sql})::text"


def _pg_vector_expr() -> str:
    parts = [f"setweight(to_tsvector('english'::regconfig, coalesce({w}, '')), '{w.upper()}')" for w in "abc"]
    # `id` is assigned before generated columns are computed; a document keeps its id (and
    # segment) across updates, the trigger upserts ON CONFLICT.
    parts.append(f"array_to_tsvector(ARRAY[{segment_lexeme_sql(f'id / {SEGMENT_SIZE}')}])")
    return " || ".join(parts)


def vector_index(spec: SearchSpec) -> str:
    """Name of the partial GIN index over one kind's vectors."""
    return f"search_document_vector_{spec.kind.replace('.', '_')}"


def postgresql_statements() -> list[str]:
    stmts = [
        f"ALTER TABLE {DOC_TABLE} DROP COLUMN IF EXISTS vector",
        f"ALTER TABLE {DOC_TABLE} ADD COLUMN vector tsvector GENERATED ALWAYS AS ({_pg_vector_expr()}) STORED",
    ]
    # One GIN index per kind, partial on it: every query names its kind (a literal: Django
    # binds parameters client-side), so a search for actors reads the actors' postings only,
    # not those of a million mentions, and needs no BitmapAnd with the (kind, object_id)
    # btree. One index over every kind cost 60-90 ms per kind for a common word at 200k
    # takeaways (docs/performance.md, search).
    stmts += [
        f"CREATE INDEX {vector_index(spec)} ON {DOC_TABLE} USING gin (vector) WHERE kind = '{spec.kind}'"
        for spec in specs()
    ]
    for spec in specs():
        table = _model(spec)._meta.db_table
        pk = _model(spec)._meta.pk.column
        fn = f"{TRIGGER_PREFIX}{spec.kind.replace('.', '_')}"
        body = (
            "BEGIN\n"
            f"  IF TG_OP = 'DELETE' THEN {delete_sql(spec, 'OLD')}; RETURN NULL; END IF;\n"
            f"  {upsert_sql(spec, 'postgresql', f't.{pk} = NEW.{pk}')};\n"
            "  RETURN NULL;\nEND"
        )
        stmts += _pg_trigger(fn, table, ("INSERT", "UPDATE", "DELETE"), body)
    by_label = specs_by_label()
    for dep in dependents():
        spec = by_label[dep.spec_label]
        lines = []
        if "INSERT" in dep.events or "UPDATE" in dep.events:
            where = dep.where.replace(":row", "NEW")
            lines.append(f"  IF TG_OP <> 'DELETE' THEN {upsert_sql(spec, 'postgresql', where)}; END IF;")
        if "DELETE" in dep.events or "UPDATE" in dep.events:
            where = dep.where.replace(":row", "OLD")
            lines.append(f"  IF TG_OP <> 'INSERT' THEN {upsert_sql(spec, 'postgresql', where)}; END IF;")
        body = "BEGIN\n" + "\n".join(lines) + "\n  RETURN NULL;\nEND"
        stmts += _pg_trigger(f"{TRIGGER_PREFIX}{dep.name}", dep.table, dep.events, body)
    return stmts


def _pg_trigger(name: str, table: str, events: tuple[str, ...], body: str) -> list[str]:
    return [
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $fn$\n{body}\n$fn$",
        f"DROP TRIGGER IF EXISTS {name} ON {table}",
        f"CREATE TRIGGER {name} AFTER {' OR '.join(events)} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()",
    ]


def _pg_drop_statements(connection) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND t.tgname LIKE %s",
            [_LIKE_PREFIX],
        )
        triggers = cursor.fetchall()
        cursor.execute("SELECT proname FROM pg_proc WHERE proname LIKE %s", [_LIKE_PREFIX])
        functions = [r[0] for r in cursor.fetchall()]
    stmts = [f"DROP TRIGGER IF EXISTS {name} ON {table}" for name, table in triggers]
    stmts += [f"DROP FUNCTION IF EXISTS {name}()" for name in functions]
    stmts += [
        # Installs before the per-kind indexes had one over every kind; dropping the column
        # drops the per-kind ones with it.
        "DROP INDEX IF EXISTS search_document_vector_gin",
        f"ALTER TABLE {DOC_TABLE} DROP COLUMN IF EXISTS vector",
    ]
    return stmts


# --- SQLite -----------------------------------------------------------------------------


def sqlite_statements() -> list[str]:
    fts_cols = "rowid, a, b, c"
    stmts = [
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(a, b, c, content='{DOC_TABLE}', content_rowid='id', "
        "tokenize='porter unicode61')",
        f"CREATE TRIGGER {TRIGGER_PREFIX}doc_ai AFTER INSERT ON {DOC_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE} ({fts_cols}) VALUES (new.id, new.a, new.b, new.c); END",
        f"CREATE TRIGGER {TRIGGER_PREFIX}doc_ad AFTER DELETE ON {DOC_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, {fts_cols}) VALUES ('delete', old.id, old.a, old.b, old.c); END",
        f"CREATE TRIGGER {TRIGGER_PREFIX}doc_au AFTER UPDATE ON {DOC_TABLE} BEGIN "
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, {fts_cols}) VALUES ('delete', old.id, old.a, old.b, old.c); "
        f"INSERT INTO {FTS_TABLE} ({fts_cols}) VALUES (new.id, new.a, new.b, new.c); END",
    ]
    for spec in specs():
        table = _model(spec)._meta.db_table
        pk = _model(spec)._meta.pk.column
        name = f"{TRIGGER_PREFIX}{spec.kind.replace('.', '_')}"
        upsert = upsert_sql(spec, "sqlite", f"t.{pk} = new.{pk}")
        stmts += [
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN {upsert}; END",
            f"CREATE TRIGGER {name}_au AFTER UPDATE ON {table} BEGIN {upsert}; END",
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN {delete_sql(spec, 'old')}; END",
        ]
    by_label = specs_by_label()
    for dep in dependents():
        spec = by_label[dep.spec_label]
        for event in dep.events:
            rows = {"INSERT": ["new"], "UPDATE": ["new", "old"], "DELETE": ["old"]}[event]
            body = " ".join(f"{upsert_sql(spec, 'sqlite', dep.where.replace(':row', row))};" for row in rows)
            stmts.append(
                f"CREATE TRIGGER {TRIGGER_PREFIX}{dep.name}_{event[0].lower()} AFTER {event} ON {dep.table} "
                f"BEGIN {body} END"
            )
    return stmts


def _sqlite_drop_statements(connection) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s ESCAPE '\\'",
            [_LIKE_PREFIX],
        )
        triggers = [r[0] for r in cursor.fetchall()]
    return [f"DROP TRIGGER IF EXISTS {name}" for name in triggers] + [f"DROP TABLE IF EXISTS {FTS_TABLE}"]


# --- install, rebuild, check ------------------------------------------------------------


def statements(vendor: str) -> list[str]:
    return postgresql_statements() if vendor == "postgresql" else sqlite_statements()


def digest(vendor: str) -> str:
    return hashlib.sha256("\n".join(statements(vendor)).encode()).hexdigest()[:16]


def expected_trigger_count(vendor: str) -> int:
    return sum(1 for s in statements(vendor) if s.startswith("CREATE TRIGGER"))


def installed_state(connection) -> tuple[str | None, int]:
    """(stored digest, number of our triggers present)."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        if STATE_TABLE not in tables:
            return None, 0
        cursor.execute(f"SELECT digest FROM {STATE_TABLE}")
        row = cursor.fetchone()
        if connection.vendor == "postgresql":
            cursor.execute("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE %s", [_LIKE_PREFIX])
        else:
            cursor.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s ESCAPE '\\'",
                [_LIKE_PREFIX],
            )
        return (row[0] if row else None), cursor.fetchone()[0]


def is_current(connection) -> bool:
    if connection.vendor not in SUPPORTED_VENDORS:
        return True
    stored, triggers = installed_state(connection)
    return stored == digest(connection.vendor) and triggers == expected_trigger_count(connection.vendor)


def uninstall(connection) -> None:
    if connection.vendor not in SUPPORTED_VENDORS:
        return
    if connection.vendor == "postgresql":
        drops = _pg_drop_statements(connection)
    else:
        drops = _sqlite_drop_statements(connection)
    with connection.cursor() as cursor:
        for stmt in drops:
            cursor.execute(stmt)
        cursor.execute(f"DROP TABLE IF EXISTS {STATE_TABLE}")


def install(connection) -> None:
    """(Re)create the vendor's search objects and rebuild every document. Idempotent."""
    if connection.vendor not in SUPPORTED_VENDORS:
        log.warning("search: no native index for %s; the icontains fallback serves q", connection.vendor)
        return
    uninstall(connection)
    with connection.cursor() as cursor:
        for stmt in statements(connection.vendor):
            cursor.execute(stmt)
        cursor.execute(f"CREATE TABLE {STATE_TABLE} (digest varchar(64) NOT NULL)")
        cursor.execute(f"INSERT INTO {STATE_TABLE} (digest) VALUES (%s)", [digest(connection.vendor)])
    rebuild(connection)


def rebuild(connection) -> int:
    """Rewrite every document from the source tables; returns the number of documents."""
    if connection.vendor not in SUPPORTED_VENDORS:
        return 0
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # First make the FTS index agree with its content table (it is empty right after
            # install): its delete trigger must only ever remove rows that it indexed, or
            # FTS5 reports the index as corrupt.
            cursor.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('rebuild')")
        cursor.execute(f"DELETE FROM {DOC_TABLE}")
        for spec in specs():
            cursor.execute(upsert_sql(spec, connection.vendor, "1 = 1", oldest_first=True))
            if connection.vendor == "postgresql":
                # Rebuilt row by row, through the pending list, the GIN index came out with
                # posting trees that a scan cannot skip through: "military & segment N" took
                # 13 ms at 200k takeaways, 2 ms after a bulk build (docs/decisions/0027).
                cursor.execute(f"REINDEX INDEX {vector_index(spec)}")
        cursor.execute(f"SELECT count(*) FROM {DOC_TABLE}")
        return cursor.fetchone()[0]


def install_from_migration(apps, schema_editor) -> None:
    connection = schema_editor.connection
    if connection.vendor in SUPPORTED_VENDORS and _missing_tables(connection):
        # A migration runs with today's declarations, which may name a table that a later
        # migration creates (a fresh database migrates in order). Leave a state row that is
        # not current: the post_migrate check then installs once every table exists.
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {STATE_TABLE}")
            cursor.execute(f"CREATE TABLE {STATE_TABLE} (digest varchar(64) NOT NULL)")
            cursor.execute(f"INSERT INTO {STATE_TABLE} (digest) VALUES ('pending')")
        return
    install(connection)


def _missing_tables(connection) -> set[str]:
    with connection.cursor() as cursor:
        present = set(connection.introspection.table_names(cursor))
    return {dependent.table for dependent in dependents()} - present


def uninstall_from_migration(apps, schema_editor) -> None:
    uninstall(schema_editor.connection)


def release_triggers_before_migrate(sender, using: str = "default", plan=None, **kwargs) -> None:
    """SQLite only, and only when migrations are about to run: drop our triggers so that
    table rebuilds (CREATE new__t, copy, DROP t, RENAME) can validate the schema. The state
    row stays, so ensure_search_objects_after_migrate sees them missing and reinstalls and
    rebuilds the index (which also picks up rows that data migrations changed)."""
    connection = connections[using]
    if connection.vendor != "sqlite" or not plan:
        return
    with connection.cursor() as cursor:
        if STATE_TABLE not in connection.introspection.table_names(cursor):
            return
        for stmt in _sqlite_drop_statements(connection):
            if stmt.startswith("DROP TRIGGER"):
                cursor.execute(stmt)
    log.info("search: triggers released for migrations on %s", using)


def ensure_search_objects_after_migrate(sender, using: str = "default", **kwargs) -> None:
    connection = connections[using]
    if connection.vendor not in SUPPORTED_VENDORS:
        return
    with connection.cursor() as cursor:
        if STATE_TABLE not in connection.introspection.table_names(cursor):
            return  # the index migration is not applied (fresh or migrated backwards)
    if not is_current(connection):
        if _missing_tables(connection):  # migrated backwards past a table the code reads
            log.warning("search: not reinstalling on %s until its tables exist", using)
            return
        log.info("search: index objects missing or outdated on %s; reinstalling", using)
        install(connection)
