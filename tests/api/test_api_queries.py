"""Query counts: every list endpoint issues the same number of queries for 5 and for 50
rows (all rendered, page_size=200), at most 8; every detail at most DETAIL_MAX."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.actors.factories import EventFactory, EventParticipantFactory, PersonFactory, StateFactory
from tests.api_support import ROUTED_RESOURCES, build_world
from tests.commentary.factories import (
    CitationFactory,
    ClaimFactory,
    ExpertFactory,
    MentionFactory,
    PublicationFactory,
    TakeawayAuthorFactory,
    TakeawayFactory,
    TopicFactory,
)
from tests.core.factories import SourceFactory
from tests.treaties.factories import (
    ArticleFactory,
    ArticleLinkFactory,
    ArticleProvisionFactory,
    ProvisionTypeFactory,
    TreatyFactory,
    TreatyPartyFactory,
)

pytestmark = pytest.mark.django_db
LIST_MAX = 8
# The list validator (core.changes) is a Redis GET when Redis is configured, else one query.
VALIDATOR_QUERIES = 0 if settings.REDIS_URL else 1
# Nested facts render their sources (decision 0023): one prefetch per kind of nested fact
# (a treaty's parties; an article's codings and links each way), whatever their number.
# Plus the change counter (one query without Redis): readers of published content may be
# served from the public response cache, whose key it is.
DETAIL_MAX = 13 + VALIDATOR_QUERIES


def _takeaway_with_author():
    takeaway = TakeawayFactory()
    TakeawayAuthorFactory(takeaway=takeaway)
    return takeaway


def _article_with_type():
    article = ArticleFactory()
    article.provision_types.add(ProvisionTypeFactory())
    return article


def _event_with_participant():
    event = EventFactory()
    event.participants.add(PersonFactory(), through_defaults={"role": "host"})
    return event


BUILDERS = {
    "actors": StateFactory,
    "events": _event_with_participant,
    "treaties": lambda: TreatyPartyFactory().treaty,
    "articles": _article_with_type,
    "provision-types": ProvisionTypeFactory,
    "experts": ExpertFactory,
    "publications": PublicationFactory,
    "takeaways": _takeaway_with_author,
    "topics": TopicFactory,
    "citations": lambda: CitationFactory(article=_article_with_type()),
    "mentions": MentionFactory,
    "claims": ClaimFactory,
}


def test_every_routed_resource_has_a_builder():
    assert sorted(BUILDERS) == list(ROUTED_RESOURCES)


def count_queries(client, path: str) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    assert response.status_code == 200, response.content
    return len(ctx.captured_queries), response.json()


@pytest.mark.parametrize("resource", ROUTED_RESOURCES)
def test_list_queries_do_not_grow_with_rows(api_client, resource):
    build = BUILDERS[resource]
    for _ in range(5):
        build()
    path = f"/api/v1/{resource}/?page_size=200"
    small, body = count_queries(api_client, path)
    assert body["count"] >= 5
    for _ in range(45):
        build()
    large, body = count_queries(api_client, path)
    assert len(body["results"]) >= 50
    assert small == large, f"{resource}: {small} queries at 5 rows, {large} at 50"
    assert large <= LIST_MAX


@pytest.mark.parametrize("resource", ROUTED_RESOURCES)
def test_cursor_mode_queries_do_not_grow_with_rows(api_client, resource):
    build = BUILDERS[resource]
    for _ in range(5):
        build()
    small, _ = count_queries(api_client, f"/api/v1/{resource}/?cursor=&page_size=200")
    for _ in range(45):
        build()
    large, body = count_queries(api_client, f"/api/v1/{resource}/?cursor=&page_size=200")
    assert "count" not in body
    assert small == large <= LIST_MAX


DETAILS = [
    "/api/v1/actors/putin/",
    "/api/v1/actors/ru/",
    "/api/v1/events/summit-2024/",
    "/api/v1/treaties/new-treaty/",
    "/api/v1/treaties/old-treaty/articles/I/",
    "/api/v1/provision-types/mutual-defense/",
    "/api/v1/experts/town/",
    "/api/v1/publications/takeaways/",
    "/api/v1/takeaways/t1/",
    "/api/v1/topics/deterrence/",
]


@pytest.mark.parametrize("path", DETAILS)
def test_detail_queries_are_bounded(api_client, path):
    build_world()
    queries, _ = count_queries(api_client, path)
    assert queries <= DETAIL_MAX, f"{path}: {queries} queries"


@pytest.mark.parametrize("resource", ["articles", "citations", "mentions"])
def test_uuid_detail_queries_are_bounded(api_client, resource):
    build_world()
    url = api_client.get(f"/api/v1/{resource}/").json()["results"][0]["url"]
    queries, _ = count_queries(api_client, url)
    assert queries <= DETAIL_MAX


def test_detail_queries_do_not_grow_with_relations(api_client):
    """A treaty with 3 or 30 parties and articles costs the same."""
    treaty = TreatyFactory(slug="big")
    for _ in range(3):
        TreatyPartyFactory(treaty=treaty, signatory=PersonFactory())
        ArticleFactory(treaty=treaty).provision_types.add(ProvisionTypeFactory())
    small, _ = count_queries(api_client, "/api/v1/treaties/big/")
    for _ in range(27):
        TreatyPartyFactory(treaty=treaty, signatory=PersonFactory())
        ArticleFactory(treaty=treaty).provision_types.add(ProvisionTypeFactory())
    large, body = count_queries(api_client, "/api/v1/treaties/big/")
    assert len(body["parties"]) == 30 and len(body["articles"]) == 30
    assert small == large <= DETAIL_MAX


def test_page_mode_queries_are_count_page_and_prefetches(api_client):
    for _ in range(30):
        BUILDERS["takeaways"]()
    page_queries, body = count_queries(api_client, "/api/v1/takeaways/")
    assert body["count"] == 30 and len(body["results"]) == 25
    assert page_queries == 3 + VALIDATOR_QUERIES  # (change counter,) count, page, authors


def test_cursor_mode_runs_no_count(api_client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(30):
        BUILDERS["takeaways"]()
    with CaptureQueriesContext(connection) as ctx:
        body = api_client.get("/api/v1/takeaways/?cursor=").json()
    assert len(body["results"]) == 25
    assert len(ctx.captured_queries) == 2 + VALIDATOR_QUERIES  # (change counter,) page, authors
    assert not any("COUNT(" in q["sql"].upper() or "MAX(" in q["sql"].upper() for q in ctx.captured_queries)


def test_article_detail_queries_do_not_grow_with_sourced_codings_and_links(api_client):
    """An article with 2 or 20 provision codings and links, each with its sources, costs the same."""
    article = ArticleFactory()

    def grow(n):
        for _ in range(n):
            coding = ArticleProvisionFactory(article=article)
            link = ArticleLinkFactory(source=article)
            for fact in (coding, link, ArticleLinkFactory(target=article)):
                SourceFactory(content_object=fact)

    grow(2)
    small, _ = count_queries(api_client, f"/api/v1/articles/{article.pk}/")
    grow(18)
    large, body = count_queries(api_client, f"/api/v1/articles/{article.pk}/")
    assert len(body["provision_codings"]) == 20 and len(body["links_out"]) == 20 and len(body["links_in"]) == 20
    assert all(len(coding["sources"]) == 1 for coding in body["provision_codings"])
    assert small == large <= DETAIL_MAX


def test_event_detail_queries_do_not_grow_with_sourced_participants(api_client):
    event = EventFactory()

    def grow(n):
        for _ in range(n):
            SourceFactory(content_object=EventParticipantFactory(event=event))

    grow(2)
    small, _ = count_queries(api_client, f"/api/v1/events/{event.slug}/")
    grow(18)
    large, body = count_queries(api_client, f"/api/v1/events/{event.slug}/")
    assert len(body["participants"]) == 20 and all(len(p["sources"]) == 1 for p in body["participants"])
    assert small == large <= DETAIL_MAX
