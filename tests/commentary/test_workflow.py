"""Editorial workflow and the rules for publishing, shared by admin and API."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from commentary.models import Takeaway
from commentary.services import takeaway_publish, takeaway_spans_rebase, takeaway_update
from core.audit import COMMAND, Audit
from core.models import EditorialStatus
from core.services import StaleVersion, record_transition, record_update
from tests.commentary.factories import CitationFactory, MentionFactory, TakeawayAuthorFactory, TakeawayFactory
from tests.treaties.factories import TreatyFactory

pytestmark = pytest.mark.django_db
DRAFT, REVIEW, PUBLISHED = EditorialStatus.DRAFT, EditorialStatus.IN_REVIEW, EditorialStatus.PUBLISHED


def test_draft_to_review_to_published_and_back(editor):
    treaty = TreatyFactory(editorial_status=DRAFT)
    for status in (REVIEW, PUBLISHED, DRAFT):
        treaty = record_transition(record=treaty, status=status, audit=Audit(user=editor))
        assert treaty.editorial_status == status
    assert treaty.version == 4 and treaty.published_at is not None
    assert [h.history_change_reason for h in treaty.history.all()][:3] == [
        "Status set to draft",
        "Status set to published",
        "Status set to in_review",
    ]


def test_publishing_a_takeaway_needs_an_author(editor):
    takeaway = TakeawayFactory(editorial_status=DRAFT)
    with pytest.raises(ValidationError, match="at least one author"):
        takeaway_publish(takeaway=takeaway, audit=Audit(user=editor))
    TakeawayAuthorFactory(takeaway=takeaway)
    takeaway_publish(takeaway=takeaway, audit=Audit(user=editor))
    assert Takeaway.objects.get(pk=takeaway.pk).editorial_status == PUBLISHED


def test_publishing_a_takeaway_needs_a_body(editor):
    takeaway = TakeawayFactory(editorial_status=DRAFT, body="   ")
    TakeawayAuthorFactory(takeaway=takeaway)
    with pytest.raises(ValidationError, match="needs a body"):
        takeaway_publish(takeaway=takeaway, audit=Audit(user=editor))
    assert Takeaway.objects.get(pk=takeaway.pk).editorial_status == DRAFT


def test_unconfirmed_auto_citations_do_not_block_publishing(editor):
    takeaway = TakeawayFactory(editorial_status=REVIEW)
    TakeawayAuthorFactory(takeaway=takeaway)
    CitationFactory(takeaway=takeaway, method="auto", review_status="pending")
    assert takeaway_publish(takeaway=takeaway, audit=Audit(user=editor)).editorial_status == PUBLISHED


@pytest.mark.parametrize("target", [PUBLISHED])
def test_contributors_cannot_publish(contributor, target):
    treaty = TreatyFactory(editorial_status=REVIEW)
    with pytest.raises(PermissionDenied):
        record_transition(record=treaty, status=target, audit=Audit(user=contributor))


def test_contributors_cannot_unpublish_or_edit_published(contributor):
    treaty = TreatyFactory(editorial_status=PUBLISHED)
    with pytest.raises(PermissionDenied):
        record_transition(record=treaty, status=DRAFT, audit=Audit(user=contributor))
    with pytest.raises(PermissionDenied):
        record_update(instance=treaty, changes={"title": "Mine"}, audit=Audit(user=contributor))


def test_contributors_submit_drafts_for_review(contributor):
    treaty = TreatyFactory(editorial_status=DRAFT)
    assert record_transition(record=treaty, status=REVIEW, audit=Audit(user=contributor)).editorial_status == REVIEW


def test_stale_version_writes_nothing(editor):
    treaty = TreatyFactory(editorial_status=DRAFT, title="Before")
    record_update(instance=treaty, changes={"title": "First"}, expected_version=1, audit=Audit(user=editor))
    with pytest.raises(StaleVersion) as caught:
        record_update(instance=treaty, changes={"title": "Second"}, expected_version=1, audit=Audit(user=editor))
    treaty.refresh_from_db()
    assert (treaty.title, treaty.version, caught.value.current_version) == ("First", 2, 2)
    assert treaty.history.count() == 2


def test_changing_the_body_moves_spans_with_their_quotes(editor):
    takeaway = TakeawayFactory(body="Russia and China met.", editorial_status=DRAFT)
    mention = MentionFactory(takeaway=takeaway, start=11, end=16, quote="China")
    gone = MentionFactory(takeaway=takeaway, start=0, end=6, quote="Russia")
    changes = {"body": "Today China met Iran."}
    takeaway_update(instance=takeaway, changes=changes, expected_version=1, audit=Audit(user=editor))
    mention.refresh_from_db()
    assert (mention.start, mention.end) == (6, 11)
    assert not type(gone).objects.filter(pk=gone.pk).exists()


def test_unchanged_body_keeps_spans():
    takeaway = TakeawayFactory(body="Russia and China met.")
    MentionFactory(takeaway=takeaway, start=11, end=16, quote="China")
    assert takeaway_spans_rebase(takeaway=takeaway, old_body=takeaway.body, audit=COMMAND)["moved"] == 0
