"""A record or nested fact marked confirmed cites at least one source (decision 0023):
the rule of core.services, as the services, the API and the admin apply it."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.services import token_create
from core.audit import COMMAND
from core.models import Confidence, Source
from core.services import record_create, record_delete, record_update, record_upsert
from tests.actors.factories import EventParticipantFactory, StateFactory
from tests.core.factories import SourceFactory
from tests.treaties.factories import ArticleProvisionFactory, TreatyFactory, TreatyPartyFactory
from treaties.models import Treaty, TreatyParty

pytestmark = pytest.mark.django_db
CONFIRMED, PROBABLE = Confidence.CONFIRMED, Confidence.PROBABLE
PROBLEM = "application/problem+json"
SOURCE = {"url": "https://example.org/treaty-text", "title": "Treaty text", "supports": "Signature date."}


def _fields(slug="amity", **overrides):
    fields = {"title": "Treaty of Amity", "slug": slug, "kind": "bilateral", "status": "in_force"}
    return {**fields, **overrides}


# --- the service ---------------------------------------------------------------------------
def test_create_confirmed_without_a_source_is_refused_and_writes_nothing():
    with pytest.raises(ValidationError) as refused:
        record_create(model=Treaty, fields=_fields(confidence=CONFIRMED), audit=COMMAND)
    assert "marked confirmed but has no source" in refused.value.message_dict["confidence"][0]
    assert not Treaty.objects.filter(slug="amity").exists()


def test_create_confirmed_with_its_source_writes_both():
    treaty = record_create(model=Treaty, fields=_fields(confidence=CONFIRMED), sources=[SOURCE], audit=COMMAND)
    assert [(s.url, s.supports) for s in treaty.sources.all()] == [(SOURCE["url"], SOURCE["supports"])]


def test_update_to_confirmed_needs_a_source_and_passes_once_one_exists():
    treaty = TreatyFactory(confidence=PROBABLE)
    with pytest.raises(ValidationError):
        record_update(instance=treaty, changes={"confidence": CONFIRMED}, audit=COMMAND)
    assert Treaty.objects.get(pk=treaty.pk).confidence == PROBABLE
    SourceFactory(content_object=treaty)
    assert record_update(instance=treaty, changes={"confidence": CONFIRMED}, audit=COMMAND).confidence == CONFIRMED


def test_nested_facts_follow_the_same_rule():
    for fact in (TreatyPartyFactory(), EventParticipantFactory(), ArticleProvisionFactory()):
        with pytest.raises(ValidationError):
            record_update(instance=fact, changes={"confidence": CONFIRMED}, audit=COMMAND)
        SourceFactory(content_object=fact)
        record_update(instance=fact, changes={"confidence": CONFIRMED}, audit=COMMAND)
        assert type(fact).objects.get(pk=fact.pk).confidence == CONFIRMED


def test_removing_the_last_source_of_a_confirmed_record_is_refused():
    treaty = TreatyFactory()
    first, second = SourceFactory(content_object=treaty), SourceFactory(content_object=treaty)
    Treaty.objects.filter(pk=treaty.pk).update(confidence=CONFIRMED)
    record_delete(instance=first, audit=COMMAND)
    with pytest.raises(ValidationError) as refused:
        record_delete(instance=second, audit=COMMAND)
    assert "only source" in refused.value.message_dict["sources"][0]
    assert Source.objects.filter(pk=second.pk).exists()


def test_upsert_writes_the_sources_it_is_given_and_refuses_without():
    party = TreatyPartyFactory()
    key = {"treaty": party.treaty, "actor": party.actor}
    with pytest.raises(ValidationError):
        record_upsert(model=TreatyParty, key=key, defaults={"confidence": CONFIRMED})
    row, _ = record_upsert(model=TreatyParty, key=key, defaults={"confidence": CONFIRMED}, sources=[SOURCE])
    assert row.confidence == CONFIRMED and [s.url for s in row.sources.all()] == [SOURCE["url"]]


# --- the API -------------------------------------------------------------------------------
@pytest.fixture
def editor_api(editor):
    client = APIClient()
    _, key = token_create(user=editor)
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_api_refuses_confirming_a_treaty_without_a_source(editor_api):
    TreatyFactory(slug="t", confidence=PROBABLE)
    etag = editor_api.get("/api/v1/treaties/t/")["ETag"]
    response = editor_api.patch("/api/v1/treaties/t/", {"confidence": CONFIRMED}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 400 and response["Content-Type"] == PROBLEM
    assert "marked confirmed but has no source" in str(response.json())
    assert Treaty.objects.get(slug="t").confidence == PROBABLE


def test_api_confirms_a_treaty_that_has_a_source(editor_api):
    SourceFactory(content_object=TreatyFactory(slug="t", confidence=PROBABLE))
    etag = editor_api.get("/api/v1/treaties/t/")["ETag"]
    response = editor_api.patch("/api/v1/treaties/t/", {"confidence": CONFIRMED}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200 and response.json()["confidence"] == CONFIRMED


def test_api_refuses_creating_a_confirmed_treaty(editor_api):
    response = editor_api.post("/api/v1/treaties/", _fields(confidence=CONFIRMED), format="json")
    assert response.status_code == 400 and response["Content-Type"] == PROBLEM
    assert not Treaty.objects.filter(slug="amity").exists()


# --- the admin -----------------------------------------------------------------------------
SOURCES = "core-source-content_type-object_id"


def _admin_treaty(treaty=None, *, sources=(), **overrides):
    data = {
        "title": "Treaty of Amity",
        "short_title": "Amity",
        "slug": "amity",
        "kind": "bilateral",
        "status": "in_force",
        "confidence": PROBABLE,
        "editorial_status": "draft",
    }
    if treaty is not None:
        data.update(title=treaty.title, short_title=treaty.short_title, slug=treaty.slug)
        data["expected_version"] = treaty.version
    for prefix in ("parties", "articles"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    existing = list(treaty.sources.all()) if treaty is not None else []
    rows = [{"id": s.pk, "url": s.url, "title": s.title, "supports": s.supports, "position": 0} for s in existing]
    rows += list(sources)
    data.update({f"{SOURCES}-TOTAL_FORMS": len(rows), f"{SOURCES}-INITIAL_FORMS": len(existing)})
    for i, row in enumerate(rows):
        data.update({f"{SOURCES}-{i}-{name}": value for name, value in row.items()})
    data.update(overrides)
    return data


def test_admin_add_confirmed_without_a_source_shows_the_rule(client, editor):
    client.force_login(editor)
    response = client.post(reverse("admin:treaties_treaty_add"), _admin_treaty(confidence=CONFIRMED))
    assert response.status_code == 200
    assert "marked confirmed but has no source" in response.content.decode()
    assert not Treaty.objects.filter(slug="amity").exists()


def test_admin_add_confirmed_with_a_source_inline_saves_both(client, editor):
    client.force_login(editor)
    data = _admin_treaty(confidence=CONFIRMED, sources=[{**SOURCE, "position": 0}])
    response = client.post(reverse("admin:treaties_treaty_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    treaty = Treaty.objects.get(slug="amity")
    assert treaty.confidence == CONFIRMED and [s.url for s in treaty.sources.all()] == [SOURCE["url"]]


def test_admin_change_adds_the_source_and_confirms_in_one_save(client, editor):
    client.force_login(editor)
    treaty = TreatyFactory(confidence=PROBABLE)
    data = _admin_treaty(treaty, confidence=CONFIRMED, sources=[{**SOURCE, "position": 0}])
    response = client.post(reverse("admin:treaties_treaty_change", args=[treaty.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    treaty.refresh_from_db()
    assert treaty.confidence == CONFIRMED and treaty.sources.count() == 1


def test_admin_change_refuses_deleting_the_only_source_of_a_confirmed_record(client, editor):
    client.force_login(editor)
    treaty = TreatyFactory()
    SourceFactory(content_object=treaty)
    Treaty.objects.filter(pk=treaty.pk).update(confidence=CONFIRMED)
    treaty.refresh_from_db()
    data = _admin_treaty(treaty, confidence=CONFIRMED, **{f"{SOURCES}-0-DELETE": "on"})
    response = client.post(reverse("admin:treaties_treaty_change", args=[treaty.pk]), data)
    assert response.status_code == 200 and "marked confirmed but has no source" in response.content.decode()
    assert treaty.sources.count() == 1


def test_admin_change_unconfirms_and_deletes_the_source_in_one_save(client, editor):
    client.force_login(editor)
    treaty = TreatyFactory()
    SourceFactory(content_object=treaty)
    Treaty.objects.filter(pk=treaty.pk).update(confidence=CONFIRMED)
    treaty.refresh_from_db()
    data = _admin_treaty(treaty, confidence=PROBABLE, **{f"{SOURCES}-0-DELETE": "on"})
    response = client.post(reverse("admin:treaties_treaty_change", args=[treaty.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    treaty.refresh_from_db()
    assert treaty.confidence == PROBABLE and treaty.sources.count() == 0


def test_admin_inline_party_marked_confirmed_without_a_source_is_a_form_error(client, editor):
    client.force_login(editor)
    treaty = TreatyFactory(confidence=PROBABLE)
    actor = StateFactory()
    data = _admin_treaty(treaty)
    data.update(
        {
            "parties-TOTAL_FORMS": 1,
            "parties-INITIAL_FORMS": 0,
            "parties-0-actor": actor.pk,
            "parties-0-confidence": CONFIRMED,
        }
    )
    response = client.post(reverse("admin:treaties_treaty_change", args=[treaty.pk]), data)
    page = response.content.decode()
    assert response.status_code == 200 and "marked confirmed but has no source" in page
    assert "add its source on its own page" in page
    assert not TreatyParty.objects.filter(treaty=treaty).exists()
