"""Ambiguity is data (stored with candidates, one click resolves it in the admin) and links
below the suggestion threshold are never shown to anonymous readers as facts."""

import datetime

import pytest

from commentary.models import AmbiguousReference, Citation, LinkMethod, Mention, ReviewStatus
from commentary.services import takeaway_resolve_references
from core.models import EditorialStatus
from tests.actors.factories import ActorAliasFactory, StateFactory
from tests.commentary.factories import PublicationFactory, TakeawayFactory
from tests.treaties.factories import TreatyFactory, TreatyPartyFactory
from treaties.resolver import SUGGESTION_THRESHOLD

pytestmark = pytest.mark.django_db
PUBLISHED = EditorialStatus.PUBLISHED


@pytest.fixture
def twin_treaties():
    """Two treaties signed the same year by one state with two others."""
    hub, north, south = (StateFactory(name=n, slug=n.lower(), short_name=n) for n in ("Hub", "Norland", "Sudland"))
    treaties = []
    for other, day in ((north, 6), (south, 11)):
        treaty = TreatyFactory(slug=f"hub-{other.slug}-1961", signed_on=datetime.date(1961, 7, day))
        TreatyPartyFactory(treaty=treaty, actor=hub)
        TreatyPartyFactory(treaty=treaty, actor=other)
        treaties.append(treaty)
    publication = PublicationFactory(editorial_status=PUBLISHED, published_on=datetime.date(2024, 7, 1))
    takeaway = TakeawayFactory(
        publication=publication, editorial_status=PUBLISHED, body="Some read it against the 1961 treaty."
    )
    return takeaway, treaties


def test_a_phrase_two_treaties_fit_is_stored_unresolved_with_both_candidates(twin_treaties):
    takeaway, treaties = twin_treaties
    takeaway_resolve_references(takeaway=takeaway)
    assert not Citation.objects.filter(takeaway=takeaway).exists()
    (row,) = AmbiguousReference.objects.filter(takeaway=takeaway)
    assert (row.quote, takeaway.body[row.start : row.end]) == ("the 1961 treaty", "the 1961 treaty")
    assert set(row.candidates.all()) == set(treaties)
    takeaway_resolve_references(takeaway=takeaway)  # a re-run finds its own row again
    assert AmbiguousReference.objects.filter(takeaway=takeaway).count() == 1


def test_one_click_in_the_admin_links_the_chosen_candidate_and_removes_the_question(twin_treaties, admin_client):
    takeaway, treaties = twin_treaties
    takeaway_resolve_references(takeaway=takeaway)
    row = AmbiguousReference.objects.get()
    page = admin_client.get(f"/admin/commentary/ambiguousreference/{row.pk}/change/").content.decode()
    assert f'name="treaty" value="{treaties[1].pk}"' in page and "Link to" in page
    response = admin_client.post(f"/admin/commentary/ambiguousreference/{row.pk}/choose/", {"treaty": treaties[1].pk})
    assert response.status_code == 302 and f"/admin/commentary/takeaway/{takeaway.pk}/" in response["Location"]
    citation = Citation.objects.get(takeaway=takeaway)
    assert (citation.treaty, citation.method, citation.review_status) == (
        treaties[1],
        LinkMethod.EDITOR,
        ReviewStatus.CONFIRMED,
    )
    assert not AmbiguousReference.objects.exists()
    takeaway_resolve_references(takeaway=takeaway)  # the editor's choice is not asked again
    assert not AmbiguousReference.objects.exists()


def test_choosing_a_treaty_that_is_not_a_candidate_changes_nothing(twin_treaties, admin_client):
    takeaway, _ = twin_treaties
    takeaway_resolve_references(takeaway=takeaway)
    row = AmbiguousReference.objects.get()
    stranger = TreatyFactory()
    admin_client.post(f"/admin/commentary/ambiguousreference/{row.pk}/choose/", {"treaty": stranger.pk})
    assert AmbiguousReference.objects.count() == 1 and not Citation.objects.exists()
    assert admin_client.get(f"/admin/commentary/ambiguousreference/{row.pk}/choose/").status_code == 403


def test_links_below_the_threshold_are_suggestions_hidden_from_the_public_until_confirmed():
    state = StateFactory(name="Norland", slug="norland", short_name="Norland")
    ActorAliasFactory(actor=state, name="Nordby", kind="metonym", case_sensitive=True)
    publication = PublicationFactory(editorial_status=PUBLISHED)
    takeaway = TakeawayFactory(publication=publication, editorial_status=PUBLISHED, body="Norland and Nordby.")
    strong = Mention.objects.create(takeaway=takeaway, actor=state, start=0, end=7, quote="Norland",
                                    method=LinkMethod.AUTO, score=0.95)  # fmt: skip
    weak = Mention.objects.create(takeaway=takeaway, actor=state, start=12, end=18, quote="Nordby",
                                  method=LinkMethod.AUTO, score=SUGGESTION_THRESHOLD - 0.05)  # fmt: skip
    assert set(Mention.objects.public()) == {strong}
    weak.review_status = ReviewStatus.CONFIRMED
    weak.save()
    assert set(Mention.objects.public()) == {strong, weak}
