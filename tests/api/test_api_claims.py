"""Claims: what each expert says about a provision, a treaty or an actor (issue 12).
Answers on the seed are derived from seed/claims.yaml, never typed in twice."""

import pytest
import yaml
from django.conf import settings
from rest_framework.test import APIClient

from accounts.services import token_create
from commentary.models import Claim, Stance, Takeaway
from core.models import EditorialStatus
from tests.api_support import identifiers

SEED_CLAIMS = yaml.safe_load((settings.BASE_DIR / "seed" / "claims.yaml").read_text("utf-8"))
PROBLEM = "application/problem+json"


def _seed_claims():
    for takeaway, claims in SEED_CLAIMS["takeaways"].items():
        for claim in claims:
            yield takeaway, claim


def _client(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        _, key = token_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def _all(client, path):
    response = client.get(path + ("&" if "?" in path else "?") + "page_size=200")
    assert response.status_code == 200, response.content
    return response.json()["results"]


@pytest.mark.usefixtures("seeded")
def test_every_takeaway_has_at_least_one_curated_claim_with_a_source(api_client):
    rows = _all(api_client, "/api/v1/claims/")
    assert len(rows) == sum(1 for _ in _seed_claims())
    assert {row["takeaway"]["slug"] for row in rows} == set(Takeaway.objects.values_list("slug", flat=True))
    detail = api_client.get(rows[0]["url"]).json()
    assert detail["sources"] and detail["sources"][0]["link"] == SEED_CLAIMS["source"]["url"]
    assert detail["confidence"] == "confirmed"


@pytest.mark.usefixtures("seeded")
def test_what_did_the_experts_say_about_article_4(api_client):
    rows = _all(api_client, "/api/v1/claims/?article=russia-dprk-2024:4")
    expected = {c["paraphrase"] for _, c in _seed_claims() if "russia-dprk-2024:4" in c.get("articles", [])}
    assert expected and {row["paraphrase"] for row in rows} == expected
    for row in rows:
        # the quote stands in its sentence, and the row says who said it
        assert row["quote"] in row["sentence"] or row["sentence"] in row["quote"]
        assert row["takeaway"]["authors"][0]["expert"]["slug"]
        assert "russia-dprk-2024" in {a["treaty"]["slug"] for a in row["articles"]}


@pytest.mark.usefixtures("seeded")
def test_compare_2024_article_4_with_1961_article_1_in_one_call(api_client):
    """The issue's fifth question: claims about both provisions, with their stances."""
    rows = _all(api_client, "/api/v1/claims/?article_all=russia-dprk-2024:4&article_all=ussr-dprk-1961:1")
    expected = {
        (t, c["stance"])
        for t, c in _seed_claims()
        if {"russia-dprk-2024:4", "ussr-dprk-1961:1"} <= set(c.get("articles", []))
    }
    assert expected and {(row["takeaway"]["slug"], row["stance"]) for row in rows} == expected


@pytest.mark.usefixtures("seeded")
def test_treaty_filter_covers_claims_about_its_articles(api_client):
    rows = _all(api_client, "/api/v1/claims/?treaty=ussr-dprk-1961")
    expected = {
        c["paraphrase"]
        for _, c in _seed_claims()
        if "ussr-dprk-1961" in c.get("treaties", [])
        or any(a.startswith("ussr-dprk-1961:") for a in c.get("articles", []))
    }
    assert expected and {row["paraphrase"] for row in rows} == expected
    excluded = _all(api_client, "/api/v1/claims/?exclude_treaty=ussr-dprk-1961")
    assert len(excluded) + len(rows) == sum(1 for _ in _seed_claims())


@pytest.mark.usefixtures("seeded")
def test_filters_by_actor_expert_and_stance(api_client):
    rows = _all(api_client, "/api/v1/claims/?actor=china&stance=warns")
    expected = {c["paraphrase"] for _, c in _seed_claims() if "china" in c.get("actors", []) and c["stance"] == "warns"}
    assert expected and {row["paraphrase"] for row in rows} == expected
    by_expert = identifiers(api_client, "/api/v1/claims/?expert=yun-sun")
    assert len(by_expert) == len(SEED_CLAIMS["takeaways"]["chinas-reaction-to-putins-north-korea-visit"])


@pytest.mark.usefixtures("seeded")
def test_group_by_stance_counts_the_filtered_claims(api_client):
    body = api_client.get("/api/v1/claims/?group_by=stance&group_limit=500").json()
    counts = {group["key"][0]: group["count"] for group in body["groups"]}
    expected: dict = {}
    for _, claim in _seed_claims():
        expected[claim["stance"]] = expected.get(claim["stance"], 0) + 1
    assert counts == expected
    assert set(counts) <= set(Stance.values)


@pytest.mark.usefixtures("seeded")
def test_article_and_actor_details_embed_their_claims(api_client):
    article = api_client.get("/api/v1/articles/?party=russia&embed=claims&page_size=200").json()["results"]
    four = next(a for a in article if a["treaty"]["slug"] == "russia-dprk-2024" and a["number"] == "4")
    detail = api_client.get(four["url"] + "?embed=claims").json()
    assert {c["paraphrase"] for c in detail["claims"]} == {c["paraphrase"] for c in four["claims"]}
    assert len(detail["claims"]) == sum(1 for _, c in _seed_claims() if "russia-dprk-2024:4" in c.get("articles", []))
    assert "claims" not in api_client.get(four["url"]).json()  # only on request
    china = api_client.get("/api/v1/actors/china/?embed=claims").json()
    assert len(china["claims"]) == sum(1 for _, c in _seed_claims() if "china" in c.get("actors", []))


@pytest.mark.usefixtures("seeded")
def test_a_draft_claim_and_a_claim_of_a_draft_takeaway_stay_private(api_client, editor):
    claim = Claim.objects.first()
    Claim.objects.filter(pk=claim.pk).update(editorial_status=EditorialStatus.DRAFT)
    public = identifiers(api_client, "/api/v1/claims/")
    assert str(claim.pk) not in {str(i) for i in public}
    assert api_client.get(f"/api/v1/claims/{claim.pk}/").status_code == 404
    other = Claim.objects.exclude(pk=claim.pk).select_related("takeaway").first()
    Takeaway.objects.filter(pk=other.takeaway_id).update(editorial_status=EditorialStatus.DRAFT)
    assert api_client.get(f"/api/v1/claims/{other.pk}/").status_code == 404
    assert _client(editor).get(f"/api/v1/claims/{other.pk}/").status_code == 200


@pytest.mark.django_db
def test_claim_writes_check_the_span_the_roles_and_the_publish_rule(editor, contributor):
    from tests.commentary.factories import TakeawayAuthorFactory, TakeawayFactory
    from tests.treaties.factories import ArticleFactory

    takeaway = TakeawayFactory(editorial_status=EditorialStatus.PUBLISHED, body="The clause revives an alliance.")
    TakeawayAuthorFactory(takeaway=takeaway)
    article = ArticleFactory(editorial_status=EditorialStatus.PUBLISHED)
    key = f"{article.treaty.slug}:{article.number}"
    payload = {
        "takeaway": takeaway.slug,
        "start": 4,
        "end": 10,
        "quote": "clause",
        "stance": "neutral",
        "paraphrase": "p",
    }

    wrong = _client(contributor).post("/api/v1/claims/", {**payload, "quote": "alliance"}, format="json")
    assert wrong.status_code == 400 and wrong["Content-Type"].startswith(PROBLEM)
    assert "quote" in wrong.json()["errors"] and Claim.objects.count() == 0

    published = _client(contributor).post(
        "/api/v1/claims/", {**payload, "editorial_status": "published"}, format="json"
    )
    assert published.status_code == 403 and Claim.objects.count() == 0

    draft = _client(contributor).post("/api/v1/claims/", {**payload, "paraphrase": "Revives it."}, format="json")
    assert draft.status_code == 201, draft.content
    claim = Claim.objects.get()
    assert claim.editorial_status == EditorialStatus.DRAFT and claim.quote == "clause"

    editor_client = _client(editor)
    url = f"/api/v1/claims/{claim.pk}/"
    etag = editor_client.get(url)["ETag"]
    no_target = editor_client.patch(url, {"editorial_status": "published"}, format="json", HTTP_IF_MATCH=etag)
    assert no_target.status_code == 400
    assert "at least one article, treaty or actor" in str(no_target.json())
    etag = editor_client.get(url)["ETag"]
    targeted = editor_client.patch(url, {"articles": [key]}, format="json", HTTP_IF_MATCH=etag)
    assert targeted.status_code == 200, targeted.content
    etag = editor_client.get(url)["ETag"]
    live = editor_client.patch(url, {"editorial_status": "published"}, format="json", HTTP_IF_MATCH=etag)
    assert live.status_code == 200, live.content
    assert APIClient().get(url).json()["articles"][0]["number"] == article.number
