"""Retiring a v1 field or endpoint (api/deprecation.py): until its sunset it is still served,
with Deprecation (RFC 9745), Sunset (RFC 8594) and a Link to the notice; after, the field is
gone and the endpoint answers 410. The registry is overridden here as a fixture version
would declare it: v1 itself retires nothing yet."""

import datetime

import pytest
from django.utils.http import http_date
from drf_spectacular.generators import SchemaGenerator

from api import deprecation
from api.deprecation import Retirement
from tests.treaties.factories import TreatyFactory

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
NOTICE = "https://pactum.example/notices/duration-terms"
DEPRECATED = datetime.datetime(2025, 1, 1, tzinfo=UTC)
SUNSET_AHEAD = datetime.datetime(2999, 7, 1, tzinfo=UTC)
SUNSET_PAST = datetime.datetime(2025, 7, 1, tzinfo=UTC)


@pytest.fixture
def treaty():
    return TreatyFactory(slug="zenda", duration_terms="Twenty years, renewed tacitly.")


def retire_field(monkeypatch, key: str, sunset: datetime.datetime) -> None:
    retired = {key: Retirement(deprecated=DEPRECATED, sunset=sunset, notice=NOTICE, replacement="`terms`")}
    monkeypatch.setattr(deprecation, "RETIRED_FIELDS", retired)


def test_v1_retires_nothing_so_no_response_carries_the_headers(api_client, treaty):
    assert deprecation.RETIRED_FIELDS == {} and deprecation.RETIRED_ENDPOINTS == {}
    response = api_client.get("/api/v1/treaties/zenda/")
    assert "Deprecation" not in response and "Sunset" not in response and "Link" not in response


def test_a_retired_field_is_still_served_until_its_sunset_with_the_headers(api_client, treaty, monkeypatch):
    retire_field(monkeypatch, "TreatySerializer.duration_terms", SUNSET_AHEAD)
    response = api_client.get("/api/v1/treaties/zenda/")
    assert response.status_code == 200
    assert response.json()["duration_terms"] == "Twenty years, renewed tacitly."
    assert response["Deprecation"] == "@1735689600"  # 2025-01-01T00:00:00Z
    assert response["Sunset"] == "Mon, 01 Jul 2999 00:00:00 GMT" == http_date(SUNSET_AHEAD.timestamp())
    assert response["Link"] == f'<{NOTICE}>; rel="deprecation"; type="text/html"'


def test_after_its_sunset_the_field_is_gone_and_nothing_is_announced(api_client, treaty, monkeypatch):
    retire_field(monkeypatch, "TreatySerializer.duration_terms", SUNSET_PAST)
    response = api_client.get("/api/v1/treaties/zenda/")
    assert response.status_code == 200
    body = response.json()
    assert "duration_terms" not in body and body["slug"] == "zenda"
    assert "Deprecation" not in response and "Sunset" not in response


def test_only_responses_that_serve_the_field_announce_it(api_client, treaty, monkeypatch):
    retire_field(monkeypatch, "TreatySerializer.duration_terms", SUNSET_AHEAD)
    listed = api_client.get("/api/v1/treaties/")  # the list's summary shape has no duration_terms
    shaped = api_client.get("/api/v1/treaties/zenda/", {"fields": "slug,title"})
    assert listed.status_code == shaped.status_code == 200
    assert "Deprecation" not in listed and "Deprecation" not in shaped
    assert shaped.json() == {"slug": "zenda", "title": treaty.title}


def test_a_retired_nested_field_is_announced_wherever_the_shape_is_nested(api_client, treaty, monkeypatch):
    retire_field(monkeypatch, "TreatySummarySerializer.short_title", SUNSET_AHEAD)
    listed = api_client.get("/api/v1/treaties/")
    assert listed.json()["results"][0]["short_title"] == treaty.short_title
    assert listed["Deprecation"] == "@1735689600"


def test_a_retired_endpoint_is_served_with_the_headers_then_gone(api_client, treaty, monkeypatch):
    retirement = Retirement(deprecated=DEPRECATED, sunset=SUNSET_AHEAD, notice=NOTICE, replacement="/api/v1/search/")
    monkeypatch.setattr(deprecation, "RETIRED_ENDPOINTS", {"TreatyViewSet.list": retirement})
    served = api_client.get("/api/v1/treaties/")
    assert served.status_code == 200 and served.json()["count"] == 1
    assert (served["Deprecation"], served["Sunset"]) == ("@1735689600", "Mon, 01 Jul 2999 00:00:00 GMT")
    assert "Deprecation" not in api_client.get("/api/v1/treaties/zenda/")  # another action of the viewset

    gone = Retirement(deprecated=DEPRECATED, sunset=SUNSET_PAST, notice=NOTICE, replacement="/api/v1/search/")
    monkeypatch.setattr(deprecation, "RETIRED_ENDPOINTS", {"TreatyViewSet.list": gone})
    removed = api_client.get("/api/v1/treaties/")
    assert removed.status_code == 410
    assert removed["Content-Type"] == "application/problem+json"
    assert "removed on Tue, 01 Jul 2025" in removed.json()["detail"] and "/api/v1/search/" in removed.json()["detail"]
    assert removed["Link"] == f'<{NOTICE}>; rel="deprecation"; type="text/html"'


def test_the_schema_marks_retired_fields_and_operations_deprecated(monkeypatch):
    retire_field(monkeypatch, "TreatySerializer.duration_terms", SUNSET_AHEAD)
    retirement = Retirement(deprecated=DEPRECATED, sunset=SUNSET_AHEAD, notice=NOTICE)
    monkeypatch.setattr(deprecation, "RETIRED_ENDPOINTS", {"ResolveView.post": retirement})
    openapi = SchemaGenerator().get_schema(request=None, public=True)
    treaty = openapi["components"]["schemas"]["Treaty"]["properties"]
    assert treaty["duration_terms"]["deprecated"] is True
    assert "deprecated" not in treaty["description"]
    resolve = openapi["paths"]["/api/v1/resolve/"]["post"]
    assert resolve["deprecated"] is True
    assert {"Deprecation", "Sunset", "Link"} <= set(resolve["responses"]["200"]["headers"])
    assert "deprecated" not in openapi["paths"]["/api/v1/treaties/"]["get"]
