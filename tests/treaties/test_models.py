"""Database constraints of the treaties app: each one rejects bad data."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from tests.actors.factories import StateFactory
from tests.treaties.factories import (
    ArticleFactory,
    ArticleLinkFactory,
    ProvisionTypeFactory,
    TreatyFactory,
    TreatyPartyFactory,
)
from treaties.models import Article

pytestmark = pytest.mark.django_db

D = datetime.date


def rejects(factory, **kwargs) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        factory(**kwargs)


def test_treaty_slug_is_unique():
    TreatyFactory(slug="russia-dprk-2024")
    rejects(TreatyFactory, slug="russia-dprk-2024")


def test_treaty_signed_before_in_force():
    rejects(TreatyFactory, signed_on=D(2024, 12, 4), in_force_on=D(2024, 6, 19))


def test_treaty_in_force_before_end():
    rejects(TreatyFactory, signed_on=None, in_force_on=D(2000, 10, 30), ended_on=D(2000, 1, 1))


def test_treaty_signed_before_end():
    rejects(TreatyFactory, signed_on=D(2000, 2, 9), in_force_on=None, ended_on=D(1999, 1, 1))


def test_treaty_dates_may_be_equal_or_missing():
    TreatyFactory(signed_on=D(2024, 12, 4), in_force_on=D(2024, 12, 4), ended_on=D(2024, 12, 4))
    TreatyFactory(signed_on=None, in_force_on=None, ended_on=D(1996, 9, 10))


def test_article_number_is_unique_within_its_treaty():
    article = ArticleFactory(number="4", ordinal=4)
    rejects(ArticleFactory, treaty=article.treaty, number="4", ordinal=5)
    # The same number in another treaty is fine.
    ArticleFactory(number="4", ordinal=4)
    assert Article.objects.filter(number="4").count() == 2


def test_article_ordinal_is_unique_within_its_treaty():
    article = ArticleFactory(number="II", ordinal=2)
    rejects(ArticleFactory, treaty=article.treaty, number="2", ordinal=2)


def test_article_ordinal_is_positive():
    rejects(ArticleFactory, number="0", ordinal=0)


def test_article_number_is_not_empty():
    rejects(ArticleFactory, number="", ordinal=1)


def test_article_link_is_not_reflexive():
    article = ArticleFactory()
    rejects(ArticleLinkFactory, source=article, target=article)


def test_article_link_is_unique_per_kind():
    link = ArticleLinkFactory()
    rejects(ArticleLinkFactory, source=link.source, target=link.target, kind=link.kind)


def test_treaty_party_signs_before_ratifying():
    rejects(TreatyPartyFactory, signed_on=D(2024, 11, 9), ratified_on=D(2024, 6, 19))


def test_treaty_party_is_unique_per_treaty():
    party = TreatyPartyFactory()
    rejects(TreatyPartyFactory, treaty=party.treaty, actor=party.actor)


def test_treaty_party_dates_may_be_equal():
    TreatyPartyFactory(actor=StateFactory(), signed_on=D(2024, 6, 19), ratified_on=D(2024, 6, 19))


def test_provision_type_code_is_unique():
    ProvisionTypeFactory(code="mutual-defense")
    rejects(ProvisionTypeFactory, code="mutual-defense")
