"""PostgreSQL connections of the API run without JIT (decision 0027, docs/deployment.md)."""

import pytest
from django.db import connection

from config.settings.base import database_from_url


def test_postgres_connections_turn_jit_off_unless_told_otherwise(monkeypatch):
    monkeypatch.delenv("DB_JIT", raising=False)
    assert database_from_url("postgres://u@db/pactum")["OPTIONS"]["options"] == "-c jit=off"
    monkeypatch.setenv("DB_JIT", "1")
    assert "options" not in database_from_url("postgres://u@db/pactum").get("OPTIONS", {})
    # SQLite has no JIT and keeps only its own options.
    monkeypatch.delenv("DB_JIT")
    assert "options" not in database_from_url("sqlite:////tmp/pactum.sqlite3")["OPTIONS"]


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_live_postgres_connection_has_jit_off():
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
