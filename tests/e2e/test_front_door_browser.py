"""The front door in a real browser: the landing page with its two pictures (their numbers
checked against the API), and the HTML view of the API with its filters and paging."""

import json
import urllib.request
from collections import Counter

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _json(url: str):
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (local live server)
        return json.loads(response.read())


def test_landing_page_draws_both_pictures_with_the_apis_numbers(seeded, live_server, browser_page, screenshot):
    page = browser_page
    page.goto(f"{live_server.url}/")
    page.wait_for_selector("#co-mention-network[data-ready=true]")
    page.wait_for_selector("#timeline[data-ready=true]")
    screenshot(page, "landing")
    assert page.locator("h1").inner_text() == "Pactum"
    for name in ("API root", "Docs (Swagger UI)", "OpenAPI schema", "Editorial admin"):
        assert page.get_by_role("link", name=name).count() == 1
    assert page.locator("ol.questions > li").count() == 5

    # Network: each drawn link's weight is the co-mentions endpoint's takeaway count.
    network = page.locator("#co-mention-network")
    links = page.locator("line.co-mention")
    assert links.count() == int(network.get_attribute("data-links")) > 0
    assert page.locator("g.actor").count() == int(network.get_attribute("data-nodes")) > 0
    drawn = [
        (line.get_attribute("data-source"), line.get_attribute("data-target"), int(line.get_attribute("data-weight")))
        for line in links.all()
    ]
    co_mentions = {}
    for source, target, weight in drawn:
        if source not in co_mentions:
            rows = _json(f"{live_server.url}/api/v1/actors/{source}/co-mentions/")
            co_mentions[source] = {row["actor"]["slug"]: row["takeaways"] for row in rows}
        assert co_mentions[source][target] == weight, (source, target)

    # Timeline: one mark per event and per treaty date the API reports.
    events = _json(f"{live_server.url}/api/v1/events/?page_size=200")
    treaties = _json(f"{live_server.url}/api/v1/treaties/?page_size=200")["results"]
    milestones = sum(1 for t in treaties for key in ("signed_on", "in_force_on", "ended_on") if t[key])
    kinds = Counter(g.get_attribute("data-kind") for g in page.locator("g.milestone").all())
    assert kinds == {"event": events["count"], "treaty": milestones}
    assert page.locator("#timeline").get_attribute("data-events") == str(events["count"])
    assert page.outside_requests == []
    assert page.console_errors == []


def test_question_link_opens_the_html_api_view_with_filters_and_paging(seeded, live_server, browser_page, screenshot):
    page = browser_page
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Which takeaways cite Article 4 of the 2024 treaty?").click()
    page.wait_for_selector(".response-info")
    screenshot(page, "api-takeaways-cite-article-4")
    body = page.locator(".response-info pre").inner_text()
    assert "HTTP 200 OK" in body and '"results"' in body
    expected = _json(f"{live_server.url}/api/v1/takeaways/?cites_article=russia-dprk-2024:4")["count"]
    assert f'"count": {expected}' in body
    # Read-only for anonymous readers: no write forms, no raw-data form.
    assert page.locator("form#post-object-form, #put-object-form, .raw-form, button.js-tooltip.delete").count() == 0

    # Filters: every filter of the list is in the form; empty ones stay out of the URL.
    page.goto(f"{live_server.url}/api/v1/treaties/?page_size=2")
    page.click("button[data-target='#filtersModal']")
    page.wait_for_selector("#filtersModal form.pactum-filters", state="visible")
    assert page.locator("#filtersModal [name=party]").count() == 1
    page.fill("#filtersModal [name=party]", "north-korea")
    page.click("#filtersModal button[type=submit]")
    page.wait_for_load_state()
    assert "party=north-korea" in page.url and "status=" not in page.url
    screenshot(page, "api-treaties-filtered")
    assert "HTTP 200 OK" in page.locator(".response-info pre").inner_text()

    # Paging: the page controls follow `next`.
    page.goto(f"{live_server.url}/api/v1/actors/?page_size=5")
    page.locator(".pagination a", has_text="»").first.click()
    page.wait_for_load_state()
    assert "page=2" in page.url
    assert page.outside_requests == []
