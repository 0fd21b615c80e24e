"""GET /api/v1/search/: payload shape, type filter and counts, paging, drafts, bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from drf_spectacular.generators import SchemaGenerator

from core.models import EditorialStatus
from tests.actors.factories import ActorAliasFactory, ActorFactory
from tests.api.test_schema import assert_valid, validator_for
from tests.commentary.factories import ExpertFactory, PublicationFactory, TakeawayAuthorFactory, TakeawayFactory
from tests.treaties.factories import ArticleFactory, TreatyFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/search/"
DRAFT = EditorialStatus.DRAFT
HIT_KEYS = {"type", "id", "slug", "title", "url", "snippet", "rank", "record"}


@pytest.fixture
def corpus():
    treaty = TreatyFactory(title="Treaty on Quokka Partnership", slug="quokka-treaty")
    article = ArticleFactory(treaty=treaty, heading="Mutual quokka assistance", summary="Each party helps.")
    takeaway = TakeawayFactory(heading="What changed", body="The quokka clause is new.", slug="what-changed")
    expert = ExpertFactory(name="Quokka Expert", slug="quokka-expert")
    actor = ActorFactory(name="Republic of Wallaby", slug="wallaby")
    ActorAliasFactory(actor=actor, name="Quokka Republic")
    # Drafts, and a published takeaway of a draft publication: never visible.
    TreatyFactory(title="Quokka draft treaty", editorial_status=DRAFT)
    TakeawayFactory(heading="Quokka secret", publication=PublicationFactory(editorial_status=DRAFT))
    ArticleFactory(treaty=TreatyFactory(editorial_status=DRAFT), heading="Quokka hidden article")
    return {"treaty": treaty, "article": article, "takeaway": takeaway, "expert": expert, "actor": actor}


def test_hits_are_typed_with_counts_of_visible_records(api_client, corpus):
    response = api_client.get(URL, {"q": "quokka"})
    assert response.status_code == 200
    body = response.json()
    assert body["counts"] == {"treaty": 1, "article": 1, "takeaway": 1, "expert": 1, "actor": 1}
    assert body["count"] == 5
    assert {h["type"] for h in body["results"]} == set(corpus)
    by_type = {h["type"]: h for h in body["results"]}
    for type_name, obj in corpus.items():
        assert set(by_type[type_name]) == HIT_KEYS
        assert by_type[type_name]["id"] == str(obj.pk)
        assert "<mark>quokka</mark>" in by_type[type_name]["snippet"].lower()
    assert by_type["treaty"]["slug"] == "quokka-treaty"
    assert by_type["treaty"]["url"] == "http://testserver/api/v1/treaties/quokka-treaty/"
    assert by_type["article"]["url"] == f"http://testserver/api/v1/articles/{corpus['article'].pk}/"
    assert by_type["takeaway"]["url"] == "http://testserver/api/v1/takeaways/what-changed/"
    assert by_type["expert"]["url"] == "http://testserver/api/v1/experts/quokka-expert/"
    assert by_type["actor"]["url"] == "http://testserver/api/v1/actors/wallaby/"
    assert by_type["treaty"]["title"] == "Treaty on Quokka Partnership"
    assert by_type["article"]["slug"] is None
    assert by_type["article"]["title"].endswith(f"Art. {corpus['article'].number}: Mutual quokka assistance")
    assert by_type["takeaway"]["title"] == "What changed"
    ranks = [h["rank"] for h in body["results"]]
    assert ranks == sorted(ranks, reverse=True)
    # Nothing of the drafts leaks into hits or snippets.
    text = response.content.decode()
    assert "draft treaty" not in text and "secret" not in text and "hidden article" not in text


def test_type_filter_narrows_hits_and_counts(api_client, corpus):
    response = api_client.get(URL + "?q=quokka&type=treaty&type=article")
    body = response.json()
    assert response.status_code == 200
    assert body["counts"] == {"treaty": 1, "article": 1}
    assert sorted(h["type"] for h in body["results"]) == ["article", "treaty"]


def test_paging_with_limit_and_offset(api_client, corpus):
    first = api_client.get(URL, {"q": "quokka", "limit": 2}).json()
    second = api_client.get(URL, {"q": "quokka", "limit": 2, "offset": 2}).json()
    last = api_client.get(URL, {"q": "quokka", "limit": 2, "offset": 4}).json()
    ids = [h["id"] for page in (first, second, last) for h in page["results"]]
    assert len(ids) == 5 == len(set(ids))
    assert first["previous"] is None and "offset=2" in first["next"] and first["next"].startswith("http://testserver/")
    assert "offset=0" in second["previous"]
    assert last["next"] is None


def test_snippet_escapes_record_text(api_client):
    TakeawayFactory(heading="Angle <script>alert(1)</script>", body="Tags & quokka <b>bold</b>.")
    hit = api_client.get(URL, {"q": "quokka"}).json()["results"][0]
    assert "<script>" not in hit["snippet"] and "<b>" not in hit["snippet"]
    assert "<mark>quokka</mark>" in hit["snippet"]


@pytest.mark.parametrize("q", ["", "   ", "!!!", "?*", '"', "the of and"])
def test_q_without_a_word_is_a_400_problem(api_client, q):
    response = api_client.get(URL, {"q": q})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == 400
    assert "q must contain a word" in body["errors"]["q"][0]


def test_missing_q_is_a_400(api_client):
    response = api_client.get(URL)
    assert response.status_code == 400
    assert "q" in response.json()["errors"]


def test_unknown_type_lists_allowed_ones(api_client):
    response = api_client.get(URL, {"q": "quokka", "type": "treatise"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["errors"] == {
        "type": ['"treatise" is not a search type; allowed: treaty, article, takeaway, expert, actor.']
    }


def test_unknown_parameter_is_named_with_a_suggestion(api_client):
    response = api_client.get(URL, {"q": "quokka", "limt": 5})
    assert response.status_code == 400
    body = response.json()
    assert body["unknown"] == ["limt"]
    assert body["suggestions"] == {"limt": "limit"}
    assert set(body["allowed"]) == {"q", "type", "limit", "offset", "format"}


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (101, 0), ("x", 0), (5, -1), (5, "y"), (5, 10_001)])
def test_bad_paging_values_are_400(api_client, limit, offset):
    response = api_client.get(URL, {"q": "quokka", "limit": limit, "offset": offset})
    assert response.status_code == 400
    assert set(response.json()["errors"]) & {"limit", "offset"}


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '"unbalanced quokka',
        "quokka*",
        "AND OR quokka",
        "NEAR(quokka",
        "quokka NOT",
        "a:quokka",
        "-quokka",
        "^quokka",
        "quokka)(",
        "' OR 1=1 --",
        "\x00quokka",
        "ǫuokka 北朝鮮 😀",
        "q" * 999,
        "quokka " * 140,
    ],
)
def test_hostile_input_never_500(api_client, corpus, q):
    response = api_client.get(URL, {"q": q})
    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 200:
        assert isinstance(response.json()["results"], list)


def test_ten_thousand_characters_is_a_clean_400(api_client):
    response = api_client.get(URL, {"q": "quokka " * 1500})
    assert response.status_code == 400
    assert "q" in response.json()["errors"]


def test_hostile_words_still_search(api_client, corpus):
    body = api_client.get(URL, {"q": "NEAR(quokka*"}).json()
    assert body["count"] == 0  # NEAR is a word here, and no record contains it
    body = api_client.get(URL, {"q": "quokka*"}).json()
    assert body["count"] == 5


def test_post_is_405(api_client, django_user_model):
    api_client.force_authenticate(django_user_model.objects.create_user("reader"))
    response = api_client.post(URL, {"q": "x"})
    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/problem+json")


def test_hit_urls_resolve_to_the_records(api_client, corpus):
    for hit in api_client.get(URL, {"q": "quokka"}).json()["results"]:
        detail = api_client.get(hit["url"])
        assert detail.status_code == 200, hit["url"]
        assert detail.json()["id"] == hit["id"]


def test_anonymous_responses_are_publicly_cacheable(api_client, corpus):
    response = api_client.get(URL, {"q": "quokka"})
    assert response["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in response["Vary"]


def test_staff_also_search_drafts(api_client, corpus, django_user_model):
    api_client.force_authenticate(django_user_model.objects.create_user("editor", is_staff=True))
    body = api_client.get(URL, {"q": "quokka", "type": "treaty"}).json()
    assert body["counts"] == {"treaty": 2}


def _queries_for(api_client, n):
    with CaptureQueriesContext(connection) as ctx:
        response = api_client.get(URL, {"q": "walrus", "limit": 100})
    assert response.json()["count"] == n
    return len(ctx.captured_queries)


def test_query_count_does_not_grow_with_hits(api_client):
    def add(k):
        for _ in range(k):
            article = ArticleFactory(heading="Walrus clause")
            TreatyFactory(title=f"Walrus treaty {article.pk}")
            TakeawayFactory(body="A walrus.")
            ExpertFactory(role="Walrus fellow")
            ActorFactory(description="Walrus state")

    add(1)
    small = _queries_for(api_client, 5)
    add(9)
    large = _queries_for(api_client, 50)
    # Per type: one ranked page with its window count, one fetch, one snippet query; then
    # the summaries' relations: a takeaway's publication and byline, an article's types.
    assert small == large <= 18


def test_hits_embed_the_record_summary(api_client):
    author = TakeawayAuthorFactory(takeaway=TakeawayFactory(body="A walrus."))
    body = api_client.get(URL, {"q": "walrus"}).json()
    record = body["results"][0]["record"]
    assert record["slug"] == author.takeaway.slug
    assert [a["expert"]["slug"] for a in record["authors"]] == [author.expert.slug]
    assert record["publication"]["published_on"] == str(author.takeaway.publication.published_on)
    assert_valid(validator_for(SchemaGenerator().get_schema(request=None, public=True), "/api/v1/search/"), body)
