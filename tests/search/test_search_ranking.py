"""Bounded ranking on PostgreSQL (search/ranking.py): pages read the ranked candidates and the
page, and still show every match once, in rank order then pk order past the candidates.

RANK_CANDIDATES is lowered so a handful of rows stand for the 2,000 of production."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from commentary.models import Takeaway
from search import apply_search, ranked_pages, search_all
from tests.commentary.factories import MentionFactory, TakeawayFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

LIST = "/api/v1/takeaways/"


@pytest.fixture(autouse=True)
def _postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("bounded ranking is PostgreSQL's (SQLite ranks every match with bm25)")


def ranked_slice(queryset, start, stop):
    return ranked_pages(queryset).slice(start, stop)


@pytest.fixture
def few_candidates(monkeypatch):
    monkeypatch.setattr("search.ranking.RANK_CANDIDATES", 3)
    return 3


def _takeaways(n: int, *, title_hits: int = 0) -> list[Takeaway]:
    rows = [TakeawayFactory(heading="Walrus policy", body="A walrus.") for _ in range(title_hits)]
    rows += [TakeawayFactory(heading=f"Note {i}", body="One walrus among many words.") for i in range(n - title_hits)]
    return rows


def test_ranked_slice_is_the_querysets_order_when_every_match_is_a_candidate():
    _takeaways(6, title_hits=2)
    qs = apply_search(Takeaway.objects.all(), "walrus")
    expected = list(qs)
    assert [t.pk for t in ranked_slice(qs, 0, 6)] == [t.pk for t in expected]
    assert [t.pk for t in ranked_slice(qs, 2, 4)] == [t.pk for t in expected[2:4]]
    assert [t.search_rank for t in ranked_slice(qs, 0, 6)] == pytest.approx([t.search_rank for t in expected])


def test_past_the_candidates_matches_follow_by_pk_and_every_match_appears_once(few_candidates):
    rows = _takeaways(8, title_hits=1)
    qs = apply_search(Takeaway.objects.all(), "walrus")
    walked = [t for start in range(0, 8, 2) for t in ranked_slice(qs, start, start + 2)]
    assert sorted(t.pk for t in walked) == sorted(t.pk for t in rows)
    head, tail = walked[:few_candidates], walked[few_candidates:]
    assert [t.search_rank for t in head] == sorted((t.search_rank for t in head), reverse=True)
    assert all(t.search_rank > 0 for t in head)
    assert [t.pk for t in tail] == sorted(t.pk for t in tail) and {t.search_rank for t in tail} == {0.0}


def test_candidates_are_taken_after_the_querysets_filters(few_candidates):
    _takeaways(6)  # matches outside the filter must not use up the candidates
    mentioned = [TakeawayFactory(heading="Walrus policy" if i == 2 else f"Walrus {i}", body="walrus") for i in range(3)]
    for t in mentioned:
        MentionFactory(takeaway=t)
    qs = apply_search(Takeaway.objects.filter(mentions__isnull=False).distinct(), "walrus")
    page = ranked_slice(qs, 0, 3)
    assert {t.pk for t in page} == {t.pk for t in mentioned}
    assert all(t.search_rank > 0 for t in page)


def test_a_q_list_page_is_the_ranked_order_with_a_constant_number_of_queries(api_client):
    def queries(n_more: int) -> tuple[int, list[str]]:
        _takeaways(n_more, title_hits=1)
        with CaptureQueriesContext(connection) as ctx:
            body = api_client.get(LIST, {"q": "walrus", "page_size": 5}).json()
        return len(ctx.captured_queries), [r["slug"] for r in body["results"]]

    small, _ = queries(3)
    large, slugs = queries(20)
    expected = [t.slug for t in apply_search(Takeaway.objects.public(), "walrus")[:5]]
    assert slugs == expected
    assert small == large


def test_search_counts_are_exact_within_the_candidates_and_estimated_past_them(api_client, few_candidates):
    _takeaways(few_candidates - 1)
    body = api_client.get("/api/v1/search/", {"q": "walrus", "type": "takeaway"}).json()
    assert (body["counts"]["takeaway"], body["count_exact"]) == (few_candidates - 1, True)
    _takeaways(5)
    body = api_client.get("/api/v1/search/", {"q": "walrus", "type": "takeaway", "limit": 100}).json()
    assert body["count_exact"] is False
    assert body["counts"]["takeaway"] >= few_candidates
    assert len(body["results"]) == few_candidates - 1 + 5  # every match: the tail follows the candidates


def test_search_all_hits_match_apply_search_order_past_the_candidates(few_candidates):
    _takeaways(7, title_hits=2)
    results = search_all(q="walrus", types=["takeaway"], limit=7)
    assert len(results.hits) == 7 and results.counts_exact is False
    ranks = [h.rank for h in results.hits]
    assert ranks[:few_candidates] == sorted(ranks[:few_candidates], reverse=True)
    assert ranks[few_candidates:] == [0.0] * (7 - few_candidates)


def test_a_q_list_counts_from_its_candidates_and_pages_reach_every_match(api_client, few_candidates):
    rows = _takeaways(few_candidates - 1)
    body = api_client.get(LIST, {"q": "walrus"}).json()
    assert (body["count"], body["count_exact"]) == (few_candidates - 1, True)
    rows += _takeaways(4)
    body = api_client.get(LIST, {"q": "walrus", "page_size": 2}).json()
    assert body["count_exact"] is False and body["count"] >= few_candidates
    slugs, url = [], f"{LIST}?q=walrus&page_size=2"
    while url:
        body = api_client.get(url).json()
        slugs += [r["slug"] for r in body["results"]]
        url = body["next"]
    assert sorted(slugs) == sorted(t.slug for t in rows)


@pytest.fixture
def tiny_segments(monkeypatch):
    """Segments of 4 documents, installed inside the test's transaction (PostgreSQL DDL is
    transactional: the rollback restores the production definition)."""
    from search import db as search_db

    monkeypatch.setattr("search.db.SEGMENT_SIZE", 4)
    monkeypatch.setattr("search.expressions.SEGMENT_SIZE", 4)
    search_db.install(connection)
    return 4


def test_candidates_are_the_newest_matches_segment_by_segment(few_candidates, tiny_segments):
    old = [TakeawayFactory(heading="Walrus policy", body="walrus walrus walrus") for _ in range(6)]
    unrelated = [TakeawayFactory(heading=f"Other {i}", body="seals") for i in range(5)]
    new = [TakeawayFactory(heading=f"Note {i}", body="One walrus among many words.") for i in range(4)]
    qs = apply_search(Takeaway.objects.all(), "walrus")
    pages = ranked_pages(qs)
    # The three candidates are the newest three matches, even though the older ones rank
    # higher (title hits): the walk starts at the newest segment and stops at three.
    assert {pk for pk, _ in pages.found.ranked} <= {t.pk for t in new}
    assert len(pages.found.ranked) == few_candidates and not pages.found.complete
    # Every match is still reachable once, past the candidates by pk.
    walked = [t.pk for start in range(0, 10, 3) for t in pages.slice(start, start + 3)]
    assert sorted(walked) == sorted(t.pk for t in old + new)
    assert not {t.pk for t in unrelated} & set(walked)


def test_the_segment_lexeme_is_never_matched_by_a_query(tiny_segments):
    TakeawayFactory(heading="Plain heading", body="nothing to see")
    # "segment 0" as typed by a reader is two words: it never reaches the segment lexeme.
    assert list(apply_search(Takeaway.objects.all(), "segment 0")) == []
    assert list(apply_search(Takeaway.objects.all(), '"segment 0"')) == []


def test_a_rebuild_numbers_documents_oldest_first(tiny_segments):
    from search import db as search_db

    rows = [TakeawayFactory(heading=f"Walrus {i}", body="walrus") for i in range(6)]
    search_db.rebuild(connection)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT d.object_id FROM search_searchdocument d WHERE d.kind = 'commentary.takeaway' ORDER BY d.id"
        )
        order = [r[0] for r in cursor.fetchall()]
    created = [t.pk for t in sorted(rows, key=lambda t: (t.created, str(t.pk)))]
    assert order == created
