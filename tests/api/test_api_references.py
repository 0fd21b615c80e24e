"""The resolver and cross-reference endpoints: resolve, article commentary and lineage, co-mentions."""

import datetime

import pytest
from django.urls import reverse
from rest_framework.throttling import ScopedRateThrottle

from commentary.models import ReviewStatus
from core.models import EditorialStatus
from tests.actors.factories import ActorAliasFactory, StateFactory
from tests.commentary.factories import CitationFactory, MentionFactory, PublicationFactory, TakeawayFactory
from tests.treaties.factories import ArticleFactory, ArticleLinkFactory, TreatyFactory, TreatyPartyFactory

pytestmark = pytest.mark.django_db
DRAFT = EditorialStatus.DRAFT
RESOLVE = "/api/v1/resolve/"


@pytest.fixture
def zenda():
    ruritania = StateFactory(name="Kingdom of Ruritania", slug="ruritania", short_name="Ruritania")
    ActorAliasFactory(actor=ruritania, name="RU", kind="abbreviation")
    hidden = StateFactory(name="Hidden Land", slug="hidden-land", short_name="Hiddenland", editorial_status=DRAFT)
    treaty = TreatyFactory(title="Treaty of Zenda", short_title="Zenda Treaty", slug="zenda")
    TreatyPartyFactory(treaty=treaty, actor=ruritania)
    article = ArticleFactory(treaty=treaty, number="4", ordinal=4)
    return {"ruritania": ruritania, "hidden": hidden, "treaty": treaty, "article": article}


# --- POST /resolve/ ---------------------------------------------------------------------


