"""The editors' admin in a real browser: the dashboard with both pictures (numbers checked
against the public API), the compact review of automatic links, and pages that fit 1280 px."""

import io
import json
import urllib.request
from collections import Counter

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse

from commentary.models import Citation, LinkMethod, Mention, ReviewStatus, Takeaway

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _json(url: str):
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (local live server)
        return json.loads(response.read())


@pytest.fixture
def demo(seeded):
    """The demo database: the seed plus the resolver's automatic links, waiting for review."""
    call_command("resolve_references", stdout=io.StringIO())


def _login(page, live_server, user):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", "pw-" + user.username)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")


def _page_width(page) -> int:
    """The widest of the page and of any table box that would scroll (columns out of sight)."""
    return page.evaluate(
        """Math.max(document.documentElement.scrollWidth,
            ...[...document.querySelectorAll('#changelist .results, .inline-group .tabular, table')]
               .map(el => el.scrollWidth > el.clientWidth + 1 ? 1280 + el.scrollWidth - el.clientWidth : 0))"""
    )


def test_dashboard_shows_the_queue_coverage_and_both_pictures(demo, live_server, browser_page, editor, screenshot):
    page = browser_page
    _login(page, live_server, editor)
    page.wait_for_selector("#co-mention-network[data-ready=true]")
    page.wait_for_selector("#timeline[data-ready=true]")
    screenshot(page, "admin-dashboard")
    assert page.locator("#site-name").inner_text() == "Pactum editorial"
    waiting = {"method": LinkMethod.AUTO, "review_status": ReviewStatus.PENDING}
    pending = Mention.objects.filter(**waiting).count() + Citation.objects.filter(**waiting).count()
    assert pending > 0
    assert page.locator("#review-queue h2 .count").inner_text() == str(pending)
    assert page.locator("#coverage tbody tr").count() > 0
    assert "Art. 4" in page.locator("#coverage").inner_text()
    assert page.locator("#latest-changes tbody tr").count() > 0

    # The pictures show what the public API says.
    for line in page.locator("line.co-mention").all()[:10]:
        source, target = line.get_attribute("data-source"), line.get_attribute("data-target")
        rows = _json(f"{live_server.url}/api/v1/actors/{source}/co-mentions/")
        assert {r["actor"]["slug"]: r["takeaways"] for r in rows}[target] == int(line.get_attribute("data-weight"))
    events = _json(f"{live_server.url}/api/v1/events/?page_size=200")["count"]
    kinds = Counter(g.get_attribute("data-kind") for g in page.locator("g.milestone").all())
    assert kinds["event"] == events
    assert _page_width(page) <= 1280
    assert page.outside_requests == [] and page.console_errors == []


def test_review_view_confirms_and_rejects_in_one_click(demo, live_server, browser_page, editor, screenshot):
    page = browser_page
    _login(page, live_server, editor)
    page.locator("#review-queue a.button", has_text="Review").first.click()
    page.wait_for_selector("#review-links")
    screenshot(page, "admin-review-links")
    assert _page_width(page) <= 1280
    rows = page.locator("#review-links tbody tr.pending")
    assert rows.count() >= 2  # the queue lists the takeaway with the most pending first
    assert page.locator("mark.pending").count() >= 1
    # One click confirms one link, through the services, as this editor, in the admin channel.
    link = rows.first.get_attribute("data-link")
    rows.first.locator("button.confirm").click()
    page.wait_for_selector(".messagelist .success")
    kind, _, pk = link.partition(":")
    decided = (Mention if kind == "mention" else Citation).objects.get(pk=pk)
    assert decided.review_status == ReviewStatus.CONFIRMED
    assert (decided.history.first().history_channel, decided.history.first().history_user_id) == ("admin", editor.pk)
    assert page.locator(f"#review-links tr[data-link='{link}']").get_attribute("class") == "confirmed"
    # The rest of the section in one click.
    page.click("#confirm-section button")
    page.wait_for_selector(".messagelist .success")
    assert page.locator("#review-links tbody tr.pending").count() == 0
    assert page.locator("#confirm-section").count() == 0
    # And one click rejects (a confirmed link too): hidden from the public from then on.
    page.locator(f"#review-links tr[data-link='{link}'] button.reject").click()
    page.wait_for_selector(".messagelist .success")
    assert page.locator(f"#review-links tr[data-link='{link}']").get_attribute("class") == "rejected"
    decided.refresh_from_db()
    assert decided.review_status == ReviewStatus.REJECTED
    screenshot(page, "admin-review-links-done")
    assert page.outside_requests == []


def test_admin_pages_fit_1280_px(demo, live_server, browser_page, superuser, screenshot):
    page = browser_page
    _login(page, live_server, superuser)
    wide = {}
    for model in admin.site._registry:
        url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        page.goto(live_server.url + url)
        if _page_width(page) > 1280:
            wide[url] = _page_width(page)
    takeaway = Takeaway.objects.order_by("position").first()
    page.goto(live_server.url + reverse("admin:commentary_takeaway_change", args=[takeaway.pk]))
    screenshot(page, "admin-takeaway-change")
    if _page_width(page) > 1280:
        wide["takeaway change"] = _page_width(page)
    page.goto(live_server.url + reverse("admin:commentary_mention_changelist"))
    screenshot(page, "admin-mentions")
    assert "\\xa0" not in page.content()
    assert wide == {}
