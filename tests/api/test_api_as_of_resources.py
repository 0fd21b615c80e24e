"""As-of reads of events, provision types, topics, citations, mentions and claims: each
walked through its life (create/publish -> edit -> unpublish or delete), its list and
detail read at every instant; immutable responses (docs/as-of.md)."""

import pytest
from django.utils import timezone

from actors.models import Event, EventParticipant
from commentary.models import Citation, Claim, Mention, ReviewStatus, Stance, Topic
from core.audit import COMMAND
from core.models import EditorialStatus
from core.services import record_create, record_delete, record_transition, record_update
from tests.api_support import build_world
from treaties.models import ProvisionType

pytestmark = pytest.mark.django_db
IMMUTABLE = "public, max-age=31536000, immutable"
PUBLISHED, DRAFT = EditorialStatus.PUBLISHED, EditorialStatus.DRAFT


def _read(api_client, collection, key, instant, *, list_key="id"):
    """The row of `key` in the as-of list (None if absent) and the as-of detail (None on
    404); both responses must be immutable."""
    params = {"as_of": instant.isoformat(), "page_size": 200}
    listed = api_client.get(f"/api/v1/{collection}/", params)
    detail = api_client.get(f"/api/v1/{collection}/{key}/", {"as_of": instant.isoformat()})
    assert listed.status_code == 200, listed.content
    assert detail.status_code in (200, 404), detail.content
    assert listed["Cache-Control"] == IMMUTABLE
    if detail.status_code == 200:
        assert detail["Cache-Control"] == IMMUTABLE
    rows = {str(row[list_key]): row for row in listed.json()["results"]}
    return rows.get(str(key)), (detail.json() if detail.status_code == 200 else None)


def _walk(steps):
    """Run each step, then note the instant after it."""
    instants = {"before": timezone.now()}
    for name, step in steps:
        step()
        instants[name] = timezone.now()
    return instants


def test_event_with_its_participants_at_each_step(api_client):
    world = build_world()
    o = {}

    def create():
        o["event"] = record_create(
            model=Event,
            fields={"slug": "walked", "name": "First name", "kind": "summit", "start_date": "2024-06-19"},
            audit=COMMAND,
        )
        o["host"] = record_create(
            model=EventParticipant, fields={"event": o["event"], "actor": world.russia, "role": "host"}, audit=COMMAND
        )

    def publish():
        o["event"] = record_transition(record=o["event"], status=PUBLISHED, audit=COMMAND)

    def edit():
        o["event"] = record_update(instance=o["event"], changes={"name": "Second name"}, audit=COMMAND)
        record_update(instance=o["host"], changes={"role": "guest"}, audit=COMMAND)
        record_update(instance=world.russia, changes={"name": "Russia renamed"}, audit=COMMAND)
        record_create(
            model=EventParticipant, fields={"event": o["event"], "actor": world.draft_state}, audit=COMMAND
        )  # a draft actor: never shown

    def unpublish():
        o["event"] = record_transition(record=o["event"], status=DRAFT, audit=COMMAND)

    instants = _walk([("draft", create), ("published", publish), ("edited", edit), ("unpublished", unpublish)])
    record_delete(instance=Event.objects.get(slug="walked"), audit=COMMAND)
    instants["deleted"] = timezone.now()
    expected = {
        "published": ("First name", [("ru", "Russia", "host")]),
        "edited": ("Second name", [("ru", "Russia renamed", "guest")]),
    }
    for step, instant in instants.items():
        row, detail = _read(api_client, "events", "walked", instant, list_key="slug")
        if step not in expected:
            assert row is None and detail is None, step
            continue
        name, participants = expected[step]
        assert row["name"] == name and detail["name"] == name, step
        assert [(p["actor"]["slug"], p["actor"]["name"], p["role"]) for p in detail["participants"]] == participants
        assert detail["editorial_status"] == "published" and detail["sources"] == []
        assert "summit-2024" in {
            r["slug"] for r in api_client.get("/api/v1/events/", {"as_of": instant.isoformat()}).json()["results"]
        }


@pytest.mark.parametrize(
    ("model", "collection", "key_field"), [(ProvisionType, "provision-types", "code"), (Topic, "topics", "slug")]
)
def test_vocabulary_term_exists_from_creation_to_deletion(api_client, model, collection, key_field):
    world = build_world()
    o = {}

    def create():
        o["term"] = record_create(
            model=model, fields={key_field: "walked", "name": "First name", "description": "One."}, audit=COMMAND
        )

    def edit():
        o["term"] = record_update(instance=o["term"], changes={"name": "Second name"}, audit=COMMAND)
        if model is Topic:  # a topic's takeaways are a many-to-many without history: empty as of
            world.t1.topics.add(o["term"])

    def delete():
        record_delete(instance=o["term"], audit=COMMAND)

    instants = _walk([("created", create), ("edited", edit), ("deleted", delete)])
    expected = {"created": "First name", "edited": "Second name"}
    for step, instant in instants.items():
        row, detail = _read(api_client, collection, "walked", instant, list_key=key_field)
        if step not in expected:
            assert row is None and detail is None, step
            continue
        assert row["name"] == expected[step] and detail["name"] == expected[step], step
        assert detail["description"] == "One."
        if model is Topic:
            assert detail["takeaways"] == []


