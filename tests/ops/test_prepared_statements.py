"""PostgreSQL connections prepare server-bound statements (the compiled details) unless
DB_PREPARED_STATEMENTS turns it off for a pooler; SQLite gets no such option."""

from config.settings.base import database_from_url


def test_postgres_connections_prepare_server_bound_statements_by_default(monkeypatch):
    monkeypatch.delenv("DB_PREPARED_STATEMENTS", raising=False)
    assert database_from_url("postgres://u@db/pactum")["OPTIONS"]["prepare_threshold"] == 5


def test_prepared_statements_can_be_turned_off_for_a_pooler(monkeypatch):
    monkeypatch.setenv("DB_PREPARED_STATEMENTS", "0")
    assert "prepare_threshold" not in database_from_url("postgres://u@db/pactum").get("OPTIONS", {})


def test_sqlite_gets_no_prepare_option(monkeypatch):
    monkeypatch.delenv("DB_PREPARED_STATEMENTS", raising=False)
    assert "prepare_threshold" not in database_from_url("sqlite:////tmp/pactum.sqlite3")["OPTIONS"]
