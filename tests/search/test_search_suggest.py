"""search.suggest: prefix everywhere, typo tolerance on PostgreSQL (pg_trgm), visible only."""

import pytest
from django.db import connection

from core.models import EditorialStatus
from search.suggest import suggest
from tests.actors.factories import StateFactory
from tests.treaties.factories import TreatyFactory

pytestmark = pytest.mark.django_db


def test_prefix_matches_visible_names_only():
    StateFactory(name="Mongolia", slug="mongolia")
    StateFactory(name="Montenegro", slug="montenegro", editorial_status=EditorialStatus.DRAFT)
    TreatyFactory(title="Treaty of Moscow", slug="moscow")
    hits = suggest(q="mon")
    assert [(t, o.slug) for t, o in hits] == [("actor", "mongolia")]
    assert {o.slug for _, o in suggest(q="mon", published_only=False)} == {"mongolia", "montenegro"}
    assert suggest(q="   ") == []


@pytest.mark.postgres
def test_typos_match_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("pg_trgm")
    StateFactory(name="Mongolia", slug="mongolia")
    assert [o.slug for _, o in suggest(q="Mongolai", types=["actor"])] == ["mongolia"]