def test_citation_follows_its_link_rule_and_its_targets(api_client):
    world = build_world()
    o = {}

    def create():
        o["c"] = record_create(
            model=Citation,
            fields={"takeaway": world.t2, "treaty": world.old, "article": world.art1_old, "start": 16, "end": 18},
            audit=COMMAND,
        )
        o["c"] = record_update(instance=o["c"], changes={"quote": "of"}, audit=COMMAND)

    def edit():
        o["c"] = record_update(instance=o["c"], changes={"review_status": ReviewStatus.CONFIRMED}, audit=COMMAND)
        record_update(instance=world.t2, changes={"heading": "China renamed"}, audit=COMMAND)
        o["article"] = record_update(instance=world.art1_old, changes={"heading": "Aid renamed"}, audit=COMMAND)

    def target_unpublished():
        o["article"] = record_transition(record=o["article"], status=DRAFT, audit=COMMAND)

    def target_republished_link_rejected():
        record_transition(record=o["article"], status=PUBLISHED, audit=COMMAND)
        o["c"] = record_update(instance=o["c"], changes={"review_status": ReviewStatus.REJECTED}, audit=COMMAND)

    def delete():
        record_delete(instance=o["c"], audit=COMMAND)

    instants = _walk(
        [
            ("created", create),
            ("edited", edit),
            ("target_unpublished", target_unpublished),
            ("rejected", target_republished_link_rejected),
            ("deleted", delete),
        ]
    )
    expected = {
        "created": ("pending", "China", "Aid"),
        "edited": ("confirmed", "China renamed", "Aid renamed"),
    }
    for step, instant in instants.items():
        row, detail = _read(api_client, "citations", o["c"].pk, instant)
        if step not in expected:
            assert row is None and detail is None, step
            continue
        status, heading, article_heading = expected[step]
        for body in (row, detail):
            assert (body["review_status"], body["takeaway"]["heading"]) == (status, heading), step
            assert body["article"]["heading"] == article_heading and body["treaty"]["slug"] == "old-treaty"
            assert body["quote"] == "of" and body["sentence"] == "First paragraph of commentary."
            assert [a["expert"]["slug"] for a in body["authors"]] == ["sun"]
        assert detail["context"].startswith("First paragraph")
    # the world's own citations: the rejected one and those of drafts never appear
    rows = api_client.get("/api/v1/citations/", {"as_of": instants["edited"].isoformat()}).json()["results"]
    visible = {row["id"] for row in rows}
    assert {str(world.c_art4.pk), str(world.c_old.pk), str(o["c"].pk)} == visible


def test_mention_follows_its_actor_and_takeaway(api_client):
    world = build_world()
    o = {}

    def create():
        o["m"] = record_create(
            model=Mention,
            fields={"takeaway": world.t2, "actor": world.putin, "start": 6, "end": 15, "quote": "paragraph"},
            audit=COMMAND,
        )

    def edit():
        o["putin"] = record_update(instance=world.putin, changes={"name": "V. Putin"}, audit=COMMAND)
        o["m"] = record_update(instance=o["m"], changes={"score": 0.9}, audit=COMMAND)

    def actor_unpublished():
        record_transition(record=o["putin"], status=DRAFT, audit=COMMAND)

    def delete():
        record_delete(instance=o["m"], audit=COMMAND)

    instants = _walk(
        [("created", create), ("edited", edit), ("actor_unpublished", actor_unpublished), ("deleted", delete)]
    )
    expected = {"created": ("Vladimir Putin", 1.0), "edited": ("V. Putin", 0.9)}
    for step, instant in instants.items():
        row, detail = _read(api_client, "mentions", o["m"].pk, instant)
        if step not in expected:
            assert row is None and detail is None, step
            continue
        for body in (row, detail):
            assert (body["actor"]["name"], body["score"]) == expected[step], step
            assert body["takeaway"]["slug"] == "t2" and body["quote"] == "paragraph"
    rows = api_client.get("/api/v1/mentions/", {"as_of": instants["edited"].isoformat()}).json()["results"]
    assert {row["id"] for row in rows} == {
        str(world.m_russia_t1.pk),
        str(world.m_russia_t2.pk),
        str(world.m_dprk_t2.pk),
        str(o["m"].pk),
    }


