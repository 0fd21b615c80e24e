"""`/articles/` filtered by its treaty, and `embed=citing_takeaways` (prefetched, constant queries)."""

import pytest
from drf_spectacular.generators import SchemaGenerator

from tests.api.test_api_queries import count_queries
from tests.api.test_schema import assert_valid, validator_for
from tests.api_support import build_world, identifiers
from tests.commentary.factories import CitationFactory, TakeawayAuthorFactory, TakeawayFactory
from tests.treaties.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _cited_article():
    article = ArticleFactory()
    for _ in range(2):
        takeaway = TakeawayFactory()
        TakeawayAuthorFactory(takeaway=takeaway)
        CitationFactory(takeaway=takeaway, treaty=article.treaty, article=article)
    return article


def test_embed_queries_do_not_grow_with_rows(api_client):
    for _ in range(3):
        _cited_article()
    few, body = count_queries(api_client, "/api/v1/articles/?embed=citing_takeaways&page_size=200")
    assert all(len(row["citing_takeaways"]) == 2 for row in body["results"])
    for _ in range(12):
        _cited_article()
    many, body = count_queries(api_client, "/api/v1/articles/?embed=citing_takeaways&page_size=200")
    assert few == many
    assert len(body["results"]) == 15


def test_embedded_takeaways_are_summaries_and_absent_unless_asked(api_client):
    world = build_world()
    plain = api_client.get("/api/v1/articles/").json()["results"]
    assert all("citing_takeaways" not in row for row in plain)
    rows = api_client.get("/api/v1/articles/?embed=citing_takeaways").json()["results"]
    embedded = {t["slug"] for row in rows for t in row["citing_takeaways"]}
    assert world.t1.slug in embedded
    assert world.t_draft.slug not in embedded
    takeaway = next(t for row in rows for t in row["citing_takeaways"])
    assert set(takeaway) == {"id", "url", "slug", "heading", "position", "publication", "authors", "confidence"}


def test_article_detail_can_embed_citing_takeaways(api_client):
    article = _cited_article()
    body = api_client.get(f"/api/v1/articles/{article.pk}/?embed=citing_takeaways").json()
    assert len(body["citing_takeaways"]) == 2
    assert "citing_takeaways" not in api_client.get(f"/api/v1/articles/{article.pk}/").json()


def test_unknown_embed_is_a_400(api_client):
    response = api_client.get("/api/v1/articles/?embed=everything")
    assert response.status_code == 400
    assert "citing_takeaways" in response.json()["errors"]["embed"][0]
    assert api_client.get("/api/v1/treaties/?embed=citing_takeaways").status_code == 400


def test_articles_filter_by_their_treaty_party_status_and_dates(api_client):
    world = build_world()
    # identifiers() reads article numbers: "4" (2024, in force) and "I" (1961, lapsed)
    assert identifiers(api_client, f"/api/v1/articles/?party={world.russia.slug}") == {"4", "I"}
    assert identifiers(api_client, f"/api/v1/articles/?exclude_party={world.russia.slug}") == set()
    assert identifiers(api_client, "/api/v1/articles/?treaty_status=lapsed") == {"I"}
    assert identifiers(api_client, "/api/v1/articles/?in_force_on=1990-01-01") == {"I"}
    assert identifiers(api_client, "/api/v1/articles/?in_force_on=2025-01-01") == {"4"}
    assert identifiers(api_client, "/api/v1/articles/?signed_before=1970-01-01") == {"I"}
    assert identifiers(api_client, "/api/v1/articles/?signed_after=2000-01-01") == {"4"}


def test_embedded_list_matches_the_schema(api_client):
    _cited_article()
    openapi = SchemaGenerator().get_schema(request=None, public=True)
    assert_valid(
        validator_for(openapi, "/api/v1/articles/"), api_client.get("/api/v1/articles/?embed=citing_takeaways").json()
    )


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("resource", ["articles", "actors"])
def test_an_embed_named_twice_is_embedded_once(api_client, resource):
    """Found by the nightly fuzzer: a repeated embed prefetched twice (a 500)."""
    once = api_client.get(f"/api/v1/{resource}/?embed=claims&page_size=100")
    assert once.status_code == 200, once.content
    assert any(row["claims"] for row in once.json()["results"])
    for twice in ("embed=claims&embed=claims", "embed=claims,claims", "embed=claims,%20claims&embed=claims"):
        response = api_client.get(f"/api/v1/{resource}/?{twice}&page_size=100")
        assert response.status_code == 200, response.content
        assert response.json()["results"] == once.json()["results"]
        export = api_client.get(f"/api/v1/{resource}/export/?{twice}")
        lines = b"".join(export.streaming_content).splitlines()
        assert export.status_code == 200 and lines[-1].startswith(b'{"_trailer"')
        assert len(lines) - 1 == once.json()["count"]


@pytest.mark.usefixtures("seeded")
@pytest.mark.parametrize("query", ["embed=", "embed=claims,", "embed=,claims", "embed=%20"])
def test_an_empty_embed_name_is_a_400(api_client, query):
    """Found by the nightly fuzzer: `embed=` was accepted and ignored (the schema's enum has no empty name)."""
    for path in ("/api/v1/articles/", "/api/v1/articles/export/", "/api/v1/actors/russia/"):
        response = api_client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, response.content)
        assert response["Content-Type"] == "application/problem+json"
        assert "may not be empty" in str(response.json())
