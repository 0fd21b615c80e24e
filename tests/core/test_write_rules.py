"""The editorial rules hold for every way a write can come in: a child moved between
parents, vocabularies, and If-Match compared as a whole strong validator."""

import pytest
from django.core.exceptions import PermissionDenied
from rest_framework.test import APIClient

from accounts.services import token_create
from commentary.models import Citation, Mention, Topic
from core.audit import Audit
from core.models import EditorialStatus
from core.services import record_update
from tests.actors.factories import ActorFactory
from tests.commentary.factories import CitationFactory, MentionFactory, TakeawayFactory
from tests.treaties.factories import TreatyFactory

pytestmark = pytest.mark.django_db
DRAFT, PUBLISHED = EditorialStatus.DRAFT, EditorialStatus.PUBLISHED
BODY = "Article 4 binds both parties."


def _client(user) -> APIClient:
    client = APIClient()
    _, key = token_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


@pytest.fixture
def takeaways():
    return TakeawayFactory(body=BODY, editorial_status=DRAFT), TakeawayFactory(body=BODY, editorial_status=PUBLISHED)


@pytest.mark.parametrize("method", ["patch", "put"])
def test_contributor_cannot_move_a_citation_from_a_draft_to_a_published_takeaway(contributor, takeaways, method):
    draft, published = takeaways
    citation = CitationFactory(takeaway=draft, treaty=TreatyFactory(slug="t"), start=0, end=9)
    client = _client(contributor)
    url = f"/api/v1/citations/{citation.pk}/"
    etag = client.get(url)["ETag"]
    payload = {"takeaway": published.slug}
    if method == "put":
        payload |= {"treaty": "t", "article": None, "start": 0, "end": 9, "quote": "Article 4"}
    response = getattr(client, method)(url, payload, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 403, response.content
    assert "published" in response.json()["detail"]
    assert Citation.objects.get(pk=citation.pk).takeaway_id == draft.pk


def test_contributor_cannot_move_a_mention_to_a_published_takeaway_through_the_service(contributor, takeaways):
    draft, published = takeaways
    mention = MentionFactory(takeaway=draft, actor=ActorFactory(), start=0, end=7)
    with pytest.raises(PermissionDenied, match="published"):
        record_update(instance=mention, changes={"takeaway_id": published.pk}, audit=Audit(user=contributor))
    assert Mention.objects.get(pk=mention.pk).takeaway_id == draft.pk


def test_editor_may_move_a_citation_to_a_published_takeaway(editor, takeaways):
    draft, published = takeaways
    citation = CitationFactory(takeaway=draft, start=0, end=9)
    moved = record_update(instance=citation, changes={"takeaway_id": published.pk}, audit=Audit(user=editor))
    assert Citation.objects.get(pk=moved.pk).takeaway_id == published.pk


def test_contributor_cannot_move_a_citation_in_the_admin(client, contributor, takeaways):
    draft, published = takeaways
    citation = CitationFactory(takeaway=draft, treaty=TreatyFactory(), start=0, end=9)
    client.force_login(contributor)
    url = f"/admin/commentary/citation/{citation.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data |= {"takeaway": str(published.pk), "expected_version": citation.version}
    response = client.post(url, data)
    assert response.status_code == 200  # the form again, with the rule's message
    assert "only editors may change what is attached to it" in response.content.decode()
    assert Citation.objects.get(pk=citation.pk).takeaway_id == draft.pk


def test_contributors_cannot_create_vocabulary_terms(contributor, editor):
    payload = {"slug": "formula", "name": "=HYPERLINK(1)"}
    response = _client(contributor).post("/api/v1/topics/", payload, format="json")
    assert response.status_code == 403, response.content
    assert not Topic.objects.filter(slug="formula").exists()
    assert _client(editor).post("/api/v1/topics/", payload, format="json").status_code == 201


# --- If-Match: the whole strong validator of this record, nothing less -----------------------
@pytest.fixture
def two_treaties(editor):
    client = _client(editor)
    first, second = TreatyFactory(slug="first"), TreatyFactory(slug="second")
    assert first.version == second.version
    return client, first, second


@pytest.mark.parametrize(
    "if_match",
    [
        pytest.param("other", id="another-records-etag-same-version"),
        pytest.param('"1"', id="bare-version"),
        pytest.param('"v1"', id="version-without-digest"),
        pytest.param('W/"{etag}"', id="weak-form-of-the-right-tag"),
        pytest.param('"v' + "9" * 5000 + '-abc"', id="5000-digit-version"),
    ],
)
def test_if_match_must_be_this_records_current_strong_etag(two_treaties, if_match):
    client, first, second = two_treaties
    own = client.get("/api/v1/treaties/first/")["ETag"]
    other = client.get("/api/v1/treaties/second/")["ETag"]
    header = other if if_match == "other" else if_match.format(etag=own.strip('"'))
    response = client.patch("/api/v1/treaties/first/", {"title": "Changed"}, format="json", HTTP_IF_MATCH=header)
    assert response.status_code == 412, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert "Nothing was written" in response.json()["detail"]
    first.refresh_from_db()
    assert first.title != "Changed" and first.version == 1


def test_the_current_etag_among_several_is_accepted(two_treaties):
    client, first, second = two_treaties
    own = client.get("/api/v1/treaties/first/")["ETag"]
    other = client.get("/api/v1/treaties/second/")["ETag"]
    response = client.patch(
        "/api/v1/treaties/first/", {"title": "Changed"}, format="json", HTTP_IF_MATCH=f"{other}, {own}"
    )
    assert response.status_code == 200, response.content
    assert response.json()["title"] == "Changed" and response["ETag"] != own


# --- every child, every parent: moving a child checks the old and the new parent ------------
def _children() -> dict:
    from django.apps import apps

    from tests.actors.factories import ActorAliasFactory, EventFactory, EventParticipantFactory
    from tests.commentary.factories import AmbiguousReferenceFactory, TakeawayAuthorFactory
    from tests.core.factories import SourceFactory
    from tests.treaties.factories import (
        ArticleFactory,
        ArticleLinkFactory,
        ArticleProvisionFactory,
        TreatyPartyFactory,
    )

    # model label -> (factory of the child, the anchor's field, factory of a parent)
    table = {
        "actors.ActorAlias": (ActorAliasFactory, "actor", ActorFactory),
        "actors.EventParticipant": (EventParticipantFactory, "event", EventFactory),
        "treaties.TreatyParty": (TreatyPartyFactory, "treaty", TreatyFactory),
        "treaties.ArticleLink": (ArticleLinkFactory, "source", ArticleFactory),
        "treaties.ArticleProvision": (ArticleProvisionFactory, "article", ArticleFactory),
        "commentary.TakeawayAuthor": (TakeawayAuthorFactory, "takeaway", TakeawayFactory),
        "commentary.Citation": (CitationFactory, "takeaway", TakeawayFactory),
        "commentary.Mention": (MentionFactory, "takeaway", TakeawayFactory),
        "commentary.AmbiguousReference": (AmbiguousReferenceFactory, "takeaway", TakeawayFactory),
        "core.Source": (SourceFactory, "content_object", ActorFactory),
    }
    anchored = sorted(m._meta.label for m in apps.get_models() if getattr(m, "editorial_anchor", None))
    # A new anchored model fails here until it has a row above.
    assert sorted(table) == anchored
    return table


@pytest.mark.parametrize(
    "label",
    [
        "actors.ActorAlias",
        "actors.EventParticipant",
        "treaties.TreatyParty",
        "treaties.ArticleLink",
        "treaties.ArticleProvision",
        "commentary.TakeawayAuthor",
        "commentary.Citation",
        "commentary.Mention",
        "commentary.AmbiguousReference",
        "core.Source",
    ],
)
@pytest.mark.parametrize("direction", ["draft-to-published", "published-to-draft"])
def test_contributor_cannot_move_any_child_to_or_from_a_published_parent(contributor, label, direction):
    child_factory, anchor, parent_factory = _children()[label]
    draft, other_draft = parent_factory(editorial_status=DRAFT), parent_factory(editorial_status=DRAFT)
    published = parent_factory(editorial_status=PUBLISHED)
    start, end = (draft, published) if direction == "draft-to-published" else (published, draft)
    child = child_factory(**{anchor: start})

    def move_to(parent):
        field = "object_id" if anchor == "content_object" else f"{anchor}_id"
        return record_update(
            instance=type(child).objects.get(pk=child.pk), changes={field: parent.pk}, audit=Audit(user=contributor)
        )

    # Under a published parent the child is itself published content: refused either by the
    # parent rule or, leaving one, by the rule on changing a live record.
    refusal = "is published: only editors" if direction == "draft-to-published" else "You may not change this record"
    with pytest.raises(PermissionDenied, match=refusal):
        move_to(end)
    assert getattr(type(child).objects.get(pk=child.pk), anchor) == start
    if direction == "draft-to-published":
        # Control: the same contributor may move it between drafts, so the refusal above
        # is the published parent's rule and not a blanket one.
        move_to(other_draft)
        assert getattr(type(child).objects.get(pk=child.pk), anchor) == other_draft
