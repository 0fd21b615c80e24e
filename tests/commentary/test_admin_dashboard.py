"""The editors' admin: the dashboard index (constant queries), the compact review of
automatic links (writes through the services, role rules), readable row labels, and the
import page's publisher menu and empty preview."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actors.models import ActorKind
from commentary.models import LinkMethod, ReviewStatus
from core.models import EditorialStatus
from tests.actors.factories import ActorFactory, PersonFactory, StateFactory
from tests.commentary.factories import (
    CitationFactory,
    MentionFactory,
    PublicationFactory,
    TakeawayAuthorFactory,
    TakeawayFactory,
)
from tests.treaties.factories import ArticleFactory

pytestmark = pytest.mark.django_db
BODY = "Russia and the DPRK signed it.\n\nArticle 4 binds both. China watched Russia closely."


def _takeaway_with_links(publication=None, *, status=EditorialStatus.PUBLISHED):
    takeaway = TakeawayFactory(
        body=BODY, editorial_status=status, **({"publication": publication} if publication else {})
    )
    TakeawayAuthorFactory(takeaway=takeaway)
    auto = {"method": LinkMethod.AUTO, "review_status": ReviewStatus.PENDING, "score": 0.8}
    article = ArticleFactory()
    links = [
        MentionFactory(takeaway=takeaway, start=0, end=6, **auto),
        MentionFactory(takeaway=takeaway, start=11, end=15, **auto),
        CitationFactory(takeaway=takeaway, treaty=article.treaty, article=article, start=32, end=41, **auto),
        MentionFactory(takeaway=takeaway, start=54, end=59, **auto),
    ]
    return takeaway, links


def _dashboard_queries(client) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/admin/")
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_admin_index_is_the_dashboard_with_constant_queries(client, superuser):
    client.force_login(superuser)
    publication = PublicationFactory(title="First publication")
    _takeaway_with_links(publication)
    few, html = _dashboard_queries(client)
    assert "Pactum editorial" in html and "Automatic links waiting for review" in html
    assert "First publication" in html and "Coverage: which treaty articles are cited" in html
    for _ in range(4):
        _takeaway_with_links(PublicationFactory(), status=EditorialStatus.DRAFT)
    many, html = _dashboard_queries(client)
    assert many == few
    assert "Drafts and records in review" in html and "Draft" in html
    assert html.count('class="button" href="/admin/commentary/takeaway/') == 5


def test_dashboard_counts_pending_links_per_publication_and_who_cites_what(client, superuser):
    client.force_login(superuser)
    takeaway, links = _takeaway_with_links(PublicationFactory(title="Summit takeaways"))
    response = client.get("/admin/")
    queue = response.context["review_queue"]
    assert [(p["title"], p["pending"]) for p in queue] == [("Summit takeaways", 4)]
    assert queue[0]["takeaways"][0]["citations"] == 1 and queue[0]["takeaways"][0]["mentions"] == 3
    (row,) = response.context["coverage"]
    assert (row["citations"], row["takeaways"]) == (1, 1)
    assert row["experts"] == [takeaway.authorships.get().expert.name]


def test_review_view_shows_the_body_with_numbered_spans_and_candidates(client, editor):
    client.force_login(editor)
    takeaway, links = _takeaway_with_links()
    html = client.get(reverse("admin:commentary_takeaway_review", args=[takeaway.pk])).content.decode()
    assert html.count('<mark class="mention pending"') == 3 and html.count('<mark class="citation pending"') == 1
    assert 'id="link-4"' in html and "0.80" in html and "Confirm all 4 pending in this section" in html
    assert str(links[2].article) in html


def test_one_click_confirms_or_rejects_one_link_through_the_services(client, editor):
    client.force_login(editor)
    takeaway, links = _takeaway_with_links()
    url = reverse("admin:commentary_takeaway_review", args=[takeaway.pk])
    response = client.post(url, {"action": "confirm", "link": f"mention:{links[0].pk}", "number": "1"})
    assert response.status_code == 302 and response["Location"].endswith("#link-1")
    client.post(url, {"action": "reject", "link": f"citation:{links[2].pk}"})
    for link in links:
        link.refresh_from_db()
    assert [link.review_status for link in links] == ["confirmed", "pending", "rejected", "pending"]
    row = links[0].history.first()
    assert (row.history_channel, row.history_user_id, row.history_change_reason) == (
        "admin",
        editor.pk,
        "Review: confirmed",
    )


def test_bulk_confirm_per_paragraph_and_per_section(client, editor):
    client.force_login(editor)
    takeaway, links = _takeaway_with_links()
    url = reverse("admin:commentary_takeaway_review", args=[takeaway.pk])
    client.post(url, {"action": "confirm_pending", "paragraph": "1"})  # "Article 4 … China … Russia"
    for link in links:
        link.refresh_from_db()
    assert [link.review_status for link in links] == ["pending", "pending", "confirmed", "confirmed"]
    client.post(url, {"action": "confirm_pending"})
    for link in links:
        link.refresh_from_db()
    assert {link.review_status for link in links} == {"confirmed"}


def test_a_contributor_cannot_decide_on_a_published_takeaways_links(client, contributor):
    client.force_login(contributor)
    takeaway, links = _takeaway_with_links()
    url = reverse("admin:commentary_takeaway_review", args=[takeaway.pk])
    html = client.get(url).content.decode()
    assert 'value="confirm"' not in html  # no buttons for what they may not do
    response = client.post(url, {"action": "confirm", "link": f"mention:{links[0].pk}"})
    assert response.status_code == 403
    links[0].refresh_from_db()
    assert links[0].review_status == ReviewStatus.PENDING


def test_review_view_refuses_a_link_of_another_takeaway(client, editor):
    client.force_login(editor)
    takeaway, _ = _takeaway_with_links()
    _, other_links = _takeaway_with_links()
    url = reverse("admin:commentary_takeaway_review", args=[takeaway.pk])
    assert client.post(url, {"action": "confirm", "link": f"mention:{other_links[0].pk}"}).status_code == 404
    assert client.post(url, {"action": "confirm", "link": "nothing:1"}).status_code == 404


def test_row_labels_show_quotes_without_escapes(client, superuser):
    client.force_login(superuser)
    takeaway = TakeawayFactory(body="Kim\xa0Jong\xa0Un met Putin.")
    mention = MentionFactory(takeaway=takeaway, start=0, end=11)
    assert str(mention).startswith("“Kim Jong Un” → ")
    html = client.get(reverse("admin:commentary_mention_changelist")).content.decode()
    assert "\\xa0" not in html


def test_import_publisher_menu_lists_only_organisations(client, superuser):
    client.force_login(superuser)
    think_tank = ActorFactory(kind=ActorKind.THINK_TANK, name="Stimson Center")
    PersonFactory(name="Jenny Town")
    StateFactory(name="Russia")
    form = client.get("/admin/commentary/publication/import/").context["form"]
    assert list(form.fields["publisher"].queryset) == [think_tank]


def test_import_preview_offers_no_confirm_when_nothing_would_change(client, superuser):
    client.force_login(superuser)
    doc = (
        b"A Title\n\nA dek line.\n\n## First section\n\nBy Jane Doe\n\nDirector, Example Program\n\n"
        b"Body of the first section.\n"
    )

    def upload():
        return client.post("/admin/commentary/publication/import/", {"document": SimpleUploadedFile("d.txt", doc)})

    first = upload()
    assert first.context["token"] and "Confirm import" in first.content.decode()
    client.post("/admin/commentary/publication/import/", {"token": first.context["token"]})
    again = upload()
    assert again.context["token"] is None
    html = again.content.decode()
    assert "Confirm import" not in html and "Nothing to import" in html
