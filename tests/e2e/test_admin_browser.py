"""A real browser drives the admin: an editor logs in, creates a treaty with two inline
articles, publishes a takeaway, and the public API shows both changes.

Runs Debian's Chromium (/usr/bin/chromium) through Playwright; Playwright's own browser
downloads are never used. In CI (CI set, as .ci/run does after installing Chromium) a
missing browser fails the test loudly. On a developer machine without Chromium, `make test`
must still work, so there it is reported as skipped with the install command, never as
passed.
"""

import json
import os
import urllib.request

import pytest

from commentary.models import Takeaway
from core.models import EditorialStatus
from tests.commentary.factories import PublicationFactory, TakeawayAuthorFactory, TakeawayFactory
from treaties.models import Treaty

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _public_json(url: str) -> tuple[int, dict]:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (local live server)
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, {}


def test_editor_creates_a_treaty_with_articles_and_publishes_a_takeaway(live_server, browser_page, editor):
    page = browser_page
    publication = PublicationFactory(editorial_status=EditorialStatus.PUBLISHED)
    takeaway = TakeawayFactory(publication=publication, editorial_status=EditorialStatus.IN_REVIEW, slug="e2e-take")
    TakeawayAuthorFactory(takeaway=takeaway)
    assert _public_json(f"{live_server.url}/api/v1/takeaways/e2e-take/")[0] == 404

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", "pw-" + editor.username)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")

    # A treaty with two inline articles, published in the same save.
    page.goto(f"{live_server.url}/admin/treaties/treaty/add/")
    page.fill("#id_title", "Browser Test Treaty of Friendship")
    page.locator("#id_short_title").press_sequentially("Browser pact")
    # The slug is prepopulated from the short title by the admin's own JavaScript.
    assert page.input_value("#id_slug") == "browser-pact"
    page.select_option("#id_kind", "bilateral")
    page.select_option("#id_status", "in_force")
    page.select_option("#id_editorial_status", "published")
    for index, (number, heading) in enumerate([("1", "Peace"), ("2", "Mutual assistance")]):
        page.click("#articles-group .add-row a")
        page.fill(f"#id_articles-{index}-ordinal", str(index + 1))
        page.fill(f"#id_articles-{index}-number", number)
        page.fill(f"#id_articles-{index}-heading", heading)
        page.select_option(f"#id_articles-{index}-editorial_status", "published")
    page.click("input[name=_save]")
    page.wait_for_load_state()
    errors = page.locator(".errornote, .errorlist").all_inner_texts()
    assert not errors, errors
    page.wait_for_selector(".messagelist .success")
    treaty = Treaty.objects.get(slug="browser-pact")
    assert list(treaty.articles.order_by("ordinal").values_list("number", "heading")) == [
        ("1", "Peace"),
        ("2", "Mutual assistance"),
    ]

    # Publish the takeaway with the bulk action and its confirmation page.
    page.goto(f"{live_server.url}/admin/commentary/takeaway/")
    page.check(f"input[name=_selected_action][value='{takeaway.pk}']")
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    page.wait_for_selector("#confirm-status-change")
    assert "Are you sure you want to publish" in page.content()
    page.click("#confirm-status-change")
    page.wait_for_selector(".messagelist .success")
    assert Takeaway.objects.get(pk=takeaway.pk).editorial_status == EditorialStatus.PUBLISHED

    # The public (anonymous) API now shows both.
    status, body = _public_json(f"{live_server.url}/api/v1/treaties/browser-pact/")
    assert status == 200, body
    assert body["title"] == "Browser Test Treaty of Friendship"
    assert len(body["articles"]) == 2
    status, body = _public_json(f"{live_server.url}/api/v1/takeaways/e2e-take/")
    assert status == 200 and body["slug"] == "e2e-take"
    assert os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE") == "true"
