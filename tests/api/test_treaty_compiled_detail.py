"""The treaty detail rendered from compiled rows (api/detail_rows.py) is the serializer's
detail byte for byte, with the same ETag and Last-Modified, for anonymous readers and for
editors (who see drafts); any query parameter keeps the serializer path."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from api import detail_rows
from api.v1.treaties.views import TreatyViewSet
from core.models import Correction, EditorialStatus
from tests.actors.factories import PersonFactory
from tests.api_support import build_world
from tests.core.factories import SourceFactory
from treaties.models import Treaty, TreatyParty

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_public_cache(settings):
    # Every request here renders: a public-cache hit would answer the second path.
    settings.PUBLIC_RESPONSE_CACHE_SECONDS = 0


@pytest.fixture
def renders(monkeypatch):
    """Counts the compiled renders, so a test knows which path answered."""
    calls = []
    render = detail_rows.DetailPlan.render

    def counted(plan, value, *, using):
        calls.append(value)
        return render(plan, value, using=using)

    monkeypatch.setattr(detail_rows.DetailPlan, "render", counted)
    return calls


def _both(client, path: str, monkeypatch, **headers) -> tuple:
    """(compiled, serializer) responses to the same request, and their query counts."""
    answers = []
    for compiled in (True, False):
        monkeypatch.setattr(TreatyViewSet, "compiled_detail", compiled)
        with CaptureQueriesContext(connection) as queries:
            answers.append((client.get(path, **headers), len(queries)))
    return answers


def _assert_identical(client, slug: str, monkeypatch) -> None:
    (compiled, compiled_queries), (plain, plain_queries) = _both(client, f"/api/v1/treaties/{slug}/", monkeypatch)
    assert compiled.status_code == plain.status_code, slug
    assert compiled.content == plain.content, slug
    assert compiled.get("ETag") == plain.get("ETag"), slug
    assert compiled.get("Last-Modified") == plain.get("Last-Modified"), slug
    assert compiled_queries <= plain_queries, slug


def _drafts_and_provenance(world) -> None:
    """A draft signatory, sources on a party and on the treaty, a correction, a draft article
    (build_world has a draft party actor, a draft superseded treaty and a draft article)."""
    new = world.new
    party = TreatyParty.objects.get(treaty=new, actor=world.dprk)
    party.signatory = PersonFactory(slug="draft-signer", name="Draft Signer", editorial_status=EditorialStatus.DRAFT)
    party.save()
    SourceFactory(content_object=party, position=1)
    SourceFactory(content_object=new, position=1)
    SourceFactory(content_object=new, position=2)
    Correction.objects.create(
        content_type=ContentType.objects.get_for_model(Treaty),
        object_id=new.pk,
        record_label=new.title,
        version=2,
        made_at=timezone.now() - datetime.timedelta(days=1),
        reason="Date corrected.",
        changes=[{"field": "signed_on", "old": "2024-06-18", "new": "2024-06-19"}],
    )


@pytest.mark.usefixtures("seeded")
def test_every_seed_treaty_renders_identically_for_anonymous_readers(api_client, monkeypatch, renders):
    slugs = list(Treaty.objects.values_list("slug", flat=True))
    assert slugs
    for slug in slugs:
        _assert_identical(api_client, slug, monkeypatch)
    assert len(renders) == len(slugs)


@pytest.mark.usefixtures("seeded")
def test_every_seed_treaty_renders_identically_for_editors(api_client, editor, monkeypatch, renders):
    api_client.force_authenticate(editor)
    slugs = list(Treaty.objects.values_list("slug", flat=True))
    for slug in slugs:
        _assert_identical(api_client, slug, monkeypatch)
    assert len(renders) == len(slugs)


def test_drafts_sources_and_corrections_render_identically_for_each_reader(api_client, editor, monkeypatch, renders):
    world = build_world()
    _drafts_and_provenance(world)
    for slug in ("new-treaty", "old-treaty", "draft-treaty"):
        _assert_identical(api_client, slug, monkeypatch)
    api_client.force_authenticate(editor)
    for slug in ("new-treaty", "old-treaty", "draft-treaty"):
        _assert_identical(api_client, slug, monkeypatch)
    assert len(renders) == 6
    editor_view = api_client.get("/api/v1/treaties/new-treaty/").json()
    assert "draft-signer" in {(party["signatory"] or {}).get("slug") for party in editor_view["parties"]}
    assert editor_view["corrections"][0]["changes"][0]["field"] == "signed_on"


def test_a_hidden_or_missing_treaty_is_a_404_on_the_compiled_path(api_client, monkeypatch, renders):
    build_world()
    for slug in ("draft-treaty", "no-such-treaty"):
        (compiled, _), (plain, _) = _both(api_client, f"/api/v1/treaties/{slug}/", monkeypatch)
        assert compiled.status_code == plain.status_code == 404
        assert compiled.content == plain.content
    assert renders


def test_a_matching_if_none_match_is_a_304_on_the_compiled_path(api_client, monkeypatch, renders):
    build_world()
    etag = api_client.get("/api/v1/treaties/new-treaty/")["ETag"]
    (compiled, _), (plain, _) = _both(api_client, "/api/v1/treaties/new-treaty/", monkeypatch, HTTP_IF_NONE_MATCH=etag)
    assert compiled.status_code == plain.status_code == 304
    assert compiled["ETag"] == plain["ETag"] == etag


@pytest.mark.parametrize("query", ["fields=slug,parties", "omit=articles", "format=csv", "as_of=2024-01-01T00:00:00Z"])
def test_a_query_parameter_keeps_the_serializer_path(api_client, monkeypatch, renders, query):
    build_world()
    monkeypatch.setattr(TreatyViewSet, "compiled_detail", True)
    assert api_client.get(f"/api/v1/treaties/new-treaty/?{query}").status_code in (200, 404)
    assert renders == []


def test_a_write_is_seen_at_once_on_the_compiled_path(api_client, monkeypatch, renders):
    world = build_world()
    before = api_client.get("/api/v1/treaties/new-treaty/")
    Treaty.objects.filter(pk=world.new.pk).update(title="Renamed", version=world.new.version + 1)
    after = api_client.get("/api/v1/treaties/new-treaty/")
    assert after.json()["title"] == "Renamed"
    assert after["ETag"] != before["ETag"]
    assert len(renders) == 2


@pytest.mark.postgres
def test_the_compiled_statements_bind_on_the_server_so_that_psycopg_prepares_them():
    # pg_prepared_statements shows them outside the test's transaction (9 of the detail's
    # ten after a few requests, docs/performance.md); here: the cursor and the threshold.
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")
    import psycopg

    with detail_rows._server_binding_cursor(connection) as cursor:
        assert not isinstance(cursor.cursor, psycopg.ClientCursor)
        cursor.execute("SELECT %s::int", [1])
        assert cursor.fetchone() == (1,)
    assert connection.connection.prepare_threshold == 5