def test_resolve_returns_offsets_and_nested_summaries(api_client, zenda):
    text = "Article 4 of the Zenda Treaty binds Ruritania; us and Hiddenland."
    response = api_client.post(RESOLVE, {"text": text, "context": {"treaty": "zenda"}}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    article_ref, actor_ref = body["references"]
    assert article_ref["kind"] == "article"
    assert (article_ref["start"], article_ref["end"]) == (0, 29)
    assert article_ref["text"] == text[0:29] == "Article 4 of the Zenda Treaty"
    assert article_ref["article"]["id"] == str(zenda["article"].pk)
    assert article_ref["article"]["number"] == "4"
    assert article_ref["treaty"]["slug"] == "zenda"
    assert article_ref["actor"] is None
    assert actor_ref["kind"] == "actor" and actor_ref["text"] == "Ruritania"
    assert actor_ref["actor"]["slug"] == "ruritania"
    assert 0 < actor_ref["confidence"] <= 1
    # "Hiddenland" is a draft actor: never resolved for anonymous callers


def test_resolve_bare_article_uses_the_context_treaty(api_client, zenda):
    response = api_client.post(RESOLVE, {"text": "Article 4 applies.", "context": {"treaty": "zenda"}}, format="json")
    assert [r["article"]["id"] for r in response.json()["references"]] == [str(zenda["article"].pk)]
    # Without a context treaty, a bare number is at most a suggestion for an editor (the one
    # catalogue treaty with that article, below the threshold), never a fact.
    response = api_client.post(RESOLVE, {"text": "Article 4 applies."}, format="json")
    assert all(ref["suggestion"] for ref in response.json()["references"])


def test_resolve_reports_an_outside_instrument_as_external_with_its_span_and_no_record(api_client, zenda):
    text = "Article 4 differs from Article 5 of the North Atlantic Treaty."
    response = api_client.post(RESOLVE, {"text": text, "context": {"treaty": "zenda"}}, format="json")
    refs = response.json()["references"]
    assert [(r["kind"], r["text"]) for r in refs] == [
        ("article", "Article 4"),
        ("external", "Article 5 of the North Atlantic Treaty"),
    ]
    external = refs[1]
    assert text[external["start"] : external["end"]] == external["text"]
    records = (external["treaty"], external["article"], external["actor"], external["candidates"])
    assert records == (None, None, None, [])
    assert external["rule"] == "external:of" and external["suggestion"] is False


def test_resolve_returns_an_ambiguous_phrase_with_its_published_candidates(api_client, zenda):
    twins = [TreatyFactory(slug=f"twin-{n}", signed_on=datetime.date(1961, 7, n)) for n in (6, 11)]
    TreatyFactory(slug="twin-draft", signed_on=datetime.date(1961, 7, 20), editorial_status=DRAFT)
    response = api_client.post(RESOLVE, {"text": "It echoes the 1961 treaty."}, format="json")
    (ref,) = response.json()["references"]
    assert (ref["kind"], ref["text"], ref["treaty"]) == ("ambiguous", "the 1961 treaty", None)
    assert sorted(c["slug"] for c in ref["candidates"]) == sorted(t.slug for t in twins)  # no draft


def test_resolve_refuses_text_over_100000_characters_with_413(api_client, zenda):
    response = api_client.post(RESOLVE, {"text": "a" * 100_001}, format="json")
    assert response.status_code == 413
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 413 and "100000" in body["detail"]
    assert api_client.post(RESOLVE, {"text": "a" * 100_000}, format="json").status_code == 200


def test_resolve_unknown_or_draft_context_treaty_is_400(api_client, zenda):
    response = api_client.post(RESOLVE, {"text": "x", "context": {"treaty": "nope"}}, format="json")
    assert response.status_code == 400
    assert response.json()["errors"] == {"context.treaty": ["Unknown treaty 'nope'."]}
    TreatyFactory(slug="secret", editorial_status=DRAFT)
    response = api_client.post(RESOLVE, {"text": "x", "context": {"treaty": "secret"}}, format="json")
    assert response.status_code == 400


def test_resolve_bad_body_is_400_problem(api_client, zenda):
    response = api_client.post(RESOLVE, {"context": {"date": "yesterday"}}, format="json")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert set(response.json()["errors"]) == {"text", "context"}


def test_resolve_is_throttled(api_client, zenda, monkeypatch):
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"resolve": "2/minute"})
    statuses = [api_client.post(RESOLVE, {"text": "Ruritania"}, format="json").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    response = api_client.post(RESOLVE, {"text": "Ruritania"}, format="json")
    assert response["Content-Type"] == "application/problem+json" and "Retry-After" in response


# --- GET /articles/{id}/commentary/ -----------------------------------------------------


def test_article_commentary_lists_citing_takeaways_with_spans_and_hides_drafts(api_client, zenda):
    article = zenda["article"]
    publication = PublicationFactory(published_on="2024-06-21")
    visible = TakeawayFactory(publication=publication, body="Article 4 binds.")
    CitationFactory(takeaway=visible, treaty=zenda["treaty"], article=article, start=0, end=9)
    draft = TakeawayFactory(publication=publication, editorial_status=DRAFT, body="Article 4 again.")
    CitationFactory(takeaway=draft, treaty=zenda["treaty"], article=article, start=0, end=9)
    rejected = TakeawayFactory(publication=publication, body="See Article 4.")
    CitationFactory(
        takeaway=rejected, treaty=zenda["treaty"], article=article, start=4, end=13, review_status=ReviewStatus.REJECTED
    )
    response = api_client.get(f"/api/v1/articles/{article.pk}/commentary/")
    assert response.status_code == 200
    (item,) = response.json()
    assert item["takeaway"]["slug"] == visible.slug
    assert item["takeaway"]["publication"]["slug"] == publication.slug
    assert (item["start"], item["end"], item["quote"]) == (0, 9, "Article 4")


def test_article_commentary_query_count_is_constant(api_client, zenda, django_assert_max_num_queries):
    article = zenda["article"]
    for _ in range(6):
        CitationFactory(takeaway=TakeawayFactory(), treaty=zenda["treaty"], article=article, start=0, end=5)
    with django_assert_max_num_queries(4):
        assert len(api_client.get(f"/api/v1/articles/{article.pk}/commentary/").json()) == 6


def test_article_endpoints_404_for_draft_unknown_or_malformed_ids(api_client, zenda):
    draft = ArticleFactory(treaty=zenda["treaty"], editorial_status=DRAFT)
    for url in (
        f"/api/v1/articles/{draft.pk}/commentary/",
        f"/api/v1/articles/{draft.pk}/lineage/",
        "/api/v1/articles/not-a-uuid/lineage/",
        "/api/v1/articles/00000000-0000-0000-0000-000000000000/commentary/",
    ):
        response = api_client.get(url)
        assert response.status_code == 404, url
        assert response["Content-Type"] == "application/problem+json"


# --- GET /articles/{id}/lineage/ ---------------------------------------------------------


@pytest.fixture
def chain():
    """a2024:4 echoes a1961:1, cites charter:51; a1961:1 echoed by a2000:2; a hidden draft link."""
    a2024, a1961, charter, a2000 = (ArticleFactory() for _ in range(4))
    hidden = ArticleFactory(editorial_status=DRAFT)
    links = [
        ArticleLinkFactory(source=a2024, target=a1961, kind="echoes"),
        ArticleLinkFactory(source=a2024, target=charter, kind="cites"),
        ArticleLinkFactory(source=a2000, target=a1961, kind="echoes"),
        ArticleLinkFactory(source=charter, target=a2024, kind="echoes"),  # a cycle
        ArticleLinkFactory(source=hidden, target=a2000, kind="echoes"),
    ]
    return a2024, a1961, charter, a2000, hidden, links


def test_lineage_follows_links_transitively_both_ways_without_drafts(api_client, chain):
    a2024, a1961, charter, a2000, hidden, _ = chain
    response = api_client.get(f"/api/v1/articles/{a2024.pk}/lineage/")
    assert response.status_code == 200
    body = response.json()
    assert body["root"] == str(a2024.pk)
    assert {n["id"] for n in body["nodes"]} == {str(a.pk) for a in (a2024, a1961, charter, a2000)}
    edges = {(e["source"], e["target"], e["kind"]) for e in body["edges"]}
    assert edges == {
        (str(a2024.pk), str(a1961.pk), "echoes"),
        (str(a2024.pk), str(charter.pk), "cites"),
        (str(a2000.pk), str(a1961.pk), "echoes"),
        (str(charter.pk), str(a2024.pk), "echoes"),
    }
    assert str(hidden.pk) not in response.content.decode()


def test_lineage_depth_limits_the_walk_and_is_validated(api_client, chain):
    a2024, a1961, charter, a2000, *_ = chain
    body = api_client.get(f"/api/v1/articles/{a2024.pk}/lineage/?depth=1").json()
    assert {n["id"] for n in body["nodes"]} == {str(a.pk) for a in (a2024, a1961, charter)}
    for bad in ("0", "11", "x"):
        response = api_client.get(f"/api/v1/articles/{a2024.pk}/lineage/?depth={bad}")
        assert response.status_code == 400 and "depth" in response.json()["errors"]
    assert api_client.get(f"/api/v1/articles/{a2024.pk}/lineage/?deep=1").status_code == 400


def test_lineage_queries_are_constant_per_level(api_client, django_assert_num_queries):
    articles = [ArticleFactory() for _ in range(5)]
    for left, right in zip(articles, articles[1:], strict=False):
        ArticleLinkFactory(source=left, target=right)
    # article, one per level (4 levels reach the end, a 5th finds nothing new), nodes, provision types
    with django_assert_num_queries(1 + 5 + 2):
        body = api_client.get(f"/api/v1/articles/{articles[0].pk}/lineage/").json()
    assert len(body["nodes"]) == 5 and len(body["edges"]) == 4


# --- GET /actors/{slug}/co-mentions/ ------------------------------------------------------


def test_co_mentions_count_shared_published_takeaways(api_client, django_assert_max_num_queries):
    china, russia, japan, hidden = (StateFactory(slug=s) for s in ("cn", "ru", "jp", "hid"))
    hidden.editorial_status = DRAFT
    hidden.save()
    one, two = TakeawayFactory(), TakeawayFactory()
    draft = TakeawayFactory(editorial_status=DRAFT)
    for takeaway in (one, two, draft):
        MentionFactory(takeaway=takeaway, actor=china)
    MentionFactory(takeaway=one, actor=russia, start=6, end=8)
    MentionFactory(takeaway=one, actor=russia, start=9, end=11)
    MentionFactory(takeaway=two, actor=russia)
    MentionFactory(takeaway=two, actor=japan, review_status=ReviewStatus.REJECTED)
    MentionFactory(takeaway=one, actor=hidden)
    MentionFactory(takeaway=draft, actor=japan)
    with django_assert_max_num_queries(4):  # change counter, actor, aggregate, summaries
        response = api_client.get("/api/v1/actors/cn/co-mentions/")
    assert response.status_code == 200
    assert [(r["actor"]["slug"], r["takeaways"], r["mentions"]) for r in response.json()] == [("ru", 2, 3)]


def test_co_mentions_are_bounded_by_limit(api_client):
    hub = StateFactory(slug="hub")
    others = [StateFactory(slug=f"o{n}") for n in range(4)]
    for n, other in enumerate(others):
        for _ in range(n + 1):  # o3 shares 4 takeaways with the hub, o0 one
            takeaway = TakeawayFactory()
            MentionFactory(takeaway=takeaway, actor=hub)
            MentionFactory(takeaway=takeaway, actor=other, start=6, end=8)
    body = api_client.get("/api/v1/actors/hub/co-mentions/?limit=2").json()
    assert [(r["actor"]["slug"], r["takeaways"]) for r in body] == [("o3", 4), ("o2", 3)]
    assert len(api_client.get("/api/v1/actors/hub/co-mentions/").json()) == 4  # default 20
    for bad in ("0", "201", "x"):
        response = api_client.get(f"/api/v1/actors/hub/co-mentions/?limit={bad}")
        assert response.status_code == 400 and "limit" in response.json()["errors"]


def test_co_mentions_of_an_unknown_or_draft_actor_is_404(api_client):
    StateFactory(slug="ghost", editorial_status=DRAFT)
    for slug in ("ghost", "nobody"):
        response = api_client.get(f"/api/v1/actors/{slug}/co-mentions/")
        assert response.status_code == 404 and response["Content-Type"] == "application/problem+json"


def test_reverse_names(zenda):
    assert reverse("v1:resolve") == RESOLVE
    assert reverse("v1:article-lineage", kwargs={"id": zenda["article"].pk}).endswith("/lineage/")
