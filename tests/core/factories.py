import factory
from django.contrib.contenttypes.models import ContentType

from core.models import Source
from tests.actors.factories import ActorFactory


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    content_object = factory.SubFactory(ActorFactory)
    content_type = factory.LazyAttribute(lambda o: ContentType.objects.get_for_model(o.content_object))
    object_id = factory.LazyAttribute(lambda o: o.content_object.pk)
    url = factory.Sequence(lambda n: f"https://example.org/source/{n}")
    title = factory.Sequence(lambda n: f"Source {n}")
    supports = "existence"
