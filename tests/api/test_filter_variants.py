"""The `_all` and `exclude_` forms every relation filter gets from api/filters.py."""

import pytest

from api.filters import RefFilter
from api.v1.actors.filtersets import ActorFilterSet, EventFilterSet
from api.v1.commentary.filtersets import CitationFilterSet, MentionFilterSet, TakeawayFilterSet
from api.v1.treaties.filtersets import ArticleFilterSet, TreatyFilterSet
from tests.api_support import build_world, identifiers

FILTERSETS = [ActorFilterSet, EventFilterSet, TreatyFilterSet, ArticleFilterSet, TakeawayFilterSet]


@pytest.mark.parametrize("filterset", [*FILTERSETS, CitationFilterSet, MentionFilterSet])
def test_every_relation_filter_has_a_negated_form(filterset):
    filters = filterset.base_filters
    plain = [n for n, f in filters.items() if isinstance(f, RefFilter) and not (f.negate or f.all_values)]
    assert plain
    for name in plain:
        assert isinstance(filters[f"exclude_{name}"], RefFilter) and filters[f"exclude_{name}"].negate
        if filters[name].via is not None:
            assert filters[f"{name}_all"].all_values


def test_foreign_key_filters_get_no_and_form():
    assert "publication_all" not in TakeawayFilterSet.base_filters
    assert "exclude_publication" in TakeawayFilterSet.base_filters


@pytest.mark.django_db
def test_exclude_leaves_out_matching_records_and_keeps_the_rest(api_client):
    world = build_world()
    everything = identifiers(api_client, "/api/v1/treaties/")
    with_russia = identifiers(api_client, f"/api/v1/treaties/?party={world.russia.slug}")
    without = identifiers(api_client, f"/api/v1/treaties/?exclude_party={world.russia.slug}")
    assert with_russia and without == everything - with_russia


@pytest.mark.django_db
def test_exclude_of_an_unknown_value_is_a_400(api_client):
    response = api_client.get("/api/v1/treaties/?exclude_party=atlantis")
    assert response.status_code == 400
    assert "atlantis" in str(response.json()["errors"]["exclude_party"])
