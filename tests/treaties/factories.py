import datetime

import factory

from core.models import EditorialStatus
from tests.actors.factories import StateFactory
from treaties.models import (
    Article,
    ArticleLink,
    ArticleLinkKind,
    ArticleProvision,
    ProvisionType,
    Treaty,
    TreatyKind,
    TreatyParty,
    TreatyStatus,
)


class TreatyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Treaty

    title = factory.Sequence(lambda n: f"Treaty of Friendship number {n}")
    short_title = factory.Sequence(lambda n: f"Treaty {n}")
    slug = factory.Sequence(lambda n: f"treaty-{n}")
    kind = TreatyKind.BILATERAL
    status = TreatyStatus.IN_FORCE
    signed_on = datetime.date(2000, 2, 9)
    in_force_on = datetime.date(2000, 10, 30)
    editorial_status = EditorialStatus.PUBLISHED


class TreatyPartyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TreatyParty

    treaty = factory.SubFactory(TreatyFactory)
    actor = factory.SubFactory(StateFactory)


class ProvisionTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProvisionType

    code = factory.Sequence(lambda n: f"provision-{n}")
    name = factory.Sequence(lambda n: f"Provision type {n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    treaty = factory.SubFactory(TreatyFactory)
    ordinal = factory.Sequence(lambda n: n + 1)
    number = factory.LazyAttribute(lambda o: str(o.ordinal))
    heading = factory.Sequence(lambda n: f"Heading {n}")
    editorial_status = EditorialStatus.PUBLISHED


class ArticleLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleLink

    source = factory.SubFactory(ArticleFactory)
    target = factory.SubFactory(ArticleFactory)
    kind = ArticleLinkKind.ECHOES


class ArticleProvisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleProvision

    article = factory.SubFactory(ArticleFactory)
    provision_type = factory.SubFactory(ProvisionTypeFactory)
