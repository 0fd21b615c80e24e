import factory
from django.contrib.auth import get_user_model

from accounts.models import ApiToken, token_digest


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    is_staff = True


class ApiTokenFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ApiToken

    user = factory.SubFactory(UserFactory)
    prefix = factory.Sequence(lambda n: f"k{n:07d}")
    digest = factory.LazyAttribute(lambda o: token_digest(o.prefix + "-secret"))
