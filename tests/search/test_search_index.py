"""The database objects behind search: triggers, the FTS5 table, the tsvector column."""

import pytest
from django.core.management import call_command
from django.db import connection

from commentary.models import Takeaway
from search import apply_search, db
from search.models import SearchDocument
from tests.commentary.factories import TakeawayFactory
from tests.treaties.factories import TreatyFactory

pytestmark = pytest.mark.django_db

postgres_only = (
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL tsvector/GIN behaviour"),
)
sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite FTS5 behaviour")


def _sql(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


def test_documents_hold_weighted_text():
    treaty = TreatyFactory(title="Treaty of Friendship", short_title="Friendship Treaty", description="About peace.")
    doc = SearchDocument.objects.get(kind="treaties.treaty", object_id=treaty.pk)
    assert (doc.a, doc.b, doc.c) == ("Treaty of Friendship", "Friendship Treaty", "About peace.")


def test_installed_objects_are_current_after_migrate():
    assert db.is_current(connection)
    stored, triggers = db.installed_state(connection)
    assert stored == db.digest(connection.vendor)
    assert triggers == db.expected_trigger_count(connection.vendor) > 10


def test_missing_trigger_is_healed_after_migrate_and_index_rebuilt():
    takeaway = TakeawayFactory(body="Before the drop.")
    # What SQLite does to triggers when a migration rebuilds a table to alter it.
    table = Takeaway._meta.db_table
    if connection.vendor == "postgresql":
        _sql(f"DROP TRIGGER search_sync_commentary_takeaway ON {table}")
    else:
        _sql("DROP TRIGGER search_sync_commentary_takeaway_au")
    Takeaway.objects.filter(pk=takeaway.pk).update(body="Written while the trigger was gone: meteorite.")
    assert list(apply_search(Takeaway.objects.all(), "meteorite")) == []  # stale, as expected
    assert not db.is_current(connection)
    db.ensure_search_objects_after_migrate(sender=None, using="default")
    assert db.is_current(connection)
    assert list(apply_search(Takeaway.objects.all(), "meteorite")) == [takeaway]


def test_management_command_reports_and_rebuilds(capsys):
    TakeawayFactory(body="Counted.")
    SearchDocument.objects.all().delete()
    call_command("search_index", "--rebuild")
    out = capsys.readouterr().out
    assert "rebuilt 2 documents" in out  # the takeaway and its publication
    assert list(apply_search(Takeaway.objects.all(), "counted")) != []
    assert "current" in out and "OUTDATED" not in out


@sqlite_only
def test_sqlite_fts5_uses_porter_and_stays_consistent():
    (sql,) = _sql("SELECT sql FROM sqlite_master WHERE name = %s", [db.FTS_TABLE])[0]
    assert "fts5" in sql and "porter unicode61" in sql
    takeaway = TakeawayFactory(body="One.")
    for word in ("two", "three"):
        takeaway.body = word
        takeaway.save()
    takeaway.delete()
    # Raises (and fails the test) if the external-content index drifted from its table.
    _sql(f"INSERT INTO {db.FTS_TABLE} ({db.FTS_TABLE}, rank) VALUES ('integrity-check', 1)")


@postgres_only[0]
@postgres_only[1]
def test_postgres_vector_is_weighted_and_stemmed():
    treaty = TreatyFactory(title="Treaties", short_title="Alliance", description="Defending allies")
    (vector,) = _sql(
        "SELECT vector::text FROM search_searchdocument WHERE kind = %s AND object_id = %s",
        ["treaties.treaty", treaty.pk],
    )[0]
    assert "'treati':1A" in vector
    assert "'allianc':2B" in vector
    assert "'defend':3C" in vector and "'alli':4C" in vector


@postgres_only[0]
@postgres_only[1]
def test_postgres_match_can_use_the_gin_index():
    # On a toy table the planner prefers the (kind, object_id) btree or a sequential scan;
    # without them the kind-qualified @@ condition is served by the kind's partial GIN index
    # (bench/search_bench.py and bench/scale/explain.py show the plan at scale).
    TakeawayFactory(body="Indexed.")
    # A one-page table is cheaper to read through the (kind, object_id) or (kind, id) btree
    # than through any GIN index: take them out of the picture (the test's transaction rolls
    # it back).
    _sql("ALTER TABLE search_searchdocument DROP CONSTRAINT search_document_unique")
    _sql("DROP INDEX search_document_kind_id")
    _sql("SET LOCAL enable_seqscan = off")
    plan = "\n".join(
        row[0]
        for row in _sql(
            "EXPLAIN SELECT object_id FROM search_searchdocument "
            "WHERE kind = 'commentary.takeaway' AND vector @@ websearch_to_tsquery('english', %s)",
            ["indexed"],
        )
    )
    # The kind's own partial index, without a BitmapAnd on the (kind, object_id) btree.
    assert "search_document_vector_commentary_takeaway" in plan
    assert "BitmapAnd" not in plan


@pytest.mark.postgres
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL stop words in phrases")
def test_postgres_phrase_skips_stop_words_by_position():
    # english drops "and"/"other" but keeps their positions: the phrase needs exactly
    # two words between "military" and "assistance" (SQLite needs the very words).
    a = TakeawayFactory(body="military or some assistance")
    TakeawayFactory(body="military assistance")
    assert list(apply_search(Takeaway.objects.all(), '"military and other assistance"')) == [a]


@sqlite_only
@pytest.mark.django_db(transaction=True)
def test_sqlite_table_rebuild_in_a_migration_works_and_search_heals():
    # SQLite alters a column by rebuilding the table (CREATE new__t, copy, DROP t, RENAME);
    # the RENAME fails while another table's trigger names the table (citations' documents
    # read commentary_takeaway.heading). pre_migrate releases the triggers, post_migrate
    # reinstalls them and rebuilds the index.
    from django.db.models import CharField

    from search.db import ensure_search_objects_after_migrate, release_triggers_before_migrate

    before = TakeawayFactory(body="Written before the migration.")
    old = Takeaway._meta.get_field("heading")
    new = CharField(max_length=old.max_length + 1, help_text=old.help_text)
    new.set_attributes_from_name("heading")
    new.model = Takeaway
    release_triggers_before_migrate(sender=None, using="default", plan=[("migration", False)])
    with connection.schema_editor() as editor:
        editor.alter_field(Takeaway, old, new)
        editor.alter_field(Takeaway, new, old)
    ensure_search_objects_after_migrate(sender=None, using="default")
    assert db.is_current(connection)
    after = TakeawayFactory(body="Written after the migration.")
    assert set(apply_search(Takeaway.objects.all(), "migration")) == {before, after}
