"""The write API: tokens, the permission matrix, If-Match concurrency, validation,
problem+json errors, change reasons and the history endpoint."""

import datetime

import pytest
from rest_framework.test import APIClient

from accounts.services import token_create
from commentary.models import Takeaway
from core.models import EditorialStatus
from tests.commentary.factories import TakeawayAuthorFactory, TakeawayFactory
from tests.treaties.factories import ArticleFactory, TreatyFactory
from treaties.models import Article, Treaty

pytestmark = pytest.mark.django_db
DRAFT, REVIEW, PUBLISHED = EditorialStatus.DRAFT, EditorialStatus.IN_REVIEW, EditorialStatus.PUBLISHED
PROBLEM = "application/problem+json"


def _client(user=None, *, read_only=False) -> APIClient:
    client = APIClient()
    if user is not None:
        _, key = token_create(user=user, read_only=read_only)
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


@pytest.fixture
def clients(editor, contributor):
    return {"anonymous": _client(), "contributor": _client(contributor), "editor": _client(editor)}


def _etag(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response["ETag"]


def _treaty_payload(**overrides):
    payload = {
        "title": "Treaty of Amity",
        "short_title": "Amity",
        "slug": "amity",
        "kind": "bilateral",
        "status": "in_force",
        "signed_on": "2001-01-01",
        "in_force_on": "2001-06-01",
    }
    payload.update(overrides)
    return payload


# --- permission matrix: anonymous / contributor / editor × action ----------------------------
CREATE_MATRIX = [
    ("anonymous", {}, 401),
    ("contributor", {}, 201),
    ("contributor", {"editorial_status": PUBLISHED}, 403),
    ("editor", {"editorial_status": PUBLISHED}, 201),
]


@pytest.mark.parametrize(("role", "extra", "expected"), CREATE_MATRIX)
def test_create_by_role(clients, role, extra, expected):
    response = clients[role].post("/api/v1/treaties/", _treaty_payload(**extra), format="json")
    assert response.status_code == expected, response.content
    assert Treaty.objects.filter(slug="amity").exists() is (expected == 201)
    if expected == 201:
        assert response.json()["slug"] == "amity" and response["ETag"].startswith('"v1-')
    else:
        assert response["Content-Type"] == PROBLEM


UPDATE_MATRIX = [
    # role, status before, change, expected status code
    ("anonymous", DRAFT, {"title": "X"}, 401),
    ("contributor", DRAFT, {"title": "X"}, 200),
    ("contributor", DRAFT, {"editorial_status": REVIEW}, 200),
    ("contributor", REVIEW, {"editorial_status": PUBLISHED}, 403),
    ("contributor", PUBLISHED, {"title": "X"}, 403),
    ("contributor", PUBLISHED, {"editorial_status": DRAFT}, 403),
    ("editor", REVIEW, {"editorial_status": PUBLISHED}, 200),
    ("editor", PUBLISHED, {"editorial_status": DRAFT}, 200),
    ("editor", PUBLISHED, {"title": "X"}, 200),
]


@pytest.mark.parametrize(("role", "before", "change", "expected"), UPDATE_MATRIX)
def test_update_by_role_and_status(clients, editor, role, before, change, expected):
    treaty = TreatyFactory(editorial_status=before, slug="t")
    etag = _etag(_client(editor), "/api/v1/treaties/t/")
    response = clients[role].patch("/api/v1/treaties/t/", change, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == expected, response.content
    treaty.refresh_from_db()
    changed = all(getattr(treaty, k) == v for k, v in change.items())
    assert changed is (expected == 200)
    assert treaty.version == (2 if expected == 200 else 1)


DELETE_MATRIX = [
    ("anonymous", DRAFT, 401),
    ("contributor", DRAFT, 204),
    ("contributor", PUBLISHED, 403),
    ("editor", PUBLISHED, 204),
]


@pytest.mark.parametrize(("role", "before", "expected"), DELETE_MATRIX)
def test_delete_by_role_and_status(clients, editor, role, before, expected):
    TreatyFactory(editorial_status=before, slug="t")
    etag = _etag(_client(editor), "/api/v1/treaties/t/")
    response = clients[role].delete("/api/v1/treaties/t/", HTTP_IF_MATCH=etag)
    assert response.status_code == expected, response.content
    assert Treaty.objects.filter(slug="t").exists() is (expected != 204)


def test_read_only_token_cannot_write(editor):
    TreatyFactory(slug="t", editorial_status=DRAFT)
    client = _client(editor, read_only=True)
    etag = _etag(client, "/api/v1/treaties/t/")
    response = client.patch("/api/v1/treaties/t/", {"title": "X"}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 403 and "read-only" in response.json()["detail"]


def test_expired_token_is_401(editor):
    TreatyFactory(slug="t")
    _, key = token_create(user=editor, expires_in=datetime.timedelta(seconds=-5))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    response = client.patch("/api/v1/treaties/t/", {"title": "X"}, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 401 and response.json()["detail"] == "Token expired."


# --- drafts: invisible to anonymous readers, visible to contributors --------------------------
def test_drafts_are_invisible_anonymously_and_visible_to_contributors(clients):
    TreatyFactory(slug="draft-pact", editorial_status=DRAFT)
    assert clients["anonymous"].get("/api/v1/treaties/draft-pact/").status_code == 404
    assert "draft-pact" not in clients["anonymous"].get("/api/v1/treaties/").content.decode()
    assert clients["contributor"].get("/api/v1/treaties/draft-pact/").json()["slug"] == "draft-pact"
    assert "draft-pact" in clients["contributor"].get("/api/v1/treaties/").content.decode()


# --- optimistic concurrency --------------------------------------------------------------------
def test_detail_etag_is_strong_and_version_derived(clients):
    treaty = TreatyFactory(slug="t")
    etag = clients["anonymous"].get("/api/v1/treaties/t/")["ETag"]
    assert etag.startswith(f'"v{treaty.version}-') and not etag.startswith("W/")


def test_update_without_if_match_is_428_and_writes_nothing(clients):
    TreatyFactory(slug="t", title="Old", editorial_status=DRAFT)
    response = clients["editor"].patch("/api/v1/treaties/t/", {"title": "New"}, format="json")
    assert response.status_code == 428 and response["Content-Type"] == PROBLEM
    assert "If-Match" in response.json()["detail"]
    assert Treaty.objects.get(slug="t").title == "Old"
    assert clients["editor"].delete("/api/v1/treaties/t/").status_code == 428


def test_stale_if_match_is_412_and_writes_nothing(clients):
    TreatyFactory(slug="t", title="Old", editorial_status=DRAFT)
    client = clients["editor"]
    etag = _etag(client, "/api/v1/treaties/t/")
    first = client.patch("/api/v1/treaties/t/", {"title": "First"}, format="json", HTTP_IF_MATCH=etag)
    assert first.status_code == 200 and first["ETag"].startswith('"v2-') and first.json()["title"] == "First"
    second = client.patch("/api/v1/treaties/t/", {"title": "Second"}, format="json", HTTP_IF_MATCH=etag)
    assert second.status_code == 412 and second["Content-Type"] == PROBLEM
    assert "version 2" in second.json()["detail"]
    assert client.delete("/api/v1/treaties/t/", HTTP_IF_MATCH=etag).status_code == 412
    treaty = Treaty.objects.get(slug="t")
    assert (treaty.title, treaty.version, treaty.history.count()) == ("First", 2, 2)


def test_weak_or_garbage_if_match_is_412(clients):
    TreatyFactory(slug="t", editorial_status=DRAFT)
    for tag in ('W/"1"', "1", '"abc"'):
        response = clients["editor"].patch("/api/v1/treaties/t/", {"title": "X"}, format="json", HTTP_IF_MATCH=tag)
        assert response.status_code == 412, tag
    assert Treaty.objects.get(slug="t").version == 1


def test_two_writers_with_the_same_etag_sequentially(clients, editor):
    TreatyFactory(slug="t", editorial_status=DRAFT)
    etag = _etag(clients["editor"], "/api/v1/treaties/t/")
    other = _client(editor)
    codes = sorted(
        c.patch("/api/v1/treaties/t/", {"title": t}, format="json", HTTP_IF_MATCH=etag).status_code
        for c, t in ((clients["editor"], "A"), (other, "B"))
    )
    assert codes == [200, 412]
    assert Treaty.objects.get(slug="t").title == "A"


# --- validation: strict input, as strict as the database ---------------------------------------
@pytest.mark.parametrize(
    ("payload", "field", "message"),
    [
        (_treaty_payload(colour="red"), "colour", "Unknown field."),
        (_treaty_payload(id="00000000-0000-0000-0000-000000000000"), "id", "This field is read-only."),
        (_treaty_payload(version=9), "version", "This field is read-only."),
        (_treaty_payload(in_force_on="2000-01-01"), "non_field_errors", "treaty_signed_before_in_force"),
        (_treaty_payload(supersedes=["no-such-treaty"]), "supersedes", "does not exist"),
        (_treaty_payload(kind="alliance"), "kind", "is not a valid choice"),
    ],
)
def test_invalid_input_is_400_problem_and_writes_nothing(clients, payload, field, message):
    response = clients["editor"].post("/api/v1/treaties/", payload, format="json")
    assert response.status_code == 400 and response["Content-Type"] == PROBLEM
    errors = response.json()["errors"]
    assert field in errors and message in " ".join(errors[field]), errors
    assert not Treaty.objects.filter(slug="amity").exists()


def test_article_number_must_be_unique_within_its_treaty(clients):
    article = ArticleFactory(number="4", ordinal=4, treaty__slug="t", treaty__editorial_status=DRAFT)
    payload = {"treaty": "t", "number": "4", "ordinal": 5, "heading": "Again"}
    response = clients["editor"].post("/api/v1/articles/", payload, format="json")
    assert response.status_code == 400
    assert "non_field_errors" in response.json()["errors"]
    assert Article.objects.filter(treaty=article.treaty).count() == 1
    payload["number"] = "5"
    created = clients["editor"].post("/api/v1/articles/", payload, format="json")
    assert created.status_code == 201 and created.json()["number"] == "5"


def test_integrity_error_is_409_never_500(clients, monkeypatch):
    from rest_framework.validators import UniqueValidator

    from api.writes import StrictWriteSerializer

    TreatyFactory(slug="amity")
    # Skip the model validation to let the duplicate reach the database, as in a race
    # between two creates that both passed validation.
    monkeypatch.setattr(StrictWriteSerializer, "validate", lambda self, attrs: attrs)
    monkeypatch.setattr(UniqueValidator, "__call__", lambda self, value, field: None)
    response = clients["editor"].post("/api/v1/treaties/", _treaty_payload(), format="json")
    assert response.status_code == 409 and response["Content-Type"] == PROBLEM


def test_not_found_write_is_404(clients):
    response = clients["editor"].patch("/api/v1/treaties/nope/", {"title": "X"}, format="json", HTTP_IF_MATCH='"1"')
    assert response.status_code == 404 and response["Content-Type"] == PROBLEM


# --- publishing a takeaway through the API shares the admin's rule ----------------------------
def test_publishing_a_takeaway_without_author_is_400(clients):
    takeaway = TakeawayFactory(editorial_status=REVIEW)
    url = f"/api/v1/takeaways/{takeaway.slug}/"
    etag = _etag(clients["editor"], url)
    response = clients["editor"].patch(url, {"editorial_status": PUBLISHED}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 400
    assert "at least one author" in " ".join(response.json()["errors"]["editorial_status"])
    TakeawayAuthorFactory(takeaway=takeaway)
    etag = _etag(clients["editor"], url)
    response = clients["editor"].patch(url, {"editorial_status": PUBLISHED}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200
    assert Takeaway.objects.get(pk=takeaway.pk).published_at is not None


# --- audit: reason, request id, channel, user; the history endpoint ----------------------------
def test_history_records_reason_request_id_channel_and_user(clients, editor):
    TreatyFactory(slug="t", title="One", editorial_status=DRAFT)
    etag = _etag(clients["editor"], "/api/v1/treaties/t/")
    response = clients["editor"].patch(
        "/api/v1/treaties/t/",
        {"title": "Two"},
        format="json",
        HTTP_IF_MATCH=etag,
        HTTP_X_CHANGE_REASON="Typo in the title",
        HTTP_X_REQUEST_ID="client-req-42",
    )
    assert response.status_code == 200 and response["X-Request-ID"] == "client-req-42"
    row = Treaty.objects.get(slug="t").history.first()
    assert (row.history_change_reason, row.history_request_id, row.history_channel, row.history_user) == (
        "Typo in the title",
        "client-req-42",
        "api",
        editor,
    )


def test_change_reason_may_come_in_the_body(clients):
    TreatyFactory(slug="t", editorial_status=DRAFT)
    etag = _etag(clients["editor"], "/api/v1/treaties/t/")
    body = {"title": "Two", "change_reason": "From the body"}
    assert clients["editor"].patch("/api/v1/treaties/t/", body, format="json", HTTP_IF_MATCH=etag).status_code == 200
    assert Treaty.objects.get(slug="t").history.first().history_change_reason == "From the body"


def test_history_endpoint_lists_versions_with_changes_for_editors_only(clients):
    TreatyFactory(slug="t", title="One", editorial_status=DRAFT)
    etag = _etag(clients["editor"], "/api/v1/treaties/t/")
    clients["editor"].patch(
        "/api/v1/treaties/t/", {"title": "Two"}, format="json", HTTP_IF_MATCH=etag, HTTP_X_CHANGE_REASON="Fix"
    )
    assert clients["anonymous"].get("/api/v1/treaties/t/history/").status_code == 401
    assert clients["contributor"].get("/api/v1/treaties/t/history/").status_code == 403
    versions = clients["editor"].get("/api/v1/treaties/t/history/").json()
    assert [v["version"] for v in versions] == [2, 1]
    assert versions[0]["changes"] == [{"field": "title", "old": "One", "new": "Two"}]
    assert (versions[0]["user"], versions[0]["channel"], versions[0]["reason"]) == ("edna", "api", "Fix")
    assert versions[0]["request_id"] and versions[1]["type"] == "created"


def test_delete_is_recorded_in_history(clients, editor):
    treaty = TreatyFactory(slug="t", editorial_status=DRAFT)
    etag = _etag(clients["editor"], "/api/v1/treaties/t/")
    assert clients["editor"].delete("/api/v1/treaties/t/", HTTP_IF_MATCH=etag).status_code == 204
    last = Treaty.history.filter(id=treaty.pk).first()
    assert last.history_type == "-" and last.history_user == editor


def test_session_writes_still_need_csrf(editor):
    TreatyFactory(slug="t", editorial_status=DRAFT)
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(editor)
    etag = _etag(client, "/api/v1/treaties/t/")
    response = client.patch("/api/v1/treaties/t/", {"title": "X"}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 403 and "CSRF" in response.json()["detail"]
    assert Treaty.objects.get(slug="t").version == 1


def test_citation_write_checks_the_quote_against_the_body(clients):
    takeaway = TakeawayFactory(body="Article 4 of the treaty.", editorial_status=DRAFT)
    ArticleFactory(number="4", ordinal=4, treaty__slug="t")
    payload = {"takeaway": takeaway.slug, "treaty": "t", "article": "t:4", "start": 0, "end": 9, "quote": "Article 5"}
    response = clients["contributor"].post("/api/v1/citations/", payload, format="json")
    assert response.status_code == 400 and "quote" in response.json()["errors"]
    payload["quote"] = "Article 4"
    response = clients["contributor"].post("/api/v1/citations/", payload, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["quote"] == "Article 4"


def test_contributor_cannot_add_a_citation_to_a_published_takeaway(clients):
    takeaway = TakeawayFactory(body="Article 4 of the treaty.", editorial_status=PUBLISHED)
    TreatyFactory(slug="t")
    payload = {"takeaway": takeaway.slug, "treaty": "t", "start": 0, "end": 9, "quote": "Article 4"}
    response = clients["contributor"].post("/api/v1/citations/", payload, format="json")
    assert response.status_code == 403, response.json()["errors"]
    assert clients["editor"].post("/api/v1/citations/", payload, format="json").status_code == 201


def test_takeaway_byline_is_written_in_order_and_can_be_published_in_one_request(clients):
    from tests.commentary.factories import ExpertFactory, PublicationFactory

    PublicationFactory(slug="pub")
    ExpertFactory(slug="ann"), ExpertFactory(slug="bob")
    payload = {"publication": "pub", "position": 1, "heading": "H", "slug": "h", "body": "Text.", "authors": ["bob"]}
    created = clients["contributor"].post("/api/v1/takeaways/", payload, format="json")
    assert created.status_code == 201, created.content
    etag = _etag(clients["editor"], "/api/v1/takeaways/h/")
    response = clients["editor"].patch(
        "/api/v1/takeaways/h/",
        {"authors": ["ann", "bob"], "editorial_status": PUBLISHED},
        format="json",
        HTTP_IF_MATCH=etag,
    )
    assert response.status_code == 200, response.content
    takeaway = Takeaway.objects.get(slug="h")
    assert [(a.expert.slug, a.position) for a in takeaway.authorships.order_by("position")] == [("ann", 1), ("bob", 2)]
    assert takeaway.editorial_status == PUBLISHED
    duplicate = clients["editor"].patch(
        "/api/v1/takeaways/h/", {"authors": ["ann", "ann"]}, format="json", HTTP_IF_MATCH=response["ETag"]
    )
    assert duplicate.status_code == 400 and "twice" in " ".join(duplicate.json()["errors"]["authors"])
