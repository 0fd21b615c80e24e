"""Database constraints of the commentary app: each one rejects bad data."""

import pytest
from django.db import IntegrityError, transaction

from tests.commentary.factories import (
    CitationFactory,
    ExpertFactory,
    MentionFactory,
    PublicationFactory,
    TakeawayAuthorFactory,
    TakeawayFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def rejects(factory, **kwargs) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        factory(**kwargs)


@pytest.mark.parametrize("factory", [ExpertFactory, PublicationFactory, TakeawayFactory, TopicFactory])
def test_slugs_are_unique(factory):
    factory(slug="taken")
    rejects(factory, slug="taken")


def test_takeaway_position_is_positive():
    rejects(TakeawayFactory, position=0)


def test_takeaway_position_is_unique_within_its_publication():
    takeaway = TakeawayFactory(position=4)
    rejects(TakeawayFactory, publication=takeaway.publication, position=4)
    TakeawayFactory(position=4)  # another publication


def test_takeaway_author_is_unique_per_takeaway():
    author = TakeawayAuthorFactory()
    rejects(TakeawayAuthorFactory, takeaway=author.takeaway, expert=author.expert, position=2)


def test_takeaway_author_position_is_unique_per_takeaway():
    author = TakeawayAuthorFactory(position=1)
    rejects(TakeawayAuthorFactory, takeaway=author.takeaway, position=1)


@pytest.mark.parametrize("factory", [CitationFactory, MentionFactory])
@pytest.mark.parametrize(("start", "end"), [(5, 5), (6, 5)])
def test_citation_and_mention_spans_are_not_empty(factory, start, end):
    rejects(factory, start=start, end=end, quote="x")


def test_mention_span_is_unique_per_actor():
    mention = MentionFactory(start=0, end=5)
    rejects(MentionFactory, takeaway=mention.takeaway, actor=mention.actor, start=0, end=5)


def test_citation_of_a_treaty_span_is_unique():
    citation = CitationFactory(start=0, end=5)
    rejects(CitationFactory, takeaway=citation.takeaway, treaty=citation.treaty, start=0, end=5)
