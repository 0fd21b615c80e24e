"""The typed Python client (openapi-python-client, clients/python/) against a live server with
the seed: list, filter, cursor paging, search, a token write with If-Match, and the README's
five questions exactly as the README writes them."""

import datetime
import io
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from pactum_client import AuthenticatedClient, Client
from pactum_client.api.actors import actors_list
from pactum_client.api.articles import articles_list
from pactum_client.api.mentions import mentions_export_retrieve, mentions_list
from pactum_client.api.search import search
from pactum_client.api.takeaways import takeaways_list
from pactum_client.api.topics import topics_create, topics_partial_update, topics_retrieve
from pactum_client.api.treaties import treaties_list
from pactum_client.models import PatchedTopicWriteRequest, Problem, Topic, TopicWriteRequest, TreatyStatusEnum

from accounts.services import token_create

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def client(seeded, live_server):
    with Client(base_url=live_server.url, raise_on_unexpected_status=True) as client:
        yield client


def test_list_and_filter_return_typed_records(client):
    page = treaties_list.sync(client=client, party=["north-korea"], in_force_on=datetime.date(1990, 1, 1))
    assert {t.slug for t in page.results} == {"ussr-dprk-1961", "china-dprk-1961"}
    assert page.count == 2
    lapsed = page.results[0] if page.results[0].slug == "ussr-dprk-1961" else page.results[1]
    assert lapsed.status == TreatyStatusEnum.LAPSED and lapsed.signed_on == datetime.date(1961, 7, 6)
    assert lapsed.url.endswith("/api/v1/treaties/ussr-dprk-1961/")


def test_an_unknown_slug_comes_back_as_a_problem(client):
    response = treaties_list.sync_detailed(client=client, party=["atlantis"])
    assert response.status_code == 400
    assert isinstance(response.parsed, Problem) and "party" in response.parsed.detail


def test_cursor_paging_walks_the_whole_collection_once(client):
    seen, cursor = [], ""
    while cursor is not None:
        page = actors_list.sync(client=client, cursor=cursor, page_size=10)
        seen += [actor.slug for actor in page.results]
        cursor = parse_qs(urlsplit(page.next_).query)["cursor"][0] if page.next_ else None
    total = actors_list.sync(client=client, page_size=1).count
    assert len(seen) == len(set(seen)) == total > 10


def test_search_across_and_within_collections(client):
    hits = search.sync(client=client, q='"military and other assistance"')
    assert any(hit.type_ == "article" for hit in hits.results)
    articles = articles_list.sync(client=client, q='"military and other assistance"')
    assert "russia-dprk-2024" in {a.treaty.slug for a in articles.results}


def test_token_write_with_if_match(seeded, live_server, editor):
    _, key = token_create(user=editor, name="client test")
    with AuthenticatedClient(base_url=live_server.url, token=key, prefix="Token") as client:
        created = topics_create.sync(
            client=client, body=TopicWriteRequest(name="Client trial", slug="client-trial"), x_change_reason="Try it"
        )
        assert isinstance(created, Topic) and created.version == 1
        etag = topics_retrieve.sync_detailed(slug="client-trial", client=client).headers["etag"]
        changes = PatchedTopicWriteRequest(description="Written by the generated client.")
        updated = topics_partial_update.sync(slug="client-trial", client=client, body=changes, if_match=etag)
        assert isinstance(updated, Topic) and (updated.version, updated.description) == (2, changes.description)
        stale = topics_partial_update.sync_detailed(slug="client-trial", client=client, body=changes, if_match=etag)
        assert stale.status_code == 412 and isinstance(stale.parsed, Problem)


def test_the_readme_five_questions(client):
    call_command("resolve_references", stdout=io.StringIO())
    # 1. Which takeaways cite Article 4 of the 2024 treaty?
    cite = takeaways_list.sync(client=client, cites_article=["russia-dprk-2024:4"])
    assert cite.count >= 1 and all(t.slug for t in cite.results)
    # 2. Which treaties was the DPRK party to that were in force on 1 January 1990?
    force = treaties_list.sync(client=client, party=["north-korea"], in_force_on=datetime.date(1990, 1, 1))
    assert sorted(t.slug for t in force.results) == ["china-dprk-1961", "ussr-dprk-1961"]
    # 3. Which actors are mentioned by both Yun Sun and Jenny Town?
    both = actors_list.sync(client=client, mentioned_by_all=["yun-sun", "jenny-town"])
    assert {"russia", "north-korea"} <= {a.slug for a in both.results}
    # 4. Full-text search within one collection.
    found = articles_list.sync(client=client, q='"military and other assistance"')
    assert [a.number for a in found.results if a.treaty.slug == "russia-dprk-2024"] == ["4"]
    # 5. Every mention, streamed as NDJSON (raw bytes: one JSON document per line).
    export = mentions_export_retrieve.sync_detailed(client=client)
    *lines, trailer = export.content.decode().splitlines()
    assert len(lines) == mentions_list.sync(client=client, page_size=1).count > 100
    assert json.loads(trailer) == {"_trailer": {"rows": len(lines), "complete": True}}