def test_claim_at_each_step_and_its_targets_rule(api_client):
    world = build_world()
    Claim.objects.all().delete()  # the shared world's claims: this walk owns the span
    o = {}

    def create():
        o["claim"] = record_create(
            model=Claim,
            fields={
                "takeaway": world.t1,
                "start": 0,
                "end": 5,
                "quote": "First",
                "stance": Stance.WARNS,
                "paraphrase": "First paraphrase",
            },
            m2m={"articles": [world.art4], "treaties": [world.new], "actors": [world.russia]},
            audit=COMMAND,
        )

    def publish():
        o["claim"] = record_transition(record=o["claim"], status=PUBLISHED, audit=COMMAND)

    def edit():
        o["claim"] = record_update(instance=o["claim"], changes={"paraphrase": "Second paraphrase"}, audit=COMMAND)
        record_update(instance=world.art4, changes={"heading": "Assistance renamed"}, audit=COMMAND)

    def target_unpublished():
        record_transition(record=world.russia, status=DRAFT, audit=COMMAND)

    def unpublish():
        o["claim"] = record_transition(record=o["claim"], status=DRAFT, audit=COMMAND)

    instants = _walk(
        [
            ("draft", create),
            ("published", publish),
            ("edited", edit),
            ("target_unpublished", target_unpublished),
            ("unpublished", unpublish),
        ]
    )
    expected = {
        "published": ("First paraphrase", "Assistance", ["ru"]),
        "edited": ("Second paraphrase", "Assistance renamed", ["ru"]),
        "target_unpublished": ("Second paraphrase", "Assistance renamed", []),
    }
    for step, instant in instants.items():
        row, detail = _read(api_client, "claims", o["claim"].pk, instant)
        if step not in expected:
            assert row is None and detail is None, step
            continue
        paraphrase, heading, actors = expected[step]
        for body in (row, detail):
            assert body["paraphrase"] == paraphrase, step
            assert [(a["heading"], a["treaty"]["slug"]) for a in body["articles"]] == [(heading, "new-treaty")], step
            assert [t["slug"] for t in body["treaties"]] == ["new-treaty"]
            assert [a["slug"] for a in body["actors"]] == actors, step
            assert body["takeaway"]["slug"] == "t1" and body["sentence"].startswith("First paragraph")
        assert detail["sources"] == [] and detail["editorial_status"] == "published"
    # Deleting the claim deletes its links (no history): its past answers keep the claim's
    # own values and lose its targets (docs/as-of.md, "claim targets").
    record_delete(instance=o["claim"], audit=COMMAND)
    assert _read(api_client, "claims", o["claim"].pk, timezone.now()) == (None, None)
    row, detail = _read(api_client, "claims", o["claim"].pk, instants["edited"])
    assert row["paraphrase"] == detail["paraphrase"] == "Second paraphrase"
    assert (detail["articles"], detail["treaties"], detail["actors"]) == ([], [], [])


def test_claim_targets_are_todays_links_shown_as_they_were(api_client):
    """Documented limit (docs/as-of.md): claim targets have no history; a past answer shows
    today's links, each only if its target was published then, with its values then."""
    world = build_world()
    Claim.objects.all().delete()  # the shared world's claims: this walk owns the span
    claim = record_create(
        model=Claim,
        fields={
            "takeaway": world.t1,
            "start": 0,
            "end": 5,
            "quote": "First",
            "stance": Stance.WARNS,
            "paraphrase": "P",
        },
        m2m={"actors": [world.russia]},
        audit=COMMAND,
    )
    claim = record_transition(record=claim, status=PUBLISHED, audit=COMMAND)
    then = timezone.now()
    first = api_client.get(f"/api/v1/claims/{claim.pk}/", {"as_of": then.isoformat()})
    record_update(instance=world.dprk, changes={"name": "DPRK renamed"}, audit=COMMAND)
    record_update(instance=claim, changes={}, m2m={"actors": [world.dprk, world.draft_state]}, audit=COMMAND)
    later = api_client.get(f"/api/v1/claims/{claim.pk}/", {"as_of": then.isoformat()})
    assert [a["slug"] for a in first.json()["actors"]] == ["ru"]
    # today's link to kp, with kp's name at `then`; russia's link is gone; the draft never shows
    assert [(a["slug"], a["name"]) for a in later.json()["actors"]] == [("kp", "North Korea")]
    assert later["ETag"] != first["ETag"]  # the ETag follows what is rendered


def test_export_refuses_as_of_by_name(api_client):
    response = api_client.get("/api/v1/events/export/", {"as_of": "2024-01-01T00:00:00Z"})
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    assert "lists and details" in response.json()["errors"]["as_of"][0]
