"""The single visibility rule: anonymous readers see published records only, and records
whose parents are published."""

import pytest

from actors.models import Actor
from commentary.models import Citation, Mention, ReviewStatus, Takeaway
from core.models import EditorialStatus
from tests.actors.factories import ActorFactory
from tests.commentary.factories import CitationFactory, MentionFactory, PublicationFactory, TakeawayFactory
from tests.treaties.factories import ArticleFactory, TreatyFactory
from treaties.models import Article

pytestmark = pytest.mark.django_db
DRAFT = EditorialStatus.DRAFT


def test_public_actors_exclude_drafts():
    shown = ActorFactory()
    ActorFactory(editorial_status=DRAFT)
    assert list(Actor.objects.public()) == [shown]


def test_article_of_a_draft_treaty_is_hidden():
    shown = ArticleFactory()
    ArticleFactory(treaty=TreatyFactory(editorial_status=DRAFT))
    ArticleFactory(editorial_status=DRAFT)
    assert list(Article.objects.public()) == [shown]


def test_takeaway_of_a_draft_publication_is_hidden():
    shown = TakeawayFactory()
    TakeawayFactory(publication=PublicationFactory(editorial_status=EditorialStatus.IN_REVIEW))
    assert list(Takeaway.objects.public()) == [shown]


def test_citations_hide_rejected_and_draft_targets():
    shown = CitationFactory()
    CitationFactory(review_status=ReviewStatus.REJECTED)
    CitationFactory(article=ArticleFactory(editorial_status=DRAFT))
    CitationFactory(takeaway=TakeawayFactory(editorial_status=DRAFT))
    assert list(Citation.objects.public()) == [shown]


def test_mentions_hide_draft_actors():
    shown = MentionFactory()
    MentionFactory(actor=ActorFactory(editorial_status=DRAFT))
    assert list(Mention.objects.public()) == [shown]


def test_save_bumps_the_version():
    actor = ActorFactory()
    assert actor.version == 1
    actor.name = "Renamed"
    actor.save()
    actor.refresh_from_db()
    assert actor.version == 2
