import datetime

import factory

from commentary.models import (
    AmbiguousReference,
    Citation,
    Claim,
    Expert,
    Mention,
    Publication,
    PublicationKind,
    Takeaway,
    TakeawayAuthor,
    Topic,
)
from core.models import EditorialStatus
from tests.actors.factories import ActorFactory
from tests.treaties.factories import TreatyFactory


class ExpertFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Expert

    name = factory.Sequence(lambda n: f"Expert {n}")
    slug = factory.Sequence(lambda n: f"expert-{n}")
    role = "Senior Fellow"
    editorial_status = EditorialStatus.PUBLISHED


class PublicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Publication

    title = factory.Sequence(lambda n: f"Publication {n}")
    slug = factory.Sequence(lambda n: f"publication-{n}")
    kind = PublicationKind.TAKEAWAYS
    published_on = datetime.date(2024, 6, 21)
    editorial_status = EditorialStatus.PUBLISHED


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class TakeawayFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Takeaway

    publication = factory.SubFactory(PublicationFactory)
    position = factory.Sequence(lambda n: n + 1)
    heading = factory.Sequence(lambda n: f"Takeaway heading {n}")
    slug = factory.Sequence(lambda n: f"takeaway-{n}")
    body = "First paragraph of commentary.\n\nSecond paragraph of commentary."
    editorial_status = EditorialStatus.PUBLISHED


class TakeawayAuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TakeawayAuthor

    takeaway = factory.SubFactory(TakeawayFactory)
    expert = factory.SubFactory(ExpertFactory)
    position = 1


class CitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Citation

    takeaway = factory.SubFactory(TakeawayFactory)
    treaty = factory.SubFactory(TreatyFactory)
    start = 0
    end = 5
    quote = factory.LazyAttribute(lambda o: o.takeaway.body[o.start : o.end])


class MentionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mention

    takeaway = factory.SubFactory(TakeawayFactory)
    actor = factory.SubFactory(ActorFactory)
    start = 0
    end = 5
    quote = factory.LazyAttribute(lambda o: o.takeaway.body[o.start : o.end])


class ClaimFactory(factory.django.DjangoModelFactory):
    """A published claim on the first word of a takeaway, about one actor."""

    class Meta:
        model = Claim
        skip_postgeneration_save = True  # the hook only sets a many-to-many relation

    takeaway = factory.SubFactory(TakeawayFactory)
    start = 0
    end = 5
    quote = factory.LazyAttribute(lambda o: o.takeaway.body[o.start : o.end])
    stance = "warns"
    paraphrase = factory.Sequence(lambda n: f"Claim {n}.")
    editorial_status = EditorialStatus.PUBLISHED

    @factory.post_generation
    def about(self, create, extracted, **kwargs):
        if create:
            self.actors.add(*(extracted or [ActorFactory()]))


class AmbiguousReferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AmbiguousReference
        skip_postgeneration_save = True  # the hook only sets a many-to-many relation

    takeaway = factory.SubFactory(TakeawayFactory)
    start = 0
    end = 5
    quote = factory.LazyAttribute(lambda o: o.takeaway.body[o.start : o.end])

    @factory.post_generation
    def candidates(self, create, extracted, **kwargs):
        if create:
            self.candidates.set(extracted if extracted is not None else [TreatyFactory(), TreatyFactory()])
