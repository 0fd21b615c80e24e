"""The admin side of the permission matrix, the workflow actions, stale forms, history
with revert, and the takeaway preview."""

import pytest
from django.urls import reverse

from commentary.models import Takeaway
from core.models import EditorialStatus
from tests.commentary.factories import CitationFactory, MentionFactory, TakeawayAuthorFactory, TakeawayFactory
from tests.treaties.factories import TreatyFactory
from treaties.models import Treaty

pytestmark = pytest.mark.django_db
DRAFT, REVIEW, PUBLISHED = EditorialStatus.DRAFT, EditorialStatus.IN_REVIEW, EditorialStatus.PUBLISHED


def _treaty_form(treaty, **overrides):
    data = {
        "title": treaty.title,
        "short_title": treaty.short_title,
        "slug": treaty.slug,
        "kind": treaty.kind,
        "status": treaty.status,
        "signed_on": treaty.signed_on.isoformat(),
        "in_force_on": treaty.in_force_on.isoformat(),
        "confidence": treaty.confidence,
        "editorial_status": treaty.editorial_status,
        "expected_version": treaty.version,
    }
    for prefix in ("parties", "articles", "core-source-content_type-object_id"):
        data.update({f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0})
    data.update(overrides)
    return data


def _action(client, model, action, objs, confirm):
    data = {"action": action, "_selected_action": [str(o.pk) for o in objs]}
    if confirm:
        data["post"] = "yes"
    return client.post(reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"), data)


# --- permission matrix, admin side ---------------------------------------------------------
def test_anonymous_is_sent_to_login(client):
    treaty = TreatyFactory()
    response = client.get(reverse("admin:treaties_treaty_change", args=[treaty.pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    ("role", "status", "can_edit", "can_delete"),
    [
        ("editor", DRAFT, True, True),
        ("editor", PUBLISHED, True, True),
        ("contributor", DRAFT, True, True),
        ("contributor", PUBLISHED, False, False),
    ],
)
def test_change_and_delete_by_role_and_status(client, request, role, status, can_edit, can_delete):
    client.force_login(request.getfixturevalue(role))
    treaty = TreatyFactory(editorial_status=status)
    page = client.get(reverse("admin:treaties_treaty_change", args=[treaty.pk])).content.decode()
    assert ('name="title"' in page) is can_edit
    response = client.post(reverse("admin:treaties_treaty_change", args=[treaty.pk]), _treaty_form(treaty, title="New"))
    assert (Treaty.objects.get(pk=treaty.pk).title == "New") is can_edit, response.content.decode()[:2000]
    response = client.post(reverse("admin:treaties_treaty_delete", args=[treaty.pk]), {"post": "yes"})
    assert Treaty.objects.filter(pk=treaty.pk).exists() is not can_delete


def test_contributor_sees_status_read_only_and_new_records_are_drafts(client, contributor):
    client.force_login(contributor)
    page = client.get(reverse("admin:treaties_treaty_add")).content.decode()
    assert 'name="editorial_status"' not in page
    data = _treaty_form(TreatyFactory.build(slug="fresh"), editorial_status=PUBLISHED)
    data.pop("expected_version")
    client.post(reverse("admin:treaties_treaty_add"), data)
    assert Treaty.objects.get(slug="fresh").editorial_status == DRAFT


def test_contributor_has_no_publish_actions(client, contributor):
    client.force_login(contributor)
    page = client.get(reverse("admin:treaties_treaty_changelist")).content.decode()
    assert "submit_for_review" in page and 'value="publish"' not in page and "unpublish" not in page
    treaty = TreatyFactory(editorial_status=REVIEW)
    _action(client, Treaty, "publish", [treaty], confirm=True)
    assert Treaty.objects.get(pk=treaty.pk).editorial_status == REVIEW


# --- workflow actions with a confirmation step ----------------------------------------------
def test_publish_action_asks_for_confirmation_first(client, editor):
    client.force_login(editor)
    treaty = TreatyFactory(editorial_status=REVIEW, short_title="Pending pact")
    response = _action(client, Treaty, "publish", [treaty], confirm=False)
    assert response.status_code == 200 and "Are you sure you want to publish" in response.content.decode()
    assert "Pending pact" in response.content.decode()
    assert Treaty.objects.get(pk=treaty.pk).editorial_status == REVIEW
    _action(client, Treaty, "publish", [treaty], confirm=True)
    treaty.refresh_from_db()
    assert treaty.editorial_status == PUBLISHED and treaty.published_at is not None
    assert treaty.history.first().history_user == editor and treaty.history.first().history_channel == "admin"


def test_unpublish_and_submit_actions(client, editor):
    client.force_login(editor)
    published, draft = TreatyFactory(editorial_status=PUBLISHED), TreatyFactory(editorial_status=DRAFT)
    _action(client, Treaty, "unpublish", [published], confirm=True)
    _action(client, Treaty, "submit_for_review", [draft], confirm=True)
    assert Treaty.objects.get(pk=published.pk).editorial_status == DRAFT
    assert Treaty.objects.get(pk=draft.pk).editorial_status == REVIEW


def test_publish_action_refuses_a_takeaway_without_author(client, editor):
    client.force_login(editor)
    lonely, authored = TakeawayFactory(editorial_status=REVIEW), TakeawayFactory(editorial_status=REVIEW)
    TakeawayAuthorFactory(takeaway=authored)
    response = _action(client, Takeaway, "publish", [lonely, authored], confirm=True)
    assert Takeaway.objects.get(pk=lonely.pk).editorial_status == REVIEW
    assert Takeaway.objects.get(pk=authored.pk).editorial_status == PUBLISHED
    assert "at least one author" in client.get(response["Location"]).content.decode()


def test_takeaway_changelist_counts_unconfirmed_auto_citations(client, editor):
    client.force_login(editor)
    takeaway = TakeawayFactory(heading="Counted")
    CitationFactory(takeaway=takeaway, method="auto", review_status="pending", start=0, end=5)
    CitationFactory(takeaway=takeaway, method="auto", review_status="pending", start=6, end=15)
    CitationFactory(takeaway=takeaway, method="auto", review_status="confirmed", start=16, end=20)
    CitationFactory(takeaway=takeaway, method="editor", review_status="pending", start=21, end=25)
    page = client.get(reverse("admin:commentary_takeaway_changelist")).content.decode()
    assert '<td class="field-unconfirmed_auto_citations">2</td>' in page


# --- stale forms ------------------------------------------------------------------------------
def test_stale_admin_form_shows_conflict_and_does_not_overwrite(client, editor):
    client.force_login(editor)
    treaty = TreatyFactory(editorial_status=DRAFT, title="Original")
    url = reverse("admin:treaties_treaty_change", args=[treaty.pk])
    stale = _treaty_form(treaty, title="Mine")
    assert client.post(url, _treaty_form(treaty, title="Theirs")).status_code == 302
    response = client.post(url, stale)
    assert response.status_code == 200
    assert "Conflict: someone else saved this record" in response.content.decode()
    assert Treaty.objects.get(pk=treaty.pk).title == "Theirs"


# --- history and revert -----------------------------------------------------------------------
def test_history_shows_field_diffs_and_revert_is_recorded(client, editor):
    client.force_login(editor)
    treaty = TreatyFactory(editorial_status=DRAFT, title="Version one")
    url = reverse("admin:treaties_treaty_change", args=[treaty.pk])
    client.post(url, _treaty_form(treaty, title="Version two"), HTTP_X_REQUEST_ID="req-123")
    page = client.get(reverse("admin:treaties_treaty_history", args=[treaty.pk])).content.decode()
    assert "Version one" in page and "Version two" in page and "req-123" in page
    first = treaty.history.earliest("history_date")
    revert_url = reverse("admin:treaties_treaty_simple_history", args=[treaty.pk, first.history_id])
    current = Treaty.objects.get(pk=treaty.pk)
    response = client.post(revert_url, _treaty_form(current, title="Version one"))
    assert response.status_code == 302
    reverted = Treaty.objects.get(pk=treaty.pk)
    assert reverted.title == "Version one" and reverted.version == 3
    latest = reverted.history.first()
    assert latest.history_change_reason == "Reverted to version 1" and latest.history_user == editor
    assert reverted.history.count() == 3


def test_contributors_cannot_read_history(client, contributor):
    client.force_login(contributor)
    treaty = TreatyFactory(editorial_status=DRAFT)
    assert client.get(reverse("admin:treaties_treaty_history", args=[treaty.pk])).status_code == 403


# --- preview and links -------------------------------------------------------------------------
def test_preview_highlights_spans_and_escapes_text(client, editor):
    client.force_login(editor)
    body = "<script>alert(1)</script> Russia & China.\n\nArticle 4 matters."
    takeaway = TakeawayFactory(body=body)
    MentionFactory(takeaway=takeaway, start=body.index("Russia"), end=body.index("Russia") + 6, quote="Russia")
    CitationFactory(takeaway=takeaway, start=body.index("Article"), end=body.index("Article") + 9, quote="Article 4")
    page = client.get(reverse("admin:commentary_takeaway_change", args=[takeaway.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert(1)" not in page
    assert '<mark class="pactum-mention"' in page and ">Russia</mark> &amp; China." in page
    assert ">Article 4</mark> matters." in page


def test_changelists_filter_by_own_and_parent_status(client, editor):
    from tests.commentary.factories import PublicationFactory

    client.force_login(editor)
    TakeawayFactory(heading="Under a draft publication", publication=PublicationFactory(editorial_status=DRAFT))
    TakeawayFactory(heading="Under a published one", editorial_status=DRAFT)
    url = reverse("admin:commentary_takeaway_changelist")
    page = client.get(url + "?publication_status=draft").content.decode()
    assert "Under a draft publication" in page and "Under a published one" not in page
    page = client.get(url + "?editorial_status__exact=draft").content.decode()
    assert "Under a published one" in page and "Under a draft publication" not in page
    assert "By publication status" in page
