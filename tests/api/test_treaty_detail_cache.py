"""The anonymous treaty detail is cached per change counter: same bytes, never stale."""

import pytest

from api.v1.treaties.views import TreatyViewSet
from core.audit import COMMAND
from core.services import record_update
from treaties.models import Treaty

pytestmark = pytest.mark.usefixtures("seeded")


def detail(api_client, slug):
    response = api_client.get(f"/api/v1/treaties/{slug}/")
    assert response.status_code == 200
    return response


def test_cached_detail_is_the_rendered_one_for_every_seed_treaty(api_client, monkeypatch):
    slugs = list(Treaty.objects.public().values_list("slug", flat=True))
    monkeypatch.setattr(TreatyViewSet, "cache_anonymous_detail", False)
    rendered = {slug: detail(api_client, slug) for slug in slugs}
    monkeypatch.setattr(TreatyViewSet, "cache_anonymous_detail", True)
    for slug in slugs:
        miss, hit = detail(api_client, slug), detail(api_client, slug)
        assert miss.content == rendered[slug].content == hit.content
        assert miss["ETag"] == hit["ETag"] == rendered[slug]["ETag"]
        assert hit["Last-Modified"] == rendered[slug]["Last-Modified"]


def test_a_hit_runs_no_query_beyond_the_counter(api_client, django_assert_max_num_queries):
    slug = Treaty.objects.public().values_list("slug", flat=True).first()
    detail(api_client, slug)
    with django_assert_max_num_queries(1):  # the change counter's row without Redis
        detail(api_client, slug)


def test_a_write_is_seen_at_once(api_client):
    treaty = Treaty.objects.public().first()
    before = detail(api_client, treaty.slug).json()
    record_update(instance=treaty, changes={"description": "Rewritten for the cache test."}, audit=COMMAND)
    after = detail(api_client, treaty.slug).json()
    assert after["description"] == "Rewritten for the cache test." != before["description"]
    assert after["version"] == before["version"] + 1


def test_a_matching_etag_is_a_304_from_the_cache(api_client):
    slug = Treaty.objects.public().values_list("slug", flat=True).first()
    etag = detail(api_client, slug)["ETag"]
    assert api_client.get(f"/api/v1/treaties/{slug}/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_editors_are_never_served_from_the_cache(api_client, editor):
    treaty = Treaty.objects.public().first()
    detail(api_client, treaty.slug)
    Treaty.objects.filter(pk=treaty.pk).update(description="Changed behind the counter's back.")
    api_client.force_authenticate(editor)
    assert detail(api_client, treaty.slug).json()["description"] == "Changed behind the counter's back."
